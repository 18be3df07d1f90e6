import type { AuthModeName } from "./auth";
import type { World } from "./world";

/** Apps Script's limits: 30 s for simple triggers, 6 min for everything else (developers.google.com/apps-script/guides/services/quotas). */
export const SIMPLE_TRIGGER_BUDGET_MS = 30_000;
export const EXECUTION_BUDGET_MS = 6 * 60_000;
export const EXCEEDED_MESSAGE = "Exceeded maximum execution time";

export type SimpleTrigger = "onOpen" | "onEdit" | "onSelectionChange" | "onInstall";
/** How a user starts an execution that is not a simple trigger; all run in AuthMode.FULL. */
export type FullExecution = "installable" | "menu" | "sidebar" | "editor";

export interface Execution {
  kind: SimpleTrigger | FullExecution;
  authMode: AuthModeName;
  budgetMs: number;
  /** Projected latency and clock offset when it started. */
  startProjected: number;
  startOffset: number;
  exceeded: boolean;
}

/** A finished execution, for benchmarks: how long it would have taken in Apps Script. */
export interface ExecutionRecord {
  kind: Execution["kind"];
  authMode: AuthModeName;
  budgetMs: number;
  elapsedMs: number;
  exceeded: boolean;
}

/**
 * Which mode Google runs each entry point in (AuthMode reference;
 * developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle):
 * onOpen runs in NONE until the add-on is used in the document, then in
 * LIMITED; onEdit and onSelectionChange in LIMITED; onInstall, installable
 * triggers, menu items and google.script.run calls in FULL.
 */
export function modeFor(kind: Execution["kind"], addonEnabled: boolean): AuthModeName {
  if (kind === "onOpen") return addonEnabled ? "LIMITED" : "NONE";
  if (kind === "onEdit" || kind === "onSelectionChange") return "LIMITED";
  return "FULL";
}

export function budgetFor(kind: Execution["kind"]): number {
  return kind === "onOpen" || kind === "onEdit" || kind === "onSelectionChange" || kind === "onInstall"
    ? SIMPLE_TRIGGER_BUDGET_MS
    : EXECUTION_BUDGET_MS;
}

/** Time an execution has taken: charged latency plus virtual time (sleeps, lock waits, clock.advance). */
export function elapsedMs(w: World, ex: Execution): number {
  const latency = w.projectedMs - ex.startProjected;
  const offset = w.offsetMs - ex.startOffset;
  return w.chargeLatencyToClock ? offset : latency + offset;
}

/**
 * Runs `fn` as one Apps Script execution. Past its budget (when budgets are
 * enforced) every further service call throws and the execution ends with
 * Apps Script's message even if the script caught the first one, as Google
 * kills the execution.
 */
export function runExecution<T>(w: World, kind: Execution["kind"], fn: (authMode: AuthModeName) => T): T {
  const previous = { execution: w.execution, mode: w.auth.mode };
  const ex: Execution = {
    kind,
    authMode: modeFor(kind, w.auth.addonEnabled),
    budgetMs: budgetFor(kind),
    startProjected: w.projectedMs,
    startOffset: w.offsetMs,
    exceeded: false,
  };
  w.execution = ex;
  w.auth.mode = ex.authMode;
  // Using the add-on from its menu or sidebar enables it in this document.
  if (kind === "menu" || kind === "sidebar") w.auth.addonEnabled = true;
  try {
    const result = fn(ex.authMode);
    if (w.enforceBudgets && elapsedMs(w, ex) > ex.budgetMs) ex.exceeded = true;
    if (ex.exceeded) throw w.error(EXCEEDED_MESSAGE);
    return result;
  } catch (e) {
    if (ex.exceeded) throw w.error(EXCEEDED_MESSAGE);
    throw e;
  } finally {
    w.executions.push({ kind, authMode: ex.authMode, budgetMs: ex.budgetMs, elapsedMs: elapsedMs(w, ex), exceeded: ex.exceeded });
    w.execution = previous.execution;
    w.auth.mode = previous.mode;
  }
}
