import { createHash } from "node:crypto";
import type { EmulatorState } from "../../emulator";
import { loadAddOn, type LoadedAddOn } from "./bundle";

/**
 * The fault sweep (DESIGN section 9): run an operation cleanly and count its
 * service calls N; then, for each k in 1..N, fail call k once, and in a
 * second run let call k keep failing: it and the calls after it fail until
 * the Plan's retry budget (1 + Retry limit tries) is spent, so whatever
 * retried it gives up. Each run must end one of two ways: it succeeded with
 * the clean run's end state, or it refused with a readable message and left
 * the start state (the Change log may gain its own failure rows at the end).
 * A long operation is sampled evenly, always with its first and last write.
 * A third mode loses the reply of a write that took effect, as when a
 * request lands but its answer times out: the retry must not do it twice.
 *
 * Why a burst and not a service that never comes back: Sheets has no
 * multi-range transaction, so once one write has landed, undoing it needs
 * the service again; what the add-on controls is that a call failing past
 * its retries leads to a complete undo, never a half-done state.
 */
export interface SweepCase {
  /** Named in every failure, e.g. "Export (draft)". */
  operation: string;
  /** The world the operation starts from. */
  start: EmulatorState;
  /** Runs the operation; throws (or returns the message shown) when it refuses. */
  run(addOn: LoadedAddOn): { refused: string } | undefined;
  /** Most positions to try per mode; evenly sampled, always with the first and last. Default 80. */
  maxRuns?: number;
  /** Consecutive failures in the second mode; default 5: the 1 + Retry limit (2) tries and the two pauses between them. */
  burst?: number;
  /** Options for the add-on each run loads (e.g. a fixed clock). */
  load?: Parameters<typeof loadAddOn>[0];
  /**
   * What runs next once the fault is over (the next Validate; another edit
   * and its trigger). For an operation whose refusal may keep work for later
   * (an edit trigger keeps the edit it could not log): given `next`, a
   * refused run that changed the world passes when the next run ends where
   * it would have ended after the clean run, or, with `orNever`, after no
   * run at all.
   */
  next?: { run(addOn: LoadedAddOn): void; orNever?: boolean };
}

export interface SweepResult {
  /** Service calls of the clean run. */
  calls: number;
  /** Runs made, both modes together. */
  runs: number;
  /** One line per run that broke the rule: operation, mode, call index, the call, and what was wrong. */
  problems: string[];
  /** How each run ended: done (the clean end state), refused (the start state), resumed (finished by `next`). */
  outcomes: { k: number; burst: boolean; lostReply: boolean; call: string; outcome: "done" | "refused" | "resumed" }[];
}

/** What a column reads as when nobody set its width. */
const DEFAULT_COLUMN_WIDTH = 100;

/** Apps Script's own words for a failed service: a person must never see them. */
const RAW_SERVICE_TEXT =
  /Service Spreadsheets failed|We're sorry, a server error|API call to drive|^Exception:|Service unavailable|Internal Error/;

