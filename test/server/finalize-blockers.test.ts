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
});
