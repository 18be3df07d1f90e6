import type { Finding } from "./finding";

/** Sheets validation annotates; the Change log is the add-on's own record and is never marked. */
const UNMARKED: ReadonlySet<string> = new Set(["Change log"]);

/** The sidebar lists at most this many findings per sheet (every one is still marked on its cell). */
export const FINDINGS_PER_SHEET = 200;

/**
 * The sheets whose marks may change: those with findings now, or marked by
 * an earlier run (all of them when no run recorded which it marked). The
 * others are not read for notes and backgrounds at all.
 */
export function sheetsToExamine(
  sheets: readonly string[],
  findings: readonly Finding[],
  markedBefore: ReadonlySet<string> | null,
): Set<string> {
  const withFindings = new Set(findings.map((finding) => finding.sheet));
  return new Set(sheets.filter((sheet) => !UNMARKED.has(sheet) && (withFindings.has(sheet) || !markedBefore || markedBefore.has(sheet))));
}
