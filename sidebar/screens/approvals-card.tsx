import type { ApprovalsReport, ApproveResult } from "../../src/domain/api/approvals";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { useAction } from "../state/use-action";
import { useFocusOn } from "../state/use-focus";
import {
  type ApprovalItem,
  approvalBadge,
  approvalTitle,
  approveBlocked,
  firstSentence,
  pendingApprovals,
  summaryLine,
} from "../view/approvals";
import { useState } from "preact/hooks";

/**
 * The signed-in user's approvals (5 Governance rows naming them as
 * Approver, or as Fallback owner where no Approver is named): what each
 * covers, what changed since they last approved it, and Approve. The
 * button sends the content hash the card showed, so content that changed
 * meanwhile is refused rather than approved unseen.
 */
export function ApprovalsCard({ call }: { call: Call }) {
  const loader = useAction(call, "getApprovals");
  const approver = useAction(call, "approve");
  const [approved, setApproved] = useState<ApproveResult | null>(null);
  const [approving, setApproving] = useState<number | null>(null);
  const doneRef = useFocusOn<HTMLDivElement>(approved);
  const errorRef = useFocusOn<HTMLDivElement>(approver.error);
  // The last report read, or the one an approval returned (the rows as they stand after it).
  const [report, setReport] = useState<ApprovalsReport | null>(null);

  const load = async () => {
    setApproved(null);
    const result = await loader.run(undefined);
    if (result.ok) setReport(result.value);
  };
  const approve = async (item: ApprovalItem) => {
    setApproving(item.row);
    const result = await approver.run({ row: item.row, hash: item.hash });
    setApproving(null);
    if (result.ok) {
      setApproved(result.value);
      setReport(result.value.report);
    }
  };

  return (
    <Card title="Approvals">
      <p class="card-intro">
        Approvals count only when their approver gives them here: the add-on records who approved, when, and the content approved.
      </p>
      <div class="actions">
        <Button variant="secondary" small busy={loader.busy} busyLabel="Checking…" onClick={() => void load()}>
          {report ? "Check again" : "Check my approvals"}
        </Button>
      </div>
      {loader.error && (
        <Banner kind="error" title="Approvals could not be read">
          <p>{loader.error}</p>
        </Banner>
      )}
      {approver.error && (
        <Banner kind="error" title="Nothing was approved" focusRef={errorRef}>
          <p>{approver.error}</p>
        </Banner>
      )}
      {approved && !approver.error && (
        <Banner kind="success" title="Approved" focusRef={doneRef}>
          <p>
            {approvalTitle(approved.approved)}, by {approved.approved.approvedBy} on {approved.approved.approvedOn} (content hash{" "}
            <span class="mono">{approved.approved.hash.slice(0, 12)}</span>).
          </p>
        </Banner>
      )}
      {report && (
        <div class="stack stack--tight">
          <p class="muted">
            Signed in as {report.user}. {summaryLine(report)}
          </p>
          <ul class="approvals">
            {pendingApprovals(report).pending.map((item) => (
              <ApprovalEntry
                key={item.row}
                item={item}
                busy={approver.busy && approving === item.row}
                onApprove={() => void approve(item)}
              />
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}

function ApprovalEntry({ item, busy, onApprove }: { item: ApprovalItem; busy: boolean; onApprove: () => void }) {
  const badge = approvalBadge(item);
  const blocked = approveBlocked(item);
  return (
    <li class="approval">
      <div class="approval-head">
        <span class="approval-title">{approvalTitle(item)}</span>
        <span class={`badge badge--${badge.kind}`}>{badge.text}</span>
      </div>
      <span class="muted">5 Governance row {item.row}</span>
      {item.changes.length > 0 && (
        <div>
          <p class="approval-label">
            Changed since {item.lastApproval ? `${item.lastApproval.by} approved on ${item.lastApproval.on}` : "the last approval"}
          </p>
          <ul class="plain-list approval-changes">
            {item.changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <details class="approval-content">
        <summary>What you approve</summary>
        <ul class="plain-list">
          {item.content.map((line) => (
            <li key={line}>{line}</li>
          ))}
          {item.moreContent > 0 && <li class="muted">and {item.moreContent} more</li>}
        </ul>
      </details>
      {item.errors.length > 0 && (
        <Banner kind="warning" title={`${item.errorCount} ${item.errorCount === 1 ? "error" : "errors"} to fix before approving`}>
          <ul class="banner-list">
            {item.errors.map((error) => (
              <li key={`${error.sheet}-${error.row}-${error.column}`}>
                {error.sheet} row {error.row}, {error.column || "sheet"}: {firstSentence(error.message)}
              </li>
            ))}
          </ul>
        </Banner>
      )}
      <div class="actions">
        <Button variant="primary" small busy={busy} busyLabel="Approving…" disabled={blocked !== null} onClick={onApprove}>
          Approve
        </Button>
        {blocked && <span class="field-hint">{blocked}</span>}
      </div>
    </li>
  );
}
