import { useEffect, useRef } from "preact/hooks";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { useAction } from "../state/use-action";
import { CheckSetupResultView } from "./check-setup-result";
import "../styles/check-setup.css";

/**
 * Check set-up: one click tells a team that deployed the add-on whether
 * Google lets it work in this spreadsheet, step by step, with the fixes.
 */
export function CheckSetupCard({ call }: { call: Call }) {
  const check = useAction(call, "checkSetup");
  const resultRef = useRef<HTMLDivElement>(null);
  // Land keyboard and screen-reader users on the answer once it arrives.
  useEffect(() => {
    if (check.value) resultRef.current?.focus();
  }, [check.value]);
  return (
    <Card title="Check set-up">
      <p class="card-intro">
        Tries, in this spreadsheet, what the add-on needs from Google: Drive, the document lock and properties, your account, triggers and
        the sidebar. It leaves nothing behind.
      </p>
      <div>
        <Button variant="text" busy={check.busy} busyLabel="Checking set-up…" onClick={() => void check.run(undefined)}>
          Check set-up
        </Button>
      </div>
      {check.error && (
        <Banner kind="error" title="Check set-up did not run">
          <p>{check.error}</p>
        </Banner>
      )}
      {check.value && <CheckSetupResultView result={check.value} focusRef={resultRef} />}
    </Card>
  );
}
