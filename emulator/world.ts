import { createHash } from "node:crypto";
import { Authorization } from "./auth";
import { CallCounter } from "./calls";
import { EXCEEDED_MESSAGE, elapsedMs, type Execution, type ExecutionRecord } from "./execution";
import { FaultInjector, defaultFaultMessage } from "./faults";
import { latencyMs } from "./latency";
import { UiRecorder } from "./ui-recorder";

export type LockKind = "document" | "script" | "user";

/** Ordered record of things whose order matters to tests (flush before release). */
export type EmulatorEvent =
  | { type: "flush"; at: number }
  | { type: "lock"; kind: LockKind; at: number }
  | { type: "release"; kind: LockKind; at: number }
  | { type: "lock-timeout"; kind: LockKind; at: number }
  | { type: "sleep"; ms: number; at: number }
  | { type: "authorization-required"; scopes: string[]; at: number };

type WithoutAt<T> = T extends unknown ? Omit<T, "at"> : never;

export interface LogEntry {
  source: "Logger" | "console";
  level: "log" | "info" | "warn" | "error" | "debug";
  message: string;
  at: number;
}

/** Constructors of the realm the script runs in, so `instanceof Date` holds there. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

/**
 * Everything the services share: clock, active user, counters, faults, logs
 * and the id sequence. One World is one emulated Apps Script project.
 */
export class World {
  readonly calls = new CallCounter();
  readonly faults = new FaultInjector(() => this.calls.total());
  readonly events: EmulatorEvent[] = [];
  readonly logs: LogEntry[] = [];
  readonly ui = new UiRecorder();
  /** Title of the menu createAddonMenu() makes. */
  addonName = "Add-on";
  realm: Realm = { Date, Error };
  offsetMs = 0;
  sleptMs = 0;
  spreadsheetId = "";
  /** Manifest scopes, granted scopes, current authorization mode. */
  auth = new Authorization(undefined);
  /** Latency charged by service calls so far (see latency.ts), in ms. */
  projectedMs = 0;
  /** Also move now() by each call's latency. Off by default so existing clocks stay put. */
  chargeLatencyToClock = false;
  /** Stop executions past their 30 s / 6 min budget. */
  enforceBudgets = false;
  /** The execution started by runTrigger / runAs, if any. */
  execution: Execution | null = null;
  readonly executions: ExecutionRecord[] = [];

  constructor(
    private readonly clock: () => Date,
    public user: string,
    public readonly timeZone: string,
    public idSeq = 0,
  ) {}

  /** Emulated time in ms: the host clock plus virtual time spent in sleep and lock waits. */
  now(): number {
    return this.clock().getTime() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += Math.max(0, ms);
  }

  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /** Errors as Apps Script raises them: String(e) reads "Exception: <message>". */
  error(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = "Exception";
    return e;
  }

  /**
   * Called at the top of every public method (see facade.ts): counts the
   * call, refuses it when a scope or the authorization mode forbids it,
   * charges its latency, enforces the execution budget, then fault injection.
   * Returns the error of a reply to lose once the call has taken effect.
   */
  enter(method: string, args: readonly unknown[] = []): Error | undefined {
    this.calls.record(method);
    if (this.execution?.exceeded) throw this.error(EXCEEDED_MESSAGE);
    const denied = this.auth.scopeError(method) ?? this.auth.modeError(method);
    if (denied !== undefined) throw this.error(denied);
    this.charge(latencyMs(method, args));
    if (!this.faults.armed) return undefined;
    const fault = this.faults.take(method);
    if (fault === undefined) return undefined;
    const error = this.error(fault.message || defaultFaultMessage(method, this.spreadsheetId));
    if (!fault.lostReply) throw error;
    return error;
  }

  /** Adds a call's latency to the projected clock; past the budget the execution stops. */
  charge(ms: number): void {
    this.projectedMs += ms;
    if (this.chargeLatencyToClock) this.offsetMs += ms;
    const ex = this.execution;
    if (ex && this.enforceBudgets && elapsedMs(this, ex) > ex.budgetMs) {
      ex.exceeded = true;
      throw this.error(EXCEEDED_MESSAGE);
    }
  }

  event(e: WithoutAt<EmulatorEvent>): void {
    this.events.push({ ...e, at: this.now() } as EmulatorEvent);
  }

  /** Utilities.getUuid's own sequence, so UUIDs never shift the ids of files and sheets. */
  uuidSeq = 0;

  /** A deterministic UUID: unique per world, the same on a replay. */
  newUuid(): string {
    this.uuidSeq++;
    const hex = createHash("sha256").update(`uuid:${this.uuidSeq}`).digest("hex");
    const variant = "89ab"[Number.parseInt(hex[16], 16) % 4];
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** Deterministic Drive-style id, so saved states and snapshots are stable. */
  newId(length: number): string {
    this.idSeq++;
    const hash = createHash("sha256").update(`emulator:${this.idSeq}`).digest("base64url");
    return `1${hash}${hash}`.slice(0, length);
  }
}
