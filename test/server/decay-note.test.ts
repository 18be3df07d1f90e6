import { describe, expect, it } from "vitest";
import type { MethodOutput } from "../../src/domain/api/contract";
import type { PreviewReport } from "../../src/domain/api/insight";
import { planWith } from "../support/plans";

describe("the Decay window where membership is computed", () => {
  it("the preview and the SQL say they do not apply it, naming each window", () => {
    const addOn = planWith();
    expect(addOn.run<PreviewReport>("previewAudiences").decayNote).toMatch(
      /^Decay window not applied \(new-free-users 30d, growing-teams 8w\): this counts who qualifies now/,
    );
    expect(addOn.run<MethodOutput<"getProfileSql">>("getProfileSql", { profileId: "growing-teams" }).decayNote).toMatch(
      /^Decay window not applied \(growing-teams 8w\)/,
    );
  });

  it("say nothing for profiles without one", () => {
    const addOn = planWith((e) => {
      for (const profile of e.sheets["3 Profiles"]) profile["Decay window"] = "";
    });
    expect(addOn.run<PreviewReport>("previewAudiences").decayNote).toBe("");
  });
});
