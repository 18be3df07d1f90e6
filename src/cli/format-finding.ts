// One validation finding as the CLI prints it, pointing at the cell the
// sidebar would highlight. A logic message carries the expression and a
// caret on its following lines; they are indented so the finding reads as
// one block and the caret stays under the right character.

import type { Finding } from "../domain/validation";

const INDENT = "    ";

export function formatFinding(finding: Finding): string {
  const where = finding.column === "" ? `${finding.sheet} row ${finding.row}` : `${finding.sheet} row ${finding.row}, ${finding.column}`;
  const [first, ...rest] = finding.message.split("\n");
  return [`${where}: ${finding.code} ${first}`, ...rest.map((line) => INDENT + line)].join("\n");
}
