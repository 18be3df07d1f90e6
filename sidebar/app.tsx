import { useEffect, useRef, useState } from "preact/hooks";
import type { MethodInput, SetupResult, Status } from "../src/domain/api/contract";
import type { Call } from "./api/client";
import { Banner } from "./components/banner";
import { Button } from "./components/button";
import { Spinner } from "./components/spinner";
import { NewPlan } from "./screens/new-plan";
import { ImportCard } from "./screens/import-card";
import { SetupReport } from "./screens/setup-report";
import { Workspace } from "./screens/workspace";
import { emptyPlanForm, formFromStatus, rerunInput, toSetupInput, type PlanForm } from "./view/plan-form";
import { needsNewPlan } from "./view/status-view";

type Load = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; status: Status };

/**
 * Owns the sidebar's state and every server call; the screens only render
 * it. The form lives here so no screen change or failed call loses input.
 */
export function App({ call }: { call: Call }) {
  const [load, setLoad] = useState<Load>({ kind: "loading" });
  const [form, setForm] = useState<PlanForm>(emptyPlanForm);
  const [formEdited, setFormEdited] = useState(false);
  const [report, setReport] = useState<SetupResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"setup" | "refresh" | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);

  const showStatus = (status: Status) => {
    setLoad({ kind: "ready", status });
    // Prefill from the Plan sheet only until the person starts typing.
    if (!formEdited && status.plan.initiative) setForm(formFromStatus(status));
  };

  const loadStatus = async () => {
    const result = await call("getStatus", undefined);
    if (result.ok) showStatus(result.value);
    else if (load.kind === "ready") setError(result.message);
    else setLoad({ kind: "failed", message: result.message });
  };

  useEffect(() => {
    void loadStatus();
  }, []);

  // Move focus to the report after a run, so keyboard users land on what happened.
  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);

  const setup = async (input: MethodInput<"setupSheets">) => {
    setBusy("setup");
    setError(null);
    const result = await call("setupSheets", input);
    setBusy(null);
    if (!result.ok) return setError(result.message);
    setReport(result.value);
    showStatus(result.value.status);
  };

  const refresh = async () => {
    setBusy("refresh");
    setError(null);
    await loadStatus();
    setBusy(null);
  };

  const retryLoad = () => {
    setLoad({ kind: "loading" });
    void loadStatus();
  };

  if (load.kind === "loading") return <Spinner label="Loading your plan…" />;
  if (load.kind === "failed") {
    return (
      <Banner kind="error" title="The plan could not be loaded" action={<Button onClick={retryLoad}>Try again</Button>}>
        <p>{load.message}</p>
      </Banner>
    );
  }

  const reportView = report && <SetupReport result={report} focusRef={reportRef} />;
  if (needsNewPlan(load.status)) {
    return (
      <NewPlan
        form={form}
        onChange={(next) => {
          setFormEdited(true);
          setForm(next);
        }}
        onSubmit={() => void setup(toSetupInput(form))}
        submitting={busy === "setup"}
        error={error}
        missingSheets={load.status.missingSheets}
        report={reportView}
        importCard={<ImportCard call={call} onImported={showStatus} />}
      />
    );
  }
  return (
    <Workspace
      call={call}
      status={load.status}
      onStatus={(status) => {
        // A later action's outcome replaces the setup report, so old news does not crowd the top.
        setReport(null);
        setLoad({ kind: "ready", status });
      }}
      report={reportView}
      error={error}
      busy={busy}
      onSetup={() => void setup(rerunInput(load.status))}
      onRefresh={() => void refresh()}
    />
  );
}
