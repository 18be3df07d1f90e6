import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { Status } from "../../src/domain/api/contract";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { TabPanel, Tabs, type TabSpec } from "../components/tabs";
import { ApprovalsCard } from "./approvals-card";
import { AudiencesPanel } from "./audiences-panel";
import { CheckSetupCard } from "./check-setup-card";
import { ExportCard } from "./export-card";
import { ImportCard } from "./import-card";
import { PlanHeader } from "./plan-header";
import { PlanPanel } from "./plan-panel";
import { RemindersCard } from "./reminders-card";
import { WhereUsedPanel } from "./where-used-panel";

type TabId = "plan" | "export" | "audiences" | "used";

const TABS: readonly TabSpec<TabId>[] = [
  { id: "plan", label: "Plan" },
  { id: "export", label: "Export" },
  { id: "audiences", label: "Audiences" },
  { id: "used", label: "Where used" },
];

export interface WorkspaceProps {
  call: Call;
  status: Status;
  onStatus: (status: Status) => void;
  /** The last setup report. */
  report?: ComponentChildren;
  error: string | null;
  busy: "setup" | "refresh" | null;
  onSetup: () => void;
  onRefresh: () => void;
}

/**
 * The plan once its sheets exist: the header, then one tab per job. Every
 * panel stays mounted, so what was typed or found in one survives a visit
 * to another.
 */
export function Workspace({ call, status, onStatus, report, error, busy, onSetup, onRefresh }: WorkspaceProps) {
  const [tab, setTab] = useState<TabId>("plan");
  const sheetOrder = ["Plan", ...status.stages.map((stage) => stage.sheet), "Profile tests", "Sample data"];
  return (
    <main class="stack">
      <PlanHeader
        plan={status.plan}
        action={
          // Edits made in the grid reach the sidebar on Refresh: one getStatus, whichever tab is open.
          <Button variant="text" small busy={busy === "refresh"} busyLabel="Refreshing…" onClick={onRefresh}>
            Refresh
          </Button>
        }
      />
      {report}
      {error && (
        <Banner kind="error">
          <p>{error}</p>
        </Banner>
      )}
      <Tabs tabs={TABS} selected={tab} onSelect={setTab} label="Plan tools" />
      <TabPanel id="plan" selected={tab === "plan"}>
        <PlanPanel call={call} status={status} sheetOrder={sheetOrder} />
        <div class="actions">
          <Button variant="secondary" busy={busy === "setup"} busyLabel="Setting up sheets…" onClick={onSetup}>
            Set up sheets
          </Button>
        </div>
        <CheckSetupCard call={call} />
      </TabPanel>
      <TabPanel id="export" selected={tab === "export"}>
        <ApprovalsCard call={call} />
        <ExportCard call={call} status={status} />
        <ImportCard call={call} />
        <RemindersCard call={call} status={status} onStatus={onStatus} />
      </TabPanel>
      <TabPanel id="audiences" selected={tab === "audiences"}>
        <AudiencesPanel call={call} sheetOrder={sheetOrder} profileIds={status.profileIds} />
      </TabPanel>
      <TabPanel id="used" selected={tab === "used"}>
        <WhereUsedPanel call={call} attributeIds={status.attributeIds} />
      </TabPanel>
    </main>
  );
}
