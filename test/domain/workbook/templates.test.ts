import { describe, expect, it } from "vitest";
import { SHEETS } from "../../../src/domain/schema/workbook";
import { locateColumns, planHeaders, templateFor } from "../../../src/domain/workbook";

const attributes = templateFor(SHEETS.find((sheet) => sheet.name === "2 Attributes")!);

describe("sheet templates derive from the row schemas", () => {
  it("lay out DESIGN's sheets in order", () => {
    expect(SHEETS.map((sheet) => sheet.name)).toEqual([
      "Plan",
      "1 Objectives",
      "2 Attributes",
      "3 Profiles",
      "4 Activation",
      "5 Governance",
      "Profile tests",
      "Change log",
    ]);
  });

  it("give the Attributes sheet DESIGN's columns, a note on each, and dropdowns on enum columns", () => {
    expect(attributes.headers.map((column) => column.label)).toEqual([
      "Attribute ID",
      "Display name",
      "Type",
      "Allowed values",
      "Source system",
      "Source field",
      "Refresh cadence",
      "Freshness SLA (hours)",
      "Coverage %",
      "Coverage SLA %",
      "Consent purposes",
      "Sensitivity",
      "Owner",
      "Privacy notes",
      "Usage labels",
    ]);
    for (const column of attributes.headers) expect(column.note.length).toBeGreaterThan(10);
    const dropdowns = Object.fromEntries(attributes.headers.filter((c) => c.dropdown).map((c) => [c.label, c.dropdown]));
    expect(dropdowns).toEqual({
      Type: ["string", "number", "integer", "boolean", "date", "timestamp", "enum", "string_list"],
      "Refresh cadence": ["realtime", "hourly", "daily", "weekly", "monthly"],
      Sensitivity: ["none", "pii", "sensitive"],
    });
  });

  it("give the Plan sheet Field and Value headers and one row per field", () => {
    const plan = templateFor(SHEETS[0]);
    expect(plan.headers.map((column) => column.label)).toEqual(["Field", "Value"]);
    expect(plan.fields.map((field) => field.label)).toEqual([
      "Plan ID",
      "Initiative",
      "Channels",
      "Metrics",
      "Constraints",
      "Timeline",
      "Pattern",
      "Personalization Architect",
      "Data Privacy Lead",
      "Exec sponsor",
      "Customer Data Engineer",
      "Escalation interval (hours)",
      "Retry limit",
      "Drive folder",
      "Changed since export",
      "Reminders",
    ]);
  });
});

describe("existing headers are matched by label, not position", () => {
  it("finds reordered columns and ignores case and spacing", () => {
    const found = locateColumns(["Notes", " type ", "ATTRIBUTE  ID"], attributes.headers);
    expect(found.get("attributeId")).toBe(3);
    expect(found.get("type")).toBe(2);
  });

  it("creates on an empty first row", () => {
    expect(planHeaders(attributes, ["", ""]).kind).toBe("create");
  });

  it("appends the missing columns after the last used one", () => {
    const plan = planHeaders(attributes, ["Attribute ID", "My notes", "Type"]);
    expect(plan.kind).toBe("upgrade");
    if (plan.kind !== "upgrade") return;
    expect(plan.firstFreeColumn).toBe(4);
    expect(plan.missing.map((column) => column.label)).not.toContain("Type");
    expect(plan.missing).toHaveLength(13);
  });

  it("leaves a foreign sheet alone and says what to do", () => {
    const plan = planHeaders(attributes, ["Quarter", "Revenue"]);
    expect(plan).toEqual({
      kind: "foreign",
      reason: expect.stringContaining('Sheet "2 Attributes" already exists but its first row has no "Attribute ID" column'),
    });
    if (plan.kind === "foreign") expect(plan.reason).toContain("Rename it");
  });
});
