import { ApprovalStore, EMPTY_APPROVALS } from "../domain/governance/approval-record";
import { parseStoredJson } from "../domain/storage/stored-json";
import { assemble, chunkedValues, staleParts, writeProperties } from "./chunked-properties";
import { undoable, type Undo } from "../platform/undo";

/**
 * The approvals the add-on recorded, in chunked document properties (the
 * approved content rides along so the approver later sees what changed).
 * Parsed with its schema on every read: a value that no longer parses reads
 * as no approvals, so typed cells cannot be vouched for by garbage.
 */
const KEY = "approvals";

export function readApprovals(all: Record<string, string>): ApprovalStore {
  return parseStoredJson(ApprovalStore, assemble(all, KEY)) ?? EMPTY_APPROVALS;
}

/** Stores `store` against the properties as read in `all`, keeping the way back in `undo`. */
export function writeApprovals(store: ApprovalStore, all: Record<string, string>, undo: Undo): void {
  const values = chunkedValues(KEY, JSON.stringify(store));
  const stale = staleParts(all, KEY, values);
  const previous = Object.fromEntries(
    [...Object.keys(values), ...stale].filter((key) => all[key] !== undefined).map((key) => [key, all[key]]),
  );
  const added = Object.keys(values).filter((key) => all[key] === undefined);
  undoable(
    undo,
    () => writeProperties(values, stale),
    () => writeProperties(previous, added),
  );
}
