import { describe, expect, it } from "vitest";
import { planWith } from "../support/plans";

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("Finalize was not refused");
};

describe("a refused Finalize", () => {
  it("lists each blocker once: an approval not recorded is not repeated under its stage", () => {
    const addOn = planWith();
    const message = refusal(() => addOn.run("exportPlan", { finalize: true }));
    const lines = message.split("\n").filter((line) => line.startsWith("• "));
    expect(lines.length).toBeGreaterThan(0);
    const rows = lines.flatMap((line) => [...line.matchAll(/5 Governance row (\d+)/g)].map((match) => match[1]));
    expect(rows).toEqual([...new Set(rows)]);
  });

  it("counts the errors once, per sheet, instead of again under each stage, source and team they block", () => {
    const addOn = planWith((example) => {
      example.sheets["2 Attributes"][0].Type = "bogus";
      example.sheets["4 Activation"][0]["Fallback state"] = "";
    });
    const lines = refusal(() => addOn.run("exportPlan", { finalize: true }))
      .split("\n")
      .filter((line) => line.startsWith("• "));
    expect(lines[0]).toMatch(/^• 2 errors to fix first: 1 on 2 Attributes, 1 on 4 Activation \(for example 2 Attributes row 2, Type:/);
    expect(lines.filter((line) => /\berrors?\b/.test(line))).toEqual([lines[0]]);
    // What no finding counts still blocks: here the approval nobody recorded.
    expect(lines.some((line) => line.includes("approval of priya@example.com"))).toBe(true);
  });
});
