import { describe, expect, it } from "vitest";
import { CHANNELS, USAGE_LABELS, type Channel } from "../../../src/domain/schema/vocabulary";
import { policyViolations, renderPolicyMarkdown, type UsageLabel } from "../../../src/domain/analysis/policy";

// The expected matrix, written out by hand from DESIGN section 8 (not derived
// from the table under test): the channels each label blocks.
const BLOCKED: Record<UsageLabel, Channel[]> = {
  C1: [],
  C2: ["ads", "sales"],
  C3: [],
  C4: ["web", "in-app", "ads"],
  C5: ["ads"],
  C6: [],
  C7: ["web", "in-app"],
  C8: [],
  C9: [],
  C10: [],
  C11: [],
  C12: ["ads", "sales"],
  I1: ["ads"],
  I2: [],
  S1: ["ads", "sales"],
  S2: ["ads", "sales"],
};

describe("usage-label policy matrix", () => {
  for (const label of USAGE_LABELS) {
    for (const channel of CHANNELS) {
      const blocked = BLOCKED[label].includes(channel);
      it(`${label} on ${channel}: ${blocked ? "blocked" : "allowed"}`, () => {
        expect(policyViolations([label], channel).length > 0).toBe(blocked);
      });
    }
  }

  it("names the forbidden action and the rule", () => {
    expect(policyViolations(["C2"], "ads")).toEqual([
      { label: "C2", action: "export to third party", rule: "C2 data cannot be exported to a third party" },
    ]);
    expect(policyViolations(["C4"], "ads")).toEqual([
      { label: "C4", action: "cross-site targeting", rule: "C4 data cannot be used for onsite personalization or cross-site targeting" },
    ]);
    expect(policyViolations(["I1"], "ads")).toEqual([
      { label: "I1", action: "ads activation", rule: "I1 (directly identifying) data never goes to ads" },
    ]);
    expect(policyViolations(["S1"], "sales")[0]).toMatchObject({ action: "sales activation" });
  });

  it("reports each label once, several labels together", () => {
    expect(policyViolations(["C5", "C5", "C1", "C7"], "ads").map((v) => v.label)).toEqual(["C5"]);
    expect(policyViolations(["C2", "S2", "I1"], "ads").map((v) => v.label)).toEqual(["C2", "S2", "I1"]);
    expect(policyViolations(["C2", "C4", "C5", "C7", "C12", "I1", "S1", "S2"], "email")).toEqual([]);
  });

  it("renders as Markdown for the README", () => {
    const markdown = renderPolicyMarkdown();
    expect(markdown).toContain("| ads | cross-site targeting, export to third party | no |");
    expect(markdown).toContain(
      "| C7 | C7 data cannot be used for onsite personalization | blocked | blocked | allowed | allowed | allowed |",
    );
    expect(markdown).toContain("Labels without a default rule (allowed everywhere): C1, C3, C6, C8, C9, C10, C11, I2.");
  });
});
