import { describe, expect, it } from "vitest";
import { PLAN_SHEET, SHEETS } from "../../../src/domain/schema/workbook";
import { templateFor } from "../../../src/domain/workbook";
import { HEADER_BACKGROUND, HEADER_PROTECTION } from "../../../src/domain/workbook/protections";
import { planPlanSheet, type PlanSheetView } from "../../../src/domain/workbook/plan-sheet-setup";
import type { SheetEdit } from "../../../src/domain/workbook/sheet-edits";
import { planTableRows } from "../../../src/domain/workbook/table-rows";
import { MISSING_SHEET, planTableSetup, type SheetView } from "../../../src/domain/workbook/table-setup";

const template = (name: string) => templateFor(SHEETS.find((sheet) => sheet.name === name)!);
const attributes = template("2 Attributes");
const plan = templateFor(PLAN_SHEET);
const kinds = (edits: readonly SheetEdit[]) => edits.map((edit) => (edit.kind === "cells" ? `cells:${edit.property}` : edit.kind));

/** A sheet exactly as Set up sheets leaves it. */
function setUpView(labels: readonly string[]): SheetView {
  const notes = labels.map((label) => attributes.headers.find((column) => column.label === label)?.note ?? "");
  return {
    exists: true,
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 1,
    header: { values: labels, notes, weights: labels.map(() => "bold"), backgrounds: labels.map(() => HEADER_BACKGROUND) },
    protection: { warningOnly: true },
  };
}

describe("planning Set up sheets for a table", () => {
  it("creates a missing sheet: labels, formats, frozen header, widths, dropdowns down every row, a warning-only protection", () => {
    const { outcome, plan: sheet } = planTableSetup(attributes, MISSING_SHEET, null);
    expect(outcome).toEqual({ kind: "created" });
    expect(sheet?.create).toEqual({ index: null });
    const edits = sheet!.edits;
    expect(kinds(edits)).toEqual(
      expect.arrayContaining([
        "cells:values",
        "cells:notes",
        "cells:weights",
        "cells:backgrounds",
        "wrap",
        "frozenRows",
        "widths",
        "dropdowns",
        "protect",
      ]),
    );
    const dropdowns = edits.find((edit) => edit.kind === "dropdowns");
    expect(dropdowns?.kind === "dropdowns" && dropdowns.region).toMatchObject({ row: 2, rows: 999 });
    expect(edits.find((edit) => edit.kind === "protect")).toEqual({
      kind: "protect",
      region: { row: 1, column: 1, rows: 1, columns: 15 },
      description: HEADER_PROTECTION,
    });
  });

  it("re-applies only the dropdowns on a sheet already set up (they cannot be compared in one call)", () => {
    const labels = attributes.headers.map((column) => column.label);
    const { outcome, plan: sheet } = planTableSetup(attributes, setUpView(labels), null);
    expect(outcome).toEqual({ kind: "upgraded", addedColumns: [] });
    expect(kinds(sheet!.edits)).toEqual(["dropdowns"]);
  });

  it("appends missing columns after a collaborator's own, keeps their note, and sizes only the new columns", () => {
    const view = setUpView(["Type", "Attribute ID", "Our notes"]);
    const withNote: SheetView = { ...view, header: { ...view.header, notes: ["", "", "ask Dana"] } };
    const { outcome, plan: sheet, positions } = planTableSetup(attributes, withNote, null);
    expect(outcome.kind === "upgraded" && outcome.addedColumns[0]).toBe("Display name");
    expect(positions.get("displayName")).toBe(4);
    const notes = sheet!.edits.find((edit) => edit.kind === "cells" && edit.property === "notes");
    expect(notes?.kind === "cells" && notes.column).toBe(1);
    expect(notes?.kind === "cells" && notes.cells[0][2]).toBe("ask Dana");
    const widths = sheet!.edits.filter((edit) => edit.kind === "widths");
    expect(widths.every((edit) => edit.kind === "widths" && edit.column >= 4)).toBe(true);
  });

  it("skips a same-named sheet that is someone else's", () => {
    const view = setUpView(["Quarter", "Revenue"]);
    const result = planTableSetup(attributes, view, null);
    expect(result.plan).toBeNull();
    expect(result.outcome).toMatchObject({ kind: "skipped", reason: expect.stringContaining("Rename it") });
  });

  it("sizes columns in as few calls as it takes", () => {
    const { plan: sheet } = planTableSetup(attributes, MISSING_SHEET, null);
    const widths = sheet!.edits.filter((edit) => edit.kind === "widths");
    // Attributes alternate 130 and 200: one call for all, then the runs of the other width.
    expect(widths.length).toBeLessThan(10);
    const final = new Map<number, number>();
    for (const edit of widths)
      if (edit.kind === "widths") for (let c = edit.column; c < edit.column + edit.count; c++) final.set(c, edit.width);
    expect([...final.values()]).toEqual(attributes.headers.map((column) => column.width));
  });
});

