import { useState } from "preact/hooks";
import type { Finding } from "../api/types";
import { countLabel, groupFindings, type Severity } from "../view/findings";
import { FindingItem } from "./finding-item";

export interface FindingsListProps {
  findings: readonly Finding[];
  sheetOrder: readonly string[];
  /** Selects the finding's cell in the spreadsheet; resolves to its A1 notation, or null if that failed. */
  onSelect: (finding: Finding) => Promise<string | null>;
}

const HEADINGS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };

/** Findings grouped by sheet, errors first; notes (infos) are folded away so they never hide a blocker. */
export function FindingsList({ findings, sheetOrder, onSelect }: FindingsListProps) {
  const [selecting, setSelecting] = useState<Finding | null>(null);
  const [selected, setSelected] = useState<{ finding: Finding; a1: string } | null>(null);
  const select = async (finding: Finding) => {
    setSelecting(finding);
    const a1 = await onSelect(finding);
    setSelecting(null);
    setSelected(a1 ? { finding, a1 } : null);
  };
  const items = (list: Finding[]) => (
    <ul class="findings">
      {list.map((finding, index) => (
        <FindingItem
          key={`${finding.code}-${finding.row}-${finding.column}-${index}`}
          finding={finding}
          selecting={selecting === finding}
          selectedA1={selected?.finding === finding ? selected.a1 : null}
          onSelect={() => void select(finding)}
        />
      ))}
    </ul>
  );
  return (
    <div class="finding-groups">
      {groupFindings(findings, sheetOrder).map((group) => (
        <section key={group.sheet} class="finding-group" aria-label={`Findings on ${group.sheet}`}>
          <h3 class="group-title">{group.sheet}</h3>
          {group.bySeverity.map(({ severity, findings: list }) =>
            severity === "info" ? (
              <details key={severity} class="finding-notes">
                <summary>{countLabel(list.length, "info")}</summary>
                {items(list)}
              </details>
            ) : (
              <div key={severity}>
                <h4 class={`severity-title severity-title--${severity}`}>
                  {HEADINGS[severity]} ({list.length})
                </h4>
                {items(list)}
              </div>
            ),
          )}
        </section>
      ))}
    </div>
  );
}
