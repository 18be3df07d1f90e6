import type { ApprovalsReport, ApproveResult } from "../domain/api/approvals";
import { AddOnError, operationFailure } from "../domain/errors";
import type { ApprovalRecord, ApprovalStore } from "../domain/governance/approval-record";
import { sameUser, type ApprovalState } from "../domain/governance/approval-state";
import { approvalsReport } from "../domain/governance/approvals-report";
import { TABLE_SHEETS } from "../domain/schema/workbook";
import { validateWorkbook } from "../domain/validation";
import { asLiteralText } from "../domain/workbook";
import { activeSpreadsheet } from "../sheets/active";
import { readApprovals, writeApprovals } from "../store/approval-store";
import { calendarFormatter } from "../sheets/calendar-dates";
import { appendChangeLog } from "./steps/append-change-log";
import { allProperties } from "../store/chunked-properties";
import { forgetSnapshot } from "../store/edit-snapshot";
import { withDocumentLock } from "../platform/lock";
import { readWorkbook } from "../sheets/read-workbook";
import { retried } from "../platform/service-retry";
import { signedInUser } from "../platform/session";
import { quietly, undoable, type Undo } from "../platform/undo";

const GOVERNANCE = TABLE_SHEETS.governance.name;

/** The Approvals card: read only, no lock needed. */
export function getApprovals(now: Date): ApprovalsReport {
  const user = requireUser("Approvals");
  const { states } = readState(now);
  return approvalsReport(states, user);
}

/**
 * Approve, all or nothing (DESIGN section 9), under the document lock:
 * everything is read and checked first (the signed-in user is this row's
 * Approver, or its Fallback owner when no Approver is named; the item has
 * no errors; its content is what the card showed). Then the record (with
 * the content hash) is stored, Approved by / Approved on are written as
 * text, and the Change log row comes last. A write that fails through its
 * retries puts back the ones before it.
 */
export function approve(input: { row: number; hash: string }, now: Date): ApproveResult {
  try {
    return withDocumentLock(() => approveUnderLock(input, now));
  } catch (error) {
    throw operationFailure("Approve", error);
  }
}

function approveUnderLock(input: { row: number; hash: string }, now: Date): ApproveResult {
  const user = requireUser("Approve");
  const { spreadsheet, states, store, all, columns, timeZone } = readState(now);
  const state = states.find((candidate) => candidate.row.row === input.row);
  if (!state) throw refused(`${GOVERNANCE} row ${input.row} has no Scope and Item, so there is nothing to approve there.`);
  const what = `${state.scope} ${state.item}`;
  if (!state.approver)
    throw refused(`${GOVERNANCE} row ${input.row} (${what}) names no Approver or Fallback owner: fill in Approver first.`);
  if (!sameUser(state.approver, user)) {
    const role = state.row.values.approver ? "Approver" : "Fallback owner";
    throw refused(
      `Only ${state.approver} (the ${role} on ${GOVERNANCE} row ${input.row}) can approve ${what}; you are signed in as ${user}.`,
    );
  }
  if (state.errors.length > 0) {
    const first = state.errors[0];
    throw refused(
      `${what} has ${state.errors.length} error${state.errors.length === 1 ? "" : "s"} to fix before it can be approved (for example ${first.sheet} row ${first.row}, ${first.column || "sheet"}: ${first.message.split("\n")[0]})`,
    );
  }
  if (state.hash !== input.hash)
    throw refused(`${what} changed since the Approvals card showed it. Refresh the card, review what changed, and approve again.`);
  const approvedOn = calendarFormatter(timeZone)(now).slice(0, 10);
  if (state.status === "verified") return result(state.record!, states, user);

  const record: ApprovalRecord = {
    scope: state.row.values.scope!,
    item: state.item,
    approvedBy: user,
    approvedAt: now.toISOString(),
    approvedOn,
    hash: state.hash,
    content: state.content.map(({ section, id, values }) => ({ section, id, values })),
  };
  const next: ApprovalStore = {
    records: [...store.records.filter((r) => !(r.scope === record.scope && r.item === record.item)), record],
  };
  const byColumn = columns.get("approvedBy");
  const onColumn = columns.get("approvedOn");
  if (byColumn === undefined || onColumn === undefined)
    throw new AddOnError("NOT_SET_UP", `${GOVERNANCE} has no Approved by or Approved on column. Run Set up sheets, then approve again.`);
  const sheet = retried(() => spreadsheet.getSheetByName(GOVERNANCE));
  if (!sheet) throw new AddOnError("NOT_SET_UP", `There is no ${GOVERNANCE} sheet. Run Set up sheets first.`);
  const cells = [byColumn, onColumn].map((column) => retried(() => sheet.getRange(input.row, column)));
  const before = cells.map((cell) => retried(() => cell.getValue()));

  const undo: Undo = [];
  try {
    writeApprovals(next, all, undo);
    // Script writes fire no onEdit: the snapshot's copy of the row is dropped, as the Plan sheet's writes do.
    forgetSnapshot(GOVERNANCE, input.row, input.row);
    [user, approvedOn].forEach((value, index) =>
      undoable(
        undo,
        () => cells[index].setValue(asLiteralText(value)),
        () => cells[index].setValue(before[index]),
      ),
    );
    // The log only grows: written last, it needs no way back.
    appendChangeLog(spreadsheet, [
      {
        timestamp: record.approvedAt,
        user,
        sheet: GOVERNANCE,
        rowKey: `${record.scope}: ${record.item}`,
        column: "Approved by",
        oldValue: state.record ? `${state.record.approvedBy} on ${state.record.approvedOn} (${state.status})` : null,
        newValue: `approved by ${user} (content hash ${record.hash.slice(0, 12)})`,
        source: "approval",
      },
    ]);
  } catch (error) {
    undo.reverse().forEach((step) => quietly(step));
    throw error;
  }
  const after = states.map((s) => (s === state ? { ...s, status: "verified" as const, record, changes: [] } : s));
  return result(record, after, user);
}

function result(record: ApprovalRecord, states: readonly ApprovalState[], user: string): ApproveResult {
  const { scope, item, approvedBy, approvedOn, hash } = record;
  return { approved: { scope, item, approvedBy, approvedOn, hash }, report: approvalsReport(states, user) };
}

function readState(now: Date) {
  const spreadsheet = retried(activeSpreadsheet);
  const { raw, timeZone } = retried(() => readWorkbook(spreadsheet));
  const all = retried(allProperties);
  const store = readApprovals(all);
  const validation = validateWorkbook(raw, { now, timeZone, approvals: store.records });
  if (!validation.context.workbook.governance.present)
    throw new AddOnError("NOT_SET_UP", `There is no ${GOVERNANCE} sheet yet. Run Set up sheets first.`);
  return { spreadsheet, states: validation.approvals ?? [], store, all, columns: validation.context.workbook.governance.columns, timeZone };
}

function requireUser(operation: "Approvals" | "Approve"): string {
  const user = signedInUser();
  if (!user)
    throw new AddOnError(
      "BLOCKED",
      `${operation}: Google did not tell the add-on who you are (your email reads as blank), so it cannot record an approval in your name. Open the add-on from a Google account in the plan's domain, or run Check set-up.`,
      operation,
    );
  return user;
}

const refused = (message: string) => new AddOnError("BLOCKED", `${message} Nothing was changed.`, "Approve");