function planView(rows: unknown[][]): PlanSheetView {
  const width = Math.max(...rows.map((row) => row.length));
  const grid = <T>(value: T) => rows.map(() => Array<T>(width).fill(value));
  return {
    exists: true,
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 1,
    header: {
      values: rows[0],
      notes: Array(width).fill(""),
      weights: Array(width).fill("normal"),
      backgrounds: Array(width).fill("#ffffff"),
    },
    protection: { warningOnly: true },
    values: rows,
    notes: grid(""),
    weights: grid("normal"),
  };
}

describe("planning the Plan sheet", () => {
  it("finds Field and Value by label: with a column inserted before them, labels stay and values go beside them", () => {
    const rows = [["Ours", "Field", "Value"], ...plan.fields.map((field) => ["", field.label, field.key === "initiative" ? "Old" : ""])];
    const { plan: sheet, fields } = planPlanSheet(plan, planView(rows), () => ({ initiative: "=IMPORTXML(1)" }), {
      index: 0,
      formats: false,
    });
    const values = sheet!.edits.filter((edit) => edit.kind === "cells" && edit.property === "values");
    expect(values).toEqual([{ kind: "cells", property: "values", row: 3, column: 3, cells: [["'=IMPORTXML(1)"]] }]);
    expect(fields).toEqual([{ label: "Initiative", before: "Old", after: "=IMPORTXML(1)" }]);
  });

  it("appends missing fields below the last one and then re-applies notes, bold labels and the protection", () => {
    const rows = [
      ["Field", "Value"],
      ["Plan ID", "p-1"],
      ["Initiative", "PLG"],
    ];
    const { plan: sheet, outcome, reapplied } = planPlanSheet(plan, planView(rows), () => ({}), { index: 0, formats: false });
    expect(reapplied).toBe(true);
    expect(outcome.kind === "upgraded" && outcome.addedColumns).toContain("Channels");
    const labels = sheet!.edits.find((edit) => edit.kind === "cells" && edit.property === "values" && edit.column === 1);
    expect(labels?.kind === "cells" && [labels.row, labels.cells[0][0]]).toEqual([4, "Channels"]);
    expect(kinds(sheet!.edits)).toEqual(expect.arrayContaining(["cells:notes", "cells:weights", "dropdowns", "protect"]));
  });

  it("writes nothing for values already there", () => {
    const rows = [["Field", "Value"], ...plan.fields.map((field) => [field.label, field.key === "retryLimit" ? 2 : ""])];
    const { plan: sheet } = planPlanSheet(plan, planView(rows), () => ({ retryLimit: 2 }), { index: 0, formats: false });
    expect(sheet!.edits).toEqual([]);
  });
});

describe("planning an import's rows", () => {
  const view = {
    values: [
      ["Attribute ID", "Type", "Our notes"],
      ["a", "date", "keep?"],
      ["b", "enum", ""],
      ["c", "enum", ""],
    ],
    notes: [
      ["", "", ""],
      ["", "Type: …", ""],
      ["", "", ""],
      ["", "", ""],
    ],
    backgrounds: Array.from({ length: 4 }, () => ["#ffffff", "#ffffff", "#ffffff"]),
    maxRows: 4,
  };
  const positions = new Map([
    ["attributeId", 1],
    ["type", 2],
  ]);

  it("replaces the rows in one write, emptying a collaborator's column and the rows left over", () => {
    const rows = planTableRows(view, positions, 3, { keys: ["attributeId", "type"], rows: [["x", "string"]] }, []);
    expect(rows.edits[0]).toEqual({
      kind: "cells",
      property: "values",
      row: 2,
      column: 1,
      cells: [
        ["x", "string", ""],
        ["", "", ""],
        ["", "", ""],
      ],
    });
    expect(kinds(rows.edits)).toEqual(["cells:values", "cells:notes"]);
    expect(rows.written).toBe(1);
  });

  it("grows the sheet for more rows than it has and gives the new rows their dropdowns", () => {
    const many = Array.from({ length: 6 }, (_, i) => [`id${i}`, "enum"]);
    const rows = planTableRows(view, positions, 3, { keys: ["attributeId", "type"], rows: many }, attributes.headers);
    expect(rows.rows).toBe(7);
    const dropdowns = rows.edits.find((edit) => edit.kind === "dropdowns");
    expect(dropdowns?.kind === "dropdowns" && dropdowns.region).toEqual({ row: 5, column: 2, rows: 3, columns: 1 });
  });
});
