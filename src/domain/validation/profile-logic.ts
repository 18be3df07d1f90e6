import { analyzeExpression, type AttributeInfo, type LogicError, type Node } from "../logic";
import type { Profile } from "../schema/profiles";
import { finding, type Finding, type FindingCode } from "./finding";
import { labelOf, type Table, type TableRow } from "./tables";

/** A profile's three expressions, parsed and type-checked once per validation. */
export interface ProfileLogic {
  row: TableRow<Profile>;
  eligibility?: Node;
  suppression?: Node;
  score?: Node;
  /** Every attribute the profile's logic names, whether or not the logic type-checks. */
  references: Set<string>;
}

const EXPRESSIONS = [
  { key: "eligibility", expected: "boolean" },
  { key: "suppression", expected: "boolean" },
  { key: "score", expected: "number" },
] as const;

const CODE_OF: Record<LogicError["kind"], FindingCode> = {
  syntax: "LOGIC_SYNTAX",
  type: "LOGIC_TYPE",
  enum_value: "LOGIC_TYPE",
  unknown_attribute: "UNKNOWN_ATTRIBUTE",
};

/**
 * `attributes` lists every Attribute ID on the sheet; one whose Type does not
 * parse has type "unknown", so naming it raises nothing here (its Type cell
 * already carries the SCHEMA finding to fix).
 */
export function analyzeProfiles(
  profiles: Table<Profile>,
  attributes: ReadonlyMap<string, AttributeInfo>,
  findings: Finding[],
): ProfileLogic[] {
  return profiles.rows.map((row) => {
    const logic: ProfileLogic = { row, references: new Set() };
    for (const { key, expected } of EXPRESSIONS) {
      const text = row.values[key];
      if (!text) continue;
      const analysis = analyzeExpression(text, attributes, expected);
      analysis.references.forEach((id) => logic.references.add(id));
      const at = { sheet: profiles.sheet, row: row.row, column: labelOf(profiles, key) };
      for (const error of analysis.errors) findings.push(logicFinding(error, at));
      // Logic naming an attribute whose Type is unreadable checks "ok" but means nothing yet.
      const untyped = analysis.references.some((id) => attributes.get(id)?.type === "unknown");
      if (analysis.ok && analysis.ast && !untyped) logic[key] = analysis.ast;
    }
    if (row.values.score && row.values.scoreThreshold == null) {
      findings.push(
        finding(
          "SCHEMA",
          { sheet: profiles.sheet, row: row.row, column: labelOf(profiles, "scoreThreshold") },
          "Score threshold is needed when a Score is set: people belong to the profile when Score ≥ Score threshold.",
        ),
      );
    }
    return logic;
  });
}

/**
 * Whether every expression the profile row holds type-checked: only then can
 * its membership be evaluated, compiled to SQL or reasoned about. Dropping a
 * suppression or score that did not check would silently widen the audience.
 */
export function isCheckedLogic(logic: ProfileLogic): logic is ProfileLogic & { eligibility: Node } {
  const { suppression, score } = logic.row.values;
  return !!logic.eligibility && (!suppression || !!logic.suppression) && (!score || !!logic.score);
}

/** A logic (or Person cell) error as a finding at a cell: its code, then the message with the caret display under it. */
export function logicFinding(error: LogicError, at: { sheet: string; row: number; column: string }): Finding {
  return finding(CODE_OF[error.kind], at, describe(error));
}

/** The message, then the expression with a caret under the position, as a note shows it. */
function describe(error: LogicError): string {
  return error.caret ? `${error.message}\n${error.caret}` : error.message;
}
