import * as z from "zod/mini";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHEETS } from "../../../src/domain/schema/workbook";
import { AttributeRow } from "../../../src/domain/schema/attributes";
import { ActivationRow } from "../../../src/domain/schema/activations";

const attribute = {
  attributeId: "signup_date",
  displayName: "Signup date",
  type: "date",
  allowedValues: "",
  sourceSystem: "Product DB",
  sourceField: "users.created_at",
  refreshCadence: "Daily",
  freshnessSlaHours: "24",
  coveragePct: "98%",
  coverageSlaPct: 95,
  consentPurposes: "personalization, email_marketing",
  sensitivity: "none",
  owner: "dana@example.com",
  privacyNotes: "",
  usageLabels: "",
};

describe("row schemas", () => {
  it("coerce a realistic attribute row", () => {
    const parsed = z.parse(AttributeRow, attribute);
    expect(parsed).toMatchObject({
      attributeId: "signup_date",
      type: "date",
      refreshCadence: "daily",
      freshnessSlaHours: 24,
      coveragePct: 98,
      consentPurposes: ["personalization", "email_marketing"],
      allowedValues: [],
      privacyNotes: null,
    });
  });

  it("name the column and the allowed values in a marketer's words", () => {
    const result = z.safeParse(AttributeRow, { ...attribute, type: "numbr", attributeId: "Signup Date" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path[0] as string}: ${issue.message}`);
    expect(messages).toContain(
      'type: Type must be one of string, number, integer, boolean, date, timestamp, enum, string_list (got "numbr").',
    );
    expect(messages.find((m) => m.startsWith("attributeId"))).toMatch(/Attribute ID must be snake_case/);
  });

  it("report required cells left empty", () => {
    const result = z.safeParse(ActivationRow, { profileId: "", channel: "" });
    expect(result.error!.issues.map((issue) => issue.message)).toEqual(["Profile ID is required.", "Channel is required."]);
  });

  const anyCell = fc.oneof(
    fc.string(),
    fc.string({ maxLength: 5 }).map((s) => `=${s}`),
    fc.constantFrom("__proto__", "constructor", "", " ", "NaN", "1e309", "45%", "TRUE"),
    fc.double(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant("x".repeat(100_000)),
  );

  it("never throw, whatever a cell holds", () => {
    for (const spec of SHEETS) {
      const keys = Object.keys(spec.row.shape);
      fc.assert(
        fc.property(fc.array(anyCell, { minLength: keys.length, maxLength: keys.length }), (cells) => {
          const row = Object.fromEntries(keys.map((key, index) => [key, cells[index]]));
          const result = z.safeParse(spec.row, row);
          if (!result.success) for (const issue of result.error.issues) expect(issue.message.length).toBeLessThan(400);
        }),
        { numRuns: 200 },
      );
    }
  });
});
