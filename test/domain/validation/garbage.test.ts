import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeColumns } from "../../../src/domain/schema/columns";
import { SHEETS } from "../../../src/domain/schema/workbook";
import { validateWorkbook } from "../../../src/domain/validation";

const garbage = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "=IMPORTXML(A1)",
    "__proto__",
    "constructor",
    "NaN",
    "-",
    "45%",
    "TRUE",
    ' plan = "free" and and ',
    "((((",
    "x".repeat(60_000),
  ),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

describe("garbage in every column", () => {
  it("of 10,000 attribute rows (and 2,000 rows elsewhere) validates without throwing and reports findings", () => {
    const cells = fc.sample(garbage, { numRuns: 20_000, seed: 42 });
    let next = 0;
    const cell = () => cells[next++ % cells.length];
    const raw: Record<string, unknown[][]> = {};
    for (const spec of SHEETS) {
      const labels = describeColumns(spec.row).map((column) => column.label);
      const rows = spec.name === "2 Attributes" ? 10_000 : 2_000;
      raw[spec.name] =
        spec.layout === "keyValue"
          ? [["Field", "Value"], ...labels.map((label) => [label, cell()])]
          : [labels, ...Array.from({ length: rows }, () => labels.map(cell))];
    }
    const result = validateWorkbook(raw, { now: new Date("2026-11-25T00:00:00Z") });
    expect(result.findings.length).toBeGreaterThan(10_000);
    expect(result.findings.filter((f) => f.message.length >= 2_000).map((f) => `${f.code} ${f.message.slice(0, 200)}`)).toEqual([]);
  });
});
