import { describe, expect, it } from "vitest";
import type { PreviewReport, WhereUsed } from "../../src/domain/api/insight";
import { spreadsheetOf } from "../support/bundle";
import { planWith } from "../support/plans";

const sample = (addOn: ReturnType<typeof planWith>) => spreadsheetOf(addOn).getSheetByName("Sample data")!;

describe("Preview audiences", () => {
  it("creates the Sample data sheet with the Attribute IDs on first use and says what to do", () => {
    const addOn = planWith();
    const report = addOn.run<PreviewReport>("previewAudiences");
    expect(report.totalRows).toBe(0);
    expect(report.sampleNote).toMatch(/The Sample data sheet was created with your Attribute IDs as columns/);
    expect(sample(addOn).getRange(1, 1, 1, 5).getValues()[0]).toEqual([
      "plan",
      "signup_date",
      "onboarding_done",
      "seats_used",
      "unsubscribed",
    ]);
  });

  it("counts members per profile, shows each channel's decision tree and reports unreadable cells", () => {
    const addOn = planWith();
    addOn.run("previewAudiences");
    sample(addOn)
      .getRange(2, 1, 4, 5)
      .setValues([
        ["pro", "2025-01-01", true, 12, false],
        ["pro", "2025-01-01", true, 3, false],
        ["pro", "2025-01-01", true, "lots", false],
        ["free", "2000-01-01", false, 1, false],
      ]);
    const report = addOn.run<PreviewReport>("previewAudiences");
    expect(report.rowsUsed).toBe(4);
    expect(report.profiles.find((p) => p.profileId === "growing-teams")).toMatchObject({ eligible: 1, members: 1 });
    expect(report.channels.find((c) => c.channel === "web")?.branches).toEqual([
      expect.objectContaining({ profileId: "growing-teams", receives: 1 }),
    ]);
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 4, column: "seats_used", message: expect.stringContaining('"lots"') }),
    ]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: "DEAD_LOGIC",
        sheet: "3 Profiles",
        row: 2,
        message: expect.stringContaining("nobody is a member of new-free-users"),
      }),
    );
  });

  it("reads a large sheet in sampled blocks, never the whole sheet", () => {
    const addOn = planWith();
    addOn.run("previewAudiences");
    const sheet = sample(addOn);
    const rows = 120_000;
    sheet.insertRowsAfter(sheet.getMaxRows(), rows);
    sheet.getRange(2, 1, rows, 2).setValues(Array.from({ length: rows }, (_, i) => [i % 2 ? "pro" : "free", "2025-01-01"]));
    const before = addOn.emulator.calls.snapshot();
    const report = addOn.run<PreviewReport>("previewAudiences");
    expect(report).toMatchObject({ totalRows: rows, rowsUsed: 50_000 });
    expect(report.sampleNote).toMatch(/used 50000 of them, in 50 blocks/);
    expect(addOn.emulator.calls.since(before).byMethod["Range.getValues"]).toBeLessThan(80);
  });
});

describe("Profile SQL and Where used", () => {
  it("compiles a profile for every warehouse, and refuses one whose logic has errors", () => {
    const addOn = planWith((e) => {
      e.sheets["3 Profiles"][1].Eligibility = "seats_used >=";
    });
    const sql = addOn.run<{ sql: Record<string, { select: string }> }>("getProfileSql", { profileId: "new-free-users" });
    expect(Object.keys(sql.sql)).toEqual(["bigquery", "snowflake", "postgres", "duckdb"]);
    expect(() => addOn.run("getProfileSql", { profileId: "growing-teams" })).toThrow(/logic has errors/);
  });

  it("lists what depends on an attribute, typed or selected on 2 Attributes", () => {
    const addOn = planWith();
    const typed = addOn.run<WhereUsed>("whereUsed", { attributeId: "seats_used" });
    expect(typed).toMatchObject({
      attributeId: "seats_used",
      profiles: [{ profileId: "growing-teams", fields: ["eligibility", "score"] }],
      channels: ["web"],
    });
    addOn.emulator.setActiveRange("2 Attributes", "C6");
    expect(addOn.run<WhereUsed>("whereUsed").attributeId).toBe("unsubscribed");
    expect(() => addOn.run("whereUsed", { attributeId: "seat_used" })).toThrow(
      /No attribute "seat_used" in 2 Attributes\. Did you mean "seats_used"\?/,
    );
  });
});
