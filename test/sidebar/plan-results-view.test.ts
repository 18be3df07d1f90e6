import { describe, expect, it } from "vitest";
import { openEscalations, ownerLabel, rungLabel } from "../../sidebar/view/escalations";
import { formatPct, liftLine, metricCards } from "../../sidebar/view/metrics";
import { changedSinceLabel, versionLabel } from "../../sidebar/view/status-view";
import { mockEscalation, mockReport } from "./mocks";

describe("metrics", () => {
  it.each([
    [null, "—"],
    [100, "100%"],
    [88.88, "88.9%"],
    [0, "0%"],
  ])("shows %s as %s", (value, text) => {
    expect(formatPct(value)).toBe(text);
  });

  it("makes the three cards in a fixed order, a dash where there is nothing to measure", () => {
    const cards = metricCards(mockReport().metrics);
    expect(cards.map((card) => [card.label, card.value])).toEqual([
      ["Attribute coverage", "100%"],
      ["Consent integrity", "88.9%"],
      ["Activation readiness", "—"],
    ]);
  });

  it("writes each objective's lift target, and says what is missing", () => {
    expect(liftLine({ objectiveId: "OBJ-1", kpi: "activation rate", baseline: 22, target: 30, liftPct: 36.36 })).toBe(
      "activation rate: 22 → 30 (+36.4%)",
    );
    expect(liftLine({ objectiveId: "OBJ-2", kpi: null, baseline: 10, target: null, liftPct: null })).toBe(
      "KPI not set: baseline or target missing",
    );
    expect(liftLine({ objectiveId: "OBJ-3", kpi: "churn", baseline: 10, target: 8, liftPct: -20 })).toBe("churn: 10 → 8 (-20%)");
  });

  it("shows a lift typed as percentages with their % signs", () => {
    expect(liftLine({ objectiveId: "OBJ-1", kpi: "activation rate", baseline: 22, target: 30, liftPct: 36.36, percent: true })).toBe(
      "activation rate: 22% → 30% (+36.4%)",
    );
  });
});

describe("escalations", () => {
  it("keeps open ones, highest rung first", () => {
    const list = [
      mockEscalation({ id: "a", rung: 1 }),
      mockEscalation({ id: "b", rung: 3 }),
      mockEscalation({ id: "c", status: "resolved" }),
    ];
    expect(openEscalations(list).map((item) => item.id)).toEqual(["b", "a"]);
  });

  it("names the rung, the role and who must act", () => {
    expect(rungLabel(mockEscalation({ rung: 2, role: "Data Privacy Lead" }))).toBe("Rung 2 of 3 · Data Privacy Lead");
    expect(ownerLabel(mockEscalation())).toBe("ana@example.com");
    expect(ownerLabel(mockEscalation({ owner: "dev@example.com", ownerIsFallback: true }))).toBe("dev@example.com (fallback owner)");
    expect(ownerLabel(mockEscalation({ owner: null, role: "Exec sponsor" }))).toBe("No one: fill in Exec sponsor on the Plan sheet");
  });
});

describe("status labels", () => {
  it("says whether the plan changed since its last export", () => {
    const changed = { changed: true, sheets: ["2 Attributes", "5 Governance"], edits: 3, since: null };
    expect(changedSinceLabel(changed, true)).toBe("Changed since the last export: 3 edits in 2 Attributes, 5 Governance.");
    expect(changedSinceLabel({ ...changed, sheets: [], edits: 1 }, true)).toBe("Changed since the last export: 1 edit.");
    expect(changedSinceLabel({ ...changed, changed: false }, true)).toBe("No changes since the last export.");
    expect(changedSinceLabel(changed, false)).toBe("Not exported yet.");
    expect(versionLabel(2, "final")).toBe("v2 final");
  });
});
