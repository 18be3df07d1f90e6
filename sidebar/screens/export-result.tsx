import type { Ref } from "preact";
import type { ExportResult } from "../../src/domain/api/contract";
import { Banner } from "../components/banner";
import { ExternalLink } from "../components/external-link";
import { versionLabel } from "../view/status-view";
import { ChangeList } from "./change-list";

/** The file an export wrote, where to find it, and what changed since the version before. */
export function ExportResultView({ result, focusRef }: { result: ExportResult; focusRef: Ref<HTMLDivElement> }) {
  return (
    <div class="stack stack--tight">
      <Banner kind="success" title={`Exported ${versionLabel(result.version, result.status)}`} focusRef={focusRef}>
        <ul class="plain-list">
          <li>
            <ExternalLink href={result.url}>{result.name}</ExternalLink>
          </li>
          {result.finalCopy && (
            <li>
              Final copy: <ExternalLink href={result.finalCopy.url}>{result.finalCopy.name}</ExternalLink>
            </li>
          )}
          <li>
            <ExternalLink href={result.docUrl}>Eligibility and suppression document</ExternalLink>
          </li>
          <li>
            <ExternalLink href={result.folderUrl}>Plan folder in Drive</ExternalLink>
          </li>
        </ul>
        <p class="mono" title={result.contentHash}>
          Content hash {result.contentHash.slice(0, 12)}…
        </p>
      </Banner>
      <ChangeList changes={result.changes} first={result.version === 1} />
    </div>
  );
}
