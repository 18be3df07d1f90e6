import { describe, expect, it } from "vitest";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw } from "../../fixtures/example-workbook";

describe("the example plan", () => {
  it("validates clean", () => {
    const result = validateWorkbook(toRaw(exampleWorkbook()));
    expect(result.findings).toEqual([]);
    expect(result.summary.text).toBe("No problems found; consent integrity 100%.");
  });
});
