import * as z from "zod/mini";
import type { Escalation } from "../api/collaboration";
import { FALLBACK_AGENTS } from "../governance/roles";
import { ROLE_NAMES } from "../schema/roles";
import { LADDER_ROLES } from "../plan/error-handling";
import { utf8Length } from "../storage/utf8";
import { parseStoredJson } from "../storage/stored-json";
import { remediationText } from "./advance";
import { EMPTY_ESCALATIONS, EscalationState, RESOLVED_KEPT, STORED_REASON_CHARS } from "./state";

/**
 * Escalations as stored between runs: one short array per escalation, with
 * repeated text (sheets, columns, owners, and times: the runs that opened
 * or last saw them) once in a table and what can be derived (code, role,
 * item, remediation) left out. 2,000 open escalations take about 150 KB.
 */
const Time = z.int();
const StoredRecordV2 = z.tuple([
  z.string(), // id
  z.int(), // 0 open, 1 resolved
  z.int(), // rung
  z.int(), // runs seen
  z.int(), // row
  z.int(), // sheet (table index)
  z.int(), // column (table index)
  z.int(), // owner (table index, -1 for nobody)
  z.int(), // 1 when the owner is the item's fallback owner, 2 when the rung's fallback agent covers
  Time, // opened
  Time, // updated
  z.int(), // resolved (table index, -1 while open)
  z.nullable(z.string()), // item, when it is not the one the id gives
  z.string(), // reason, clipped; "" once dropped for room
]);
/** Version 3 adds when the rung was reached and who was emailed (table indexes). */
const StoredRecordV3 = z.tuple([...StoredRecordV2.def.items, Time, z.array(z.int()), z.array(z.int())]);
/** Version 4 adds who is still owed the email of a rung it climbed past (table indexes). */
const StoredRecord = z.tuple([...StoredRecordV3.def.items, z.array(z.int())]);
const StoredV2 = z.object({
  v: z.literal(2),
  t: z.array(z.string()),
  e: z.array(StoredRecordV2),
  p: z.array(z.tuple([z.string(), Time])),
});
// id, first seen, fixed since (-1 while still seen)
const StoredPendingV3 = z.array(z.tuple([z.string(), Time, z.int()]));
const StoredV3 = z.object({ v: z.literal(3), t: z.array(z.string()), e: z.array(StoredRecordV3), p: StoredPendingV3 });
const Stored = z.object({ v: z.literal(4), t: z.array(z.string()), e: z.array(StoredRecord), p: StoredPendingV3 });
type StoredPending = EscalationState["pending"][number];

/** How much of the state the budget let through: shown to the user when it stops anything advancing. */
export interface EscalationTracking {
  /** Open escalations and once-seen blockers kept. */
  tracked: number;
  /** Open escalations and once-seen blockers not kept: they start again from their first sighting. */
  untracked: number;
  bytes: number;
  budgetBytes: number;
}

/**
 * JSON for storage within `budgetBytes`, giving up the least useful first:
 * reasons are clipped; then the oldest resolved history goes (the Change
 * log keeps it); then reasons are dropped (the next run restores them from
 * its findings); last, once-seen blockers and then the lowest-rung open
 * escalations are not kept, and `tracking` says how many.
 */
export function serializeEscalationState(state: EscalationState, budgetBytes: number): { text: string; tracking: EscalationTracking } {
  const open = state.escalations.filter((e) => e.status === "open").sort((a, b) => b.rung - a.rung || a.openedAt.localeCompare(b.openedAt));
  const history = state.escalations
    .filter((e) => e.status === "resolved")
    .sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? ""))
    .slice(0, RESOLVED_KEPT);
  // Still-seen blockers before fixed ones: they are the ones about to escalate.
  const pending = [...state.pending].sort(
    (a, b) => Number(a.goneAt !== null) - Number(b.goneAt !== null) || a.seenAt.localeCompare(b.seenAt),
  );
  const fits = (text: string) => utf8Length(text) <= budgetBytes;
  const done = (text: string, kept: number) => ({
    text,
    tracking: { tracked: kept, untracked: open.length + pending.length - kept, bytes: utf8Length(text), budgetBytes },
  });

  const everyOne = open.length + pending.length;
  for (let kept = history.length; ; kept = Math.floor(kept / 2)) {
    const text = encode(open, pending, history.slice(0, kept), STORED_REASON_CHARS);
    if (fits(text)) return done(text, everyOne);
    if (kept === 0) break;
  }
  const bare = encode(open, pending, [], 0);
  if (fits(bare)) return done(bare, everyOne);
  // Keep the longest prefix of open escalations (highest rung first), then once-seen blockers, that fits.
  const prefix = (n: number) => encode(open.slice(0, n), pending.slice(0, Math.max(0, n - open.length)), [], 0);
  let low = 0;
  let high = everyOne;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(prefix(middle))) low = middle;
    else high = middle - 1;
  }
  return done(prefix(low), low);
}

