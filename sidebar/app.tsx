import { useEffect, useMemo, useRef, useState } from "preact/hooks";
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
import { createStatusSync } from "./state/status-sync";

type Load = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; status: Status };

/**
 * Owns the sidebar's state and every server call; the screens only render
 * it. The form lives here so no screen change or failed call loses input.
 */
export function App({ call: untracked }: { call: Call }) {
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
    if (!formEditedRef.current && status.plan.initiative) setForm(formFromStatus(status));
  };
  const formEditedRef = useRef(formEdited);
  formEditedRef.current = formEdited;
  const showRef = useRef(showStatus);
  showRef.current = showStatus;
  // Every screen calls through `sync.tracked`: an action that may write is followed by a status refresh.
  const sync = useMemo(() => createStatusSync(untracked, (status) => showRef.current(status)), [untracked]);
  const call = sync.tracked;
  const loadRef = useRef(load);
  loadRef.current = load;

  const loadStatus = async (force: boolean) => {
    const result = await sync.refresh(force);
    if (result.ok) return;
    if (loadRef.current.kind === "ready") setError(result.message);
    else setLoad({ kind: "failed", message: result.message });
  };

  useEffect(() => {
    void loadStatus(true);
    // Coming back to the sidebar (after typing in the grid, or a menu action) checks for changes: one cheap call.
    const onFocus = () => {
      if (loadRef.current.kind === "ready") void loadStatus(false);
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") onFocus();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [sync]);

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
    // The reply's status is shown by the sync (status-sync.ts).
    setReport(result.value);
  };

  const refresh = async () => {
    setBusy("refresh");
    setError(null);
    await loadStatus(true);
    setBusy(null);
  };

  const retryLoad = () => {
    setLoad({ kind: "loading" });
    void loadStatus(true);
  };

  if (load.kind === "loading") return <Spinner label="Loading your plan…" />;
  if (load.kind === "failed") {
    return (
      <Banner kind="error" title="The plan could not be loaded" action={<Button onClick={retryLoad}>Try again</Button>}>
        <p>{load.message}</p>
      </Banner>
    );
  }

  const reportView = report && <SetupReport call={call} result={report} focusRef={reportRef} />;
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
        importCard={<ImportCard call={call} />}
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
