import type { Ref } from "preact";
import type { SetupResult } from "../../src/domain/api/contract";
import { Banner } from "../components/banner";
import type { Call } from "../api/client";
import { Button } from "../components/button";
import { useAction } from "../state/use-action";
import { describeSetup, removedLine } from "../view/setup-report";

/**
 * What the last Set up sheets run did. Skipped sheets get their own warning
 * with each reason in full: they are the ones a person has to fix by hand.
 */
export function SetupReport({ call, result, focusRef }: { call: Call; result: SetupResult; focusRef?: Ref<HTMLDivElement> }) {
  const lines = describeSetup(result);
  const removal = useAction(call, "removeEmptySheet");
  const sheet = result.emptySheet;
  return (
    <div class="stack">
      {lines.skipped.length > 0 && (
        <Banner
          kind="warning"
          title={`${lines.skipped.length === 1 ? "1 sheet was" : `${lines.skipped.length} sheets were`} skipped`}
          focusRef={focusRef}
        >
          <ul class="banner-list">
            {lines.skipped.map((skip) => (
              <li key={skip.sheet}>
                <strong>{skip.sheet}:</strong> {skip.reason}
              </li>
            ))}
          </ul>
        </Banner>
      )}
      <Banner
        kind="success"
        title={lines.skipped.length > 0 ? "The other sheets are set up" : "Sheets are set up"}
        focusRef={lines.skipped.length > 0 ? undefined : focusRef}
      >
        {lines.created && <p>{lines.created}</p>}
        {lines.upgraded.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {lines.unchanged && <p>No sheet was missing: headers, notes, dropdowns and protections were re-applied.</p>}
        {sheet && removal.value && <p>{removedLine(removal.value.removed)}</p>}
        {sheet && lines.removeLabel && !removal.value && (
          <Button small busy={removal.busy} onClick={() => void removal.run({ sheet })}>
            {lines.removeLabel}
          </Button>
        )}
      </Banner>
      {removal.error && (
        <Banner kind="error" title={`${sheet} was kept`}>
          <p>{removal.error}</p>
        </Banner>
      )}
    </div>
  );
}
