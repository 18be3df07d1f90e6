import { useState } from "preact/hooks";
import type { Status } from "../../src/domain/api/contract";
import type { Call } from "../api/client";
import { RefusalBanner } from "./refusal-banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { ExternalLink } from "../components/external-link";
import { Progress } from "../components/progress";
import { useAction } from "../state/use-action";
import { useFocusOn } from "../state/use-focus";
import { parseBulletMessage } from "../view/changes";
import { changedSinceLabel, versionLabel, whenLabel } from "../view/status-view";
import { ExportResultView } from "./export-result";

/**
 * Export draft / Finalize. A refused Finalize lists its blockers (the
 * server's "• " lines); the status is updated from the result itself.
 */
export function ExportCard({ call, status }: { call: Call; status: Status }) {
  const exporter = useAction(call, "exportPlan");
  const resultRef = useFocusOn<HTMLDivElement>(exporter.value);
  const errorRef = useFocusOn<HTMLDivElement>(exporter.error);
  const [finalizing, setFinalizing] = useState(false);
  const { lastExport, changedSinceExport } = status;

  const run = async (finalize: boolean) => {
    if (exporter.busy) return;
    setFinalizing(finalize);
    // The reply carries the status as the export left it (status-sync.ts).
    await exporter.run({ finalize });
  };
  const refusal = exporter.error ? parseBulletMessage(exporter.error) : null;

  return (
    <Card title="Export to Drive">
      <dl class="facts">
        <dt>Last export</dt>
        <dd>
          {lastExport ? (
            <>
              {versionLabel(lastExport.version, lastExport.status)}, {whenLabel(lastExport.at)}
              {lastExport.fileUrl && (
                <>
                  {" · "}
                  <ExternalLink href={lastExport.fileUrl}>Open</ExternalLink>
                </>
              )}
            </>
          ) : (
            "None yet"
          )}
        </dd>
      </dl>
      <p class={changedSinceExport.changed ? "changed-note changed-note--pending" : "changed-note"}>
        {changedSinceLabel(changedSinceExport, lastExport !== null)}
      </p>
      <p class="card-intro">
        A draft updates the same plan file. Finalize needs no errors, every stage done and the approvals recorded, and keeps an immutable
        copy.
      </p>
      <div class="stack stack--tight">
        <div class="actions">
          <Button variant="primary" busy={exporter.busy && !finalizing} busyLabel="Exporting…" onClick={() => void run(false)}>
            Export draft
          </Button>
          <Button variant="secondary" busy={exporter.busy && finalizing} busyLabel="Finalizing…" onClick={() => void run(true)}>
            Finalize
          </Button>
        </div>
        {exporter.busy && <Progress label="Writing the plan file and document to Drive…" />}
        {refusal && <RefusalBanner refusal={refusal} title="The plan was not exported" listKind="warning" focusRef={errorRef} />}
        {exporter.value && !exporter.error && <ExportResultView result={exporter.value} focusRef={resultRef} />}
      </div>
    </Card>
  );
}