/** Reads what serializeEscalationState wrote (or the older plain JSON); anything unreadable is no state. */
export function parseEscalationState(text: string | null): EscalationState {
  if (!text) return EMPTY_ESCALATIONS;
  const stored = parseStoredJson(Stored, text);
  if (stored) return decode(stored);
  const v3 = parseStoredJson(StoredV3, text);
  if (v3) return decode({ ...v3, v: 4, e: v3.e.map((r) => [...r, []]) });
  const older = parseStoredJson(StoredV2, text);
  if (older)
    return decode({ ...older, v: 4, e: older.e.map((r) => [...r, r[10], [], [], []]), p: older.p.map(([id, seen]) => [id, seen, -1]) });
  return parseStoredJson(EscalationState, text) ?? EMPTY_ESCALATIONS;
}

function encode(
  open: readonly Escalation[],
  pending: readonly StoredPending[],
  history: readonly Escalation[],
  reasonChars: number,
): string {
  const table: string[] = [];
  const indexOf = new Map<string, number>();
  const ref = (text: string) => {
    let index = indexOf.get(text);
    if (index === undefined) indexOf.set(text, (index = table.push(text) - 1));
    return index;
  };
  const clip = (reason: string) => (reasonChars === 0 ? "" : reason.length > reasonChars ? `${reason.slice(0, reasonChars - 1)}…` : reason);
  const records = [...open, ...history].map(
    (e): z.output<typeof StoredRecord> => [
      e.id,
      e.status === "open" ? 0 : 1,
      e.rung,
      e.seenRuns,
      e.row,
      ref(e.sheet),
      ref(e.column),
      e.owner === null ? -1 : ref(e.owner),
      e.ownerIsFallback ? 1 : e.coveredBy ? 2 : 0,
      ref(e.openedAt),
      ref(e.updatedAt),
      e.resolvedAt === null ? -1 : ref(e.resolvedAt),
      e.item === itemFromId(e.id, e.code) ? null : e.item,
      clip(e.reason),
      ref(e.climbedAt || e.updatedAt),
      e.told.map(ref),
      e.resolutionTold.map(ref),
      e.owed.map(ref),
    ],
  );
  const stored = pending.map((p) => [p.id, ref(p.seenAt), p.goneAt === null ? -1 : ref(p.goneAt)]);
  return JSON.stringify({ v: 4, t: table, e: records, p: stored });
}

function decode(stored: z.output<typeof Stored>): EscalationState {
  const text = (index: number) => stored.t[index] ?? "";
  const escalations = stored.e.map(
    ([
      id,
      status,
      rung,
      seenRuns,
      row,
      sheet,
      column,
      owner,
      fallback,
      opened,
      updated,
      resolved,
      item,
      reason,
      climbed,
      told,
      resolutionTold,
      owed,
    ]): Escalation => {
      const code = id.slice(0, Math.max(0, id.indexOf(":")));
      const ladder = LADDER_ROLES[Math.min(Math.max(rung, 1), LADDER_ROLES.length) - 1];
      const escalation: Escalation = {
        id,
        code,
        item: item ?? itemFromId(id, code),
        sheet: text(sheet),
        row,
        column: text(column),
        rung,
        role: ladder.role,
        owner: owner < 0 ? null : text(owner),
        ownerIsFallback: fallback === 1,
        coveredBy: fallback === 2 ? ROLE_NAMES[FALLBACK_AGENTS[ladder.key][0]] : null,
        climbedAt: text(climbed),
        told: told.map(text),
        resolutionTold: resolutionTold.map(text),
        owed: owed.map(text),
        reason,
        openedAt: text(opened),
        updatedAt: text(updated),
        seenRuns,
        status: status === 0 ? "open" : "resolved",
        resolvedAt: resolved < 0 ? null : text(resolved),
        remediation: null,
      };
      if (escalation.status === "resolved") escalation.remediation = remediationText(escalation);
      return escalation;
    },
  );
  return {
    escalations,
    pending: stored.p.map(([id, seenAt, goneAt]) => ({ id, seenAt: text(seenAt), goneAt: goneAt < 0 ? null : text(goneAt) })),
  };
}

/** escalationCauses names items from their id's parts: `code:subject:attribute` or `code:attribute`. */
function itemFromId(id: string, code: string): string {
  const rest = id.startsWith(`${code}:`) ? id.slice(code.length + 1) : id;
  const cut = rest.lastIndexOf(":");
  if (cut < 0) return rest;
  const attribute = rest.slice(cut + 1);
  return attribute ? `${rest.slice(0, cut)} (${attribute})` : rest.slice(0, cut);
}
