import type { ExportResult } from "../../src/domain/api/contract";
import { describeChange, sortChanges } from "../view/changes";

/**
 * What changed since the previous version, breaking changes first and marked
 * as such. Version 1 has no previous version: it says so, not "no changes".
 */
export function ChangeList({ changes, first = false }: { changes: ExportResult["changes"]; first?: boolean }) {
  if (first && changes.length === 0) return <p class="muted">First version: the next export lists what changes from here.</p>;
  if (changes.length === 0) return <p class="muted">No changes since the previous version.</p>;
  const breaking = changes.filter((change) => change.breaking).length;
  return (
    <div>
      <h3 class="group-title">
        {changes.length === 1 ? "1 change" : `${changes.length} changes`} since the previous version
        {breaking > 0 ? `, ${breaking} breaking` : ""}
      </h3>
      <ul class="changes">
        {sortChanges(changes).map((change, index) => (
          <li
            key={`${change.section}-${change.id}-${change.field ?? ""}-${index}`}
            class={change.breaking ? "change change--breaking" : "change"}
          >
            {change.breaking && <span class="badge badge--error">Breaking</span>}
            <span>{describeChange(change)}</span>
            {change.reason && <span class="change-reason">{change.reason}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
