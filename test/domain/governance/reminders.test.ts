import { describe, expect, it } from "vitest";
import { overdueReviews, remindersText } from "../../../src/domain/governance/reminders";
import { changedSinceExportText, markChanged } from "../../../src/domain/maintenance/changed-since-export";
import { coverage, runs } from "../escalation/support";

const row = (row: number, nextReview: string | null, item = "*") => ({
  row,
  values: { scope: "plan" as const, item, owner: "ana@example.com", nextReview },
});

describe("governance reminders", () => {
  it("list reviews whose Next review has passed, oldest first, and open escalations", () => {
    const overdue = overdueReviews(
      [row(2, "2026-11-30"), row(3, "2026-10-01", "signup_date"), row(4, null), row(5, "2026-11-25")],
      "2026-11-25",
    );
    expect(overdue.map((r) => [r.row, r.nextReview])).toEqual([[3, "2026-10-01"]]);
    const open = runs(1, () => [coverage("seats_used")])[0].report;
    expect(remindersText(overdue, open, "2026-11-25").split("\n")).toEqual([
      "Checked 2026-11-25: 1 review overdue, 1 open escalation.",
      "• Review overdue since 2026-10-01: plan signup_date (owner ana@example.com), 5 Governance row 3",
      "• Escalation at rung 1, Personalization Architect (ana@example.com): COVERAGE_SLA for seats_used",
    ]);
  });

  it("say so when nothing is due, and stop long lists well within a cell", () => {
    expect(remindersText([], [], "2026-11-25")).toBe("Checked 2026-11-25: no reviews overdue, no open escalations.");
    const many = overdueReviews(
      Array.from({ length: 100 }, (_, i) => row(i + 2, "2026-01-01")),
      "2026-11-25",
    );
    const lines = remindersText(many, [], "2026-11-25").split("\n");
    expect(lines).toHaveLength(42);
    expect(lines.at(-1)).toBe("… and 60 more: open the sidebar.");
  });
});

describe("changed since export", () => {
  it("collects the sheets changed and says so on the Plan sheet; the export clears it", () => {
    const first = markChanged(null, ["2 Attributes"], 1, "2026-11-25T10:00:00Z");
    const second = markChanged(first.marker, ["2 Attributes", "5 Governance"], 2, "2026-11-25T11:00:00Z");
    expect([first.newSheet, second.newSheet, markChanged(second.marker, ["5 Governance"], 1, "x").newSheet]).toEqual([true, true, false]);
    expect(second.marker).toEqual({ sheets: ["2 Attributes", "5 Governance"], edits: 3, since: "2026-11-25T10:00:00Z" });
    expect(changedSinceExportText(second.marker, { version: 3, at: "2026-11-20T09:00:00Z" })).toBe(
      "Yes: 2 Attributes, 5 Governance changed since v3 (exported 2026-11-20). The next export lists the changes field by field.",
    );
    expect(changedSinceExportText(null, { version: 4, at: "2026-11-26T09:00:00Z" })).toBe(
      "No: the workbook matches v4 (exported 2026-11-26).",
    );
  });
});