export function faultSweep(sweep: SweepCase): SweepResult {
  // The state is JSON-safe (dates encoded): parsing a string is several times faster than structuredClone.
  const start = JSON.stringify(sweep.start);
  const load = () => loadAddOn({ ...sweep.load, state: JSON.parse(start) });
  const startView = observe(load());

  const clean = load();
  const before = clean.emulator.calls.snapshot();
  const cleanOutcome = outcome(sweep, clean);
  if ("refused" in cleanOutcome) throw new Error(`${sweep.operation}: the clean run refused: ${cleanOutcome.refused}`);
  const calls = clean.emulator.calls.since(before).total;
  const cleanView = observe(clean);
  const callNames = clean.emulator.calls.sequence().slice(before.total);

  const afterNext = (addOn: LoadedAddOn) => {
    sweep.next!.run(addOn);
    return observe(addOn);
  };
  const afterClean = sweep.next ? afterNext(clean) : null;
  const afterNever = sweep.next?.orNever ? afterNext(load()) : null;

  const problems: string[] = [];
  const outcomes: SweepResult["outcomes"] = [];
  let runs = 0;
  const writes = callNames.flatMap((name, i) => (WRITE.test(name) ? [i + 1] : []));
  const most = sweep.maxRuns ?? 80;
  const tried = new Set([...positions(calls, most), ...writes.slice(0, 1), ...writes.slice(-1)]);
  const failures = [...tried]
    .sort((a, b) => a - b)
    .flatMap((k) => [
      { k, times: 1, lostReply: false },
      { k, times: sweep.burst ?? 5, lostReply: false },
    ]);
  const lostReplies = positions(writes.length, Math.ceil(most / 2)).map((i) => ({ k: writes[i - 1], times: 1, lostReply: true }));
  for (const { k, times, lostReply } of [...failures, ...lostReplies]) {
    runs++;
    const addOn = load();
    addOn.emulator.faults.failCall(k, { times, lostReply });
    const how = lostReply ? "taking effect but losing its reply" : times === 1 ? "failing once" : `failing ${times} times in a row`;
    const label = `${sweep.operation}, call ${k}/${calls}${callNames[k - 1] ? ` (${callNames[k - 1]})` : ""} ${how}`;
    const result = outcome(sweep, addOn);
    addOn.emulator.faults.clear();
    const view = observe(addOn);
    const call = callNames[k - 1] ?? "";
    const burst = times > 1;
    if ("refused" in result) {
      if (RAW_SERVICE_TEXT.test(result.refused)) problems.push(`${label}: the message shows raw service text: ${result.refused}`);
      const diff = difference(startView, view, true);
      if (!diff) outcomes.push({ k, burst, lostReply, call, outcome: "refused" });
      else if (!afterClean) problems.push(`${label}: refused but changed ${diff}`);
      else {
        const resumed = afterNext(addOn);
        const finished = !difference(afterClean, resumed, false) || (afterNever !== null && !difference(afterNever, resumed, false));
        if (finished) outcomes.push({ k, burst, lostReply, call, outcome: "resumed" });
        else
          problems.push(
            `${label}: refused but changed ${diff}, and the next run did not finish it: ${difference(afterClean, resumed, false)}`,
          );
      }
    } else {
      const diff = difference(cleanView, view, false);
      if (diff) problems.push(`${label}: succeeded with another end state than the clean run: ${diff}`);
      else outcomes.push({ k, burst, lostReply, call, outcome: "done" });
    }
  }
  return { calls, runs, problems, outcomes };
}

function outcome(sweep: SweepCase, addOn: LoadedAddOn): { refused: string } | { done: true } {
  try {
    const shown = sweep.run(addOn);
    return shown ? shown : { done: true };
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
}

/** Calls that change something: the sweep always fails the first and the last of them. */
const WRITE = /\.(set|insert|delete|create|update|remove|append|clear|protect|copy|add|move|hide|show)[A-Z]?/;

/** 1..n, or an even sample of them that keeps the first and the last. */
export function positions(n: number, most: number): number[] {
  if (n <= most) return Array.from({ length: n }, (_, i) => i + 1);
  const picked = new Set<number>([1, n]);
  for (let i = 0; picked.size < most && i < most; i++) picked.add(1 + Math.round((i * (n - 1)) / (most - 1)));
  return [...picked].sort((a, b) => a - b);
}

/** What a user or a later run can see: every sheet's cells, the live Drive files, document and user properties. */
interface WorldView {
  sheets: Record<string, string>;
  changeLog: string[];
  drive: Record<string, string>;
  properties: Record<string, string>;
}

function observe(addOn: LoadedAddOn): WorldView {
  const state = addOn.emulator.saveState();
  const names = new Map<string, string>();
  for (const item of state.drive.items) names.set(item.id, `<${item.mimeType.endsWith("folder") ? "folder" : "file"}:${item.name}>`);
  names.set(state.spreadsheet.id, "<spreadsheet>");
  const stable = (text: string) => maskTimes(replaceIds(text, names));

  const sheets: Record<string, string> = {};
  let changeLog: string[] = [];
  for (const sheet of state.spreadsheet.sheets) {
    if (sheet.name === "Change log") {
      const rows = new Map<number, unknown[]>();
      for (const [row, col, cell] of sheet.cells) {
        if (JSON.stringify(cell) === "{}") continue;
        const cells = rows.get(row) ?? [];
        cells[col] = sortedKeys(cell);
        rows.set(row, cells);
      }
      // Rows with content only: the log appends into rows that so far hold just their formatting.
      changeLog = [...rows]
        .sort(([a], [b]) => a - b)
        .map(([, cells]) => maskChainHashes(stable(JSON.stringify(cells))))
        .filter((row) => /"[vf]":/.test(row));
      continue;
    }
    // A rule by the hash of its spec: thousands of cells share a few, and their indexes differ between states.
    const rules = (sheet.rules ?? []).map(
      (rule) =>
        `rule ${createHash("sha1")
          .update(JSON.stringify(sortedKeys(rule as Record<string, unknown>)))
          .digest("hex")
          .slice(0, 12)}`,
    );
    // Cells in reading order, empty ones dropped: a restore that rewrites defaults leaves the same sheet.
    const cells = sheet.cells
      .filter(([, , cell]) => hasContent(cell))
      .sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2)
      .map(([row, col, cell]) => [row, col, sortedKeys(typeof cell.dv === "number" ? { ...cell, dv: rules[cell.dv] } : cell)]);
    const { selection: _selection, cells: _cells, rules: _rules, columnWidths, ...rest } = sheet;
    // A column set to the default width looks like one never set: Sheets has no "unset" width to read back.
    const widths = Object.fromEntries(Object.entries(columnWidths).filter(([, width]) => width !== DEFAULT_COLUMN_WIDTH));
    sheets[sheet.name] = stable(JSON.stringify({ ...rest, columnWidths: widths, cells }));
  }
  const drive: Record<string, string> = {};
  for (const item of state.drive.items) {
    if (item.trashed || item.id === state.drive.rootId) continue;
    const path = [...item.parents.map((p) => names.get(p) ?? p), item.name].join("/");
    // A second file of the same name (a create done twice) is a difference, not a key written over.
    let key = path;
    for (let n = 2; key in drive; n++) key = `${path} (${n})`;
    drive[key] = stable(item.content ?? item.contentBase64 ?? "");
  }
  const properties: Record<string, string> = {};
  for (const [scope, store] of Object.entries(state.properties)) {
    for (const [key, value] of Object.entries(store as Record<string, string>))
      properties[`${scope}:${key}`] = maskFileMd5(stable(String(value)));
  }
  return { sheets, changeLog, drive, properties };
}

