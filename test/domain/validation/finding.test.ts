import { describe, expect, it } from "vitest";
import { finding, limitPerSheet } from "../../../src/domain/validation";

describe("findings listed in the sidebar", () => {
  it("keep at most N per sheet, errors before warnings, and count the rest", () => {
    const at = (sheet: string, row: number, severity: "error" | "warning") =>
      finding(severity === "error" ? "SCHEMA" : "COVERAGE_SLA", { sheet, row, column: "Type" }, `${sheet} ${row}`);
    const findings = [
      at("2 Attributes", 2, "warning"),
      at("2 Attributes", 3, "error"),
      at("2 Attributes", 4, "warning"),
      at("3 Profiles", 2, "warning"),
    ];
    const { shown, omitted } = limitPerSheet(findings, 1);
    expect(shown.map((f) => f.message)).toEqual(["2 Attributes 3", "3 Profiles 2"]);
    expect(omitted).toBe(2);
  });
});