/** A cell that would not serialise as {}: a field left undefined by a restore is no content. */
function hasContent(cell: Record<string, unknown>): boolean {
  for (const key in cell) if (cell[key] !== undefined) return true;
  return false;
}

/** A cell written back by a restore lists its fields in another order; the order means nothing. */
const sortedKeys = (cell: Record<string, unknown>) => Object.fromEntries(Object.entries(cell).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Each known ID replaced by its name (IDs are 25+ random characters, never part of a longer word). */
function replaceIds(text: string, names: Map<string, string>): string {
  let named = text;
  for (const [id, name] of names) if (named.includes(id)) named = named.replaceAll(id, name);
  return named;
}

/** Timestamps move with retries' backoff on the emulator clock; the sweep compares content, not time. */
const maskTimes = (text: string) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>");

/** A row's chain hash covers its timestamp, which the sweep masks too; the chain itself is checked by Validate's tests. */
const maskChainHashes = (text: string) => text.replace(/"[0-9a-f]{64}"/g, '"<hash>"');

/** The plan file's md5 in the export state covers its exportedAt, masked above; the file's content is compared on its own. */
const maskFileMd5 = (text: string) => text.replace(/"fileMd5":"[0-9a-f]{32}"/g, '"fileMd5":"<md5>"');

/** A short description of the first difference, or "" when equal. A refusal may append Change log rows. */
function difference(expected: WorldView, actual: WorldView, logMayGrow: boolean): string {
  for (const part of ["sheets", "drive", "properties"] as const) {
    const keys = new Set([...Object.keys(expected[part]), ...Object.keys(actual[part])]);
    for (const key of keys) {
      const a = expected[part][key];
      const b = actual[part][key];
      if (a === b) continue;
      if (a === undefined) return `${part}: added ${key}`;
      if (b === undefined) return `${part}: removed ${key}`;
      return `${part}: ${key} differs (${firstDifference(a, b)})`;
    }
  }
  const log = actual.changeLog;
  const same = logMayGrow ? expected.changeLog.every((row, i) => log[i] === row) : expected.changeLog.join("\n") === log.join("\n");
  if (!same) {
    const at = expected.changeLog.findIndex((row, i) => log[i] !== row);
    return logMayGrow
      ? `Change log: row ${at + 1} changed (${firstDifference(expected.changeLog[at] ?? "", log[at] ?? "")})`
      : `Change log: ${expected.changeLog.length} rows expected, ${log.length} found`;
  }
  return "";
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 40), i + 40)}… vs …${b.slice(Math.max(0, i - 40), i + 40)}…`;
}
