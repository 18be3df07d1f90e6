import { runInContext, isContext } from "node:vm";
import { Authorization, type Manifest } from "./auth";
import { CacheService, type CacheEntry } from "./cache";
import type { CallCounter } from "./calls";
import { makeAdvancedBigQuery } from "./bigquery/bigquery-advanced";
import { BigQueryModel, type FieldSchema } from "./bigquery/bigquery-model";
import { DriveApp } from "./drive/drive-app";
import { makeAdvancedDrive } from "./drive/drive-advanced";
import { DriveModel } from "./drive/drive-model";
import { MimeType } from "./drive/mime-type";
import type { FaultInjector } from "./faults";
import { HtmlService } from "./html-service";
import { hostAuth, type HostAuth } from "./host-auth";
import { hostDrive, type HostDrive } from "./host-drive";
import { LockService, LockTable, lockKey } from "./lock";
import { Logger, makeConsole } from "./logger";
import { hostMail, MailApp, MailModel, type HostMail } from "./mail";
import { PropertiesService } from "./properties";
import { ScopedStores } from "./scoped-stores";
import { ScriptApp } from "./script-app";
import { Session } from "./session";
import { simulateEdit, type EditEvent } from "./spreadsheet/edit";
import { simulateRowChange, type RowChange } from "./spreadsheet/row-change";
import { boundsFromA1 } from "./spreadsheet/range-base";
import { SpreadsheetApp } from "./spreadsheet/spreadsheet-app";
import { SpreadsheetModel } from "./spreadsheet/spreadsheet-model";
import { driveFromState, driveToState, spreadsheetFromState, spreadsheetToState, type EmulatorState } from "./state";
import { TriggerTable, type TriggerModel } from "./triggers";
import type { UiRecorder } from "./ui-recorder";
import { Utilities } from "./utilities";
import { virtualDate } from "./virtual-date";
import { World, type EmulatorEvent, type LockKind, type LogEntry, type Realm } from "./world";

export type { CallSnapshot } from "./calls";
export type { FieldSchema } from "./bigquery/bigquery-model";
export type { QueryRequest, QueryResponse } from "./bigquery/bigquery-advanced";
export type { CallCounter } from "./calls";
export type { FaultInjector } from "./faults";
export type { UiRecorder, RecordedMenu, MenuEntry, RecordedAlert, RecordedDialog, RecordedToast } from "./ui-recorder";
export type { EmulatorState, SheetState, SpreadsheetState } from "./state";
export type { EditEvent } from "./spreadsheet/edit";
export type { DriveFileView } from "./drive/drive-model";
export type { TriggerModel } from "./triggers";
export type { SentMail, BounceNotice, HostMail, MailState } from "./mail";
export { MAIL_MESSAGES, CONSUMER_DAILY_RECIPIENTS } from "./mail";
export type { EmulatorEvent, LockKind, LogEntry, Realm } from "./world";
export type { Manifest, AuthModeName } from "./auth";
export type { HostAuth } from "./host-auth";
export type { HostDrive, UserFileSpec } from "./host-drive";
export type { ExecutionRecord, SimpleTrigger, FullExecution } from "./execution";
export { requiredScopes, formatScopes, scopeUrl, hasScopeEntry } from "./scopes/method-scopes";
export { SCOPE_OVERRIDES } from "./scopes/overrides";
export { LATENCY, latencyMs } from "./latency";
export { EXCEEDED_MESSAGE, SIMPLE_TRIGGER_BUDGET_MS, EXECUTION_BUDGET_MS } from "./execution";
export type { Range } from "./spreadsheet/range";
export type { Sheet } from "./spreadsheet/sheet";
export type { Spreadsheet } from "./spreadsheet/spreadsheet";
export type { CellValue } from "./spreadsheet/cell-values";

export interface EmulatorOptions {
  /** Active user email; also the spreadsheet owner of a new world. Default "owner@example.com". */
  user?: string;
  /** Clock; default real time. Sleep and lock waits add virtual time on top. */
  now?: () => Date;
  /** Restores a world saved with saveState(). */
  state?: EmulatorState;
  /** Files HtmlService.createHtmlOutputFromFile can load, by name without ".html". */
  htmlFiles?: Record<string, string>;
  spreadsheetName?: string;
  /** Script and spreadsheet time zone; default the host's. */
  timeZone?: string;
  /** Title createAddonMenu() gives the add-on menu. Default "Add-on". */
  addonName?: string;
  /** Also print console.* calls to the host console. Default false. */
  echoConsole?: boolean;
  /**
   * The parsed appsscript.json. With oauthScopes, every call needs one of its
   * method's scopes (granted: all of them, until revokeScopes). Without it
   * scopes are inferred, as Apps Script does, and nothing is enforced.
   */
  manifest?: Manifest;
  /** Stop runTrigger / runAs executions past 30 s (simple triggers) or 6 min. Default true. */
  enforceBudgets?: boolean;
  /** Also move clock.now() by each call's latency. Default false: only clock.projectedMs() moves. */
  chargeLatencyToClock?: boolean;
  /** Put a Date in globals whose `new Date()` / `Date.now()` read the emulator clock. Default false. */
  scriptDate?: boolean;
  /** The add-on was already used in this document (onOpen runs in LIMITED, not NONE). Default false. */
  addonEnabled?: boolean;
  /**
   * The user is the developer or in the developer's Workspace domain, so
   * simple triggers still see their email. Default false: Session users read
   * as "" outside AuthMode.FULL, the stricter case.
   */
  userIsDeveloper?: boolean;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetApp;
  HtmlService: HtmlService;
  PropertiesService: PropertiesService;
  CacheService: CacheService;
  LockService: LockService;
  Session: Session;
  Utilities: Utilities;
  DriveApp: DriveApp;
  Drive: ReturnType<typeof makeAdvancedDrive>;
  BigQuery: ReturnType<typeof makeAdvancedBigQuery>;
  ScriptApp: ScriptApp;
  MailApp: MailApp;
  Logger: Logger;
  MimeType: typeof MimeType;
  console: ReturnType<typeof makeConsole>;
  /** Only with the scriptDate option. */
  Date?: DateConstructor;
}

export interface Emulator {
  globals: AppsScriptGlobals;
  calls: CallCounter;
  faults: FaultInjector;
  ui: UiRecorder;
  /** Ordered flush / lock / release / lock-timeout / sleep events. */
  events: EmulatorEvent[];
  /** Logger.log and console output. */
  logs: LogEntry[];
  saveState(): EmulatorState;
  setUser(email: string): void;
  simulateEdit(sheetName: string, a1: string, values: unknown[][]): EditEvent;
  /** A person deleting or inserting rows from the grid (no trigger runs, as in Sheets without a change trigger). */
  simulateRowChange(sheetName: string, change: RowChange): void;
  setActiveRange(sheetName: string, a1: string): void;
  /** Pretends another execution holds a lock until the returned function is called. */
  holdLock(kind: LockKind, ownerLabel: string): () => void;
  drive: HostDrive;
  /** The BigQuery project the advanced BigQuery service reaches, on DuckDB. */
  bigquery: HostBigQuery;
  /** Mail MailApp sent, bounces, undeliverable addresses and the daily quota. */
  mail: HostMail;
  triggers(): TriggerModel[];
  clock: {
    now(): Date;
    advance(ms: number): void;
    sleptMs(): number;
    /** Latency charged by all service calls so far (ms), as Apps Script would have spent it. */
    projectedMs(): number;
    /** A Date constructor following this clock, for script code (see the scriptDate option). */
    scriptDate: DateConstructor;
  };
  /** Scopes, consent and authorization modes. */
  auth: HostAuth;
  runTrigger: HostAuth["runTrigger"];
  runAs: HostAuth["runAs"];
  grantScopes: HostAuth["grantScopes"];
  revokeScopes: HostAuth["revokeScopes"];
  /** Executions started with runTrigger / runAs, with their projected duration: what `npm run bench` prints. */
  executions: HostAuth["executions"];
  /** Makes returned Dates and thrown errors belong to a vm context (e.g. gas-local's), so `instanceof` works there. */
  bindRealm(contextOrRealm: object): void;
}

export interface HostBigQuery {
  /** Creates (or replaces) project.dataset.table with these rows; values by field name, arrays for REPEATED fields. */
  loadTable(fullName: string, rows: readonly Record<string, unknown>[], schema: readonly FieldSchema[]): void;
  dropTable(fullName: string): void;
  /** The user lacks bigquery.jobs.create in this project. */
  denyProject(projectId: string): void;
  /** Queries (not dry runs) fail with the free-bytes quota error. */
  exceedQuota(on?: boolean): void;
  /** Each later query job needs this much virtual time to complete; waits for it count against the execution budget. */
  setJobDuration(ms: number): void;
  /** Query jobs run so far (dry runs make none). */
  jobs(): { jobId: string; projectId: string; query: string; totalBytesProcessed: number }[];
}

function hostTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "Etc/UTC";
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const st = options.state;
  const clock = options.now ?? (() => new Date());
  const w = new World(
    clock,
    st?.user ?? options.user ?? "owner@example.com",
    st?.timeZone ?? options.timeZone ?? hostTimeZone(),
    st?.idSeq ?? 0,
  );
  w.addonName = options.addonName ?? w.addonName;
  w.auth = new Authorization(options.manifest, st?.auth?.granted ?? undefined);
  w.auth.addonEnabled = st?.auth?.addonEnabled ?? options.addonEnabled ?? false;
  w.auth.identityRestricted = !(options.userIsDeveloper ?? false);
  w.enforceBudgets = options.enforceBudgets ?? true;
  w.chargeLatencyToClock = options.chargeLatencyToClock ?? false;
  w.projectedMs = st?.projectedMs ?? 0;
  const scriptDate = virtualDate(Date, () => w.now());
  let ss: SpreadsheetModel;
  let drive: DriveModel;
  let scriptId: string;
  if (st) {
    w.offsetMs = st.clockOffsetMs;
    w.uuidSeq = st.uuidSeq ?? 0;
    w.sleptMs = st.sleptMs;
    ss = spreadsheetFromState(st.spreadsheet);
    drive = driveFromState(w, st.drive);
    scriptId = st.scriptId;
  } else {
    ss = new SpreadsheetModel(w.newId(44), options.spreadsheetName ?? "Untitled spreadsheet", w.user, w.timeZone);
    ss.addSheet("Sheet1");
    drive = new DriveModel(w).init(w.user);
    scriptId = w.newId(57);
  }
  w.spreadsheetId = ss.id;
  const properties = ScopedStores.from<string>(st?.properties);
  const cache = ScopedStores.from<CacheEntry>(st?.cache);
  const triggers = new TriggerTable();
  if (st) {
    triggers.triggers = structuredClone(st.triggers.list);
    triggers.nextId = st.triggers.nextId;
  }
  const locks = new LockTable();
  const mail = MailModel.from(st?.mail);
  const bigquery = new BigQueryModel();

  const globals: AppsScriptGlobals = {
    SpreadsheetApp: new SpreadsheetApp(w, ss),
    HtmlService: new HtmlService(w, options.htmlFiles ?? {}),
    PropertiesService: new PropertiesService(w, properties),
    CacheService: new CacheService(w, cache),
    LockService: new LockService(w, locks),
    Session: new Session(w),
    Utilities: new Utilities(w),
    DriveApp: new DriveApp(w, drive),
    Drive: makeAdvancedDrive(w, drive),
    BigQuery: makeAdvancedBigQuery(w, bigquery),
    ScriptApp: new ScriptApp(w, triggers, scriptId),
    MailApp: new MailApp(w, mail),
    Logger: new Logger(w),
    MimeType,
    console: makeConsole(w, options.echoConsole ?? false),
    ...(options.scriptDate ? { Date: scriptDate } : {}),
  };
  const auth = hostAuth(w);

  return {
    globals,
    calls: w.calls,
    faults: w.faults,
    ui: w.ui,
    events: w.events,
    logs: w.logs,
    // The spreadsheet's state is built fresh from the model; only the rest shares objects with the live world.
    saveState: () => ({
      ...structuredClone({
        version: 1 as const,
        user: w.user,
        timeZone: w.timeZone,
        scriptId,
        clockOffsetMs: w.offsetMs,
        sleptMs: w.sleptMs,
        idSeq: w.idSeq,
        uuidSeq: w.uuidSeq,
        drive: driveToState(drive),
        properties: properties.toData(),
        cache: cache.toData(),
        triggers: { nextId: triggers.nextId, list: triggers.triggers },
        auth: { granted: w.auth.explicit ? [...w.auth.granted] : null, addonEnabled: w.auth.addonEnabled },
        projectedMs: w.projectedMs,
        mail: mail.toState(),
      }),
      spreadsheet: spreadsheetToState(ss),
    }),
    setUser: (email) => {
      w.user = email;
    },
    simulateEdit: (sheetName, a1, values) => simulateEdit(w, ss, sheetName, a1, values),
    simulateRowChange: (sheetName, change) => simulateRowChange(w, ss, sheetName, change),
    setActiveRange: (sheetName, a1) => {
      const sheet = ss.sheetByName(sheetName);
      if (!sheet) throw new Error(`setActiveRange: no sheet named "${sheetName}"`);
      sheet.selection = boundsFromA1(w, sheet, a1);
      ss.activeSheetId = sheet.id;
    },
    holdLock: (kind, ownerLabel) => locks.holdForOther(lockKey(kind, w.user), ownerLabel),
    drive: hostDrive(w, drive),
    bigquery: {
      loadTable: (fullName, rows, schema) => bigquery.loadTable(fullName, rows, schema),
      dropTable: (fullName) => bigquery.dropTable(fullName),
      denyProject: (projectId) => {
        bigquery.deniedProjects.add(projectId);
      },
      exceedQuota: (on = true) => {
        bigquery.quotaExceeded = on;
      },
      setJobDuration: (ms) => {
        bigquery.jobDurationMs = ms;
      },
      jobs: () =>
        [...bigquery.jobs.values()].map((j) => ({
          jobId: j.jobId,
          projectId: j.projectId,
          query: j.query,
          totalBytesProcessed: j.totalBytesProcessed,
        })),
    },
    mail: hostMail(mail),
    triggers: () => structuredClone(triggers.triggers),
    clock: {
      now: () => new Date(w.now()),
      advance: (ms) => w.advance(ms),
      sleptMs: () => w.sleptMs,
      projectedMs: () => w.projectedMs,
      scriptDate,
    },
    auth,
    runTrigger: auth.runTrigger,
    runAs: auth.runAs,
    grantScopes: auth.grantScopes,
    revokeScopes: auth.revokeScopes,
    executions: auth.executions,
    bindRealm: (contextOrRealm) => {
      w.realm = isContext(contextOrRealm) ? (runInContext("({ Date, Error })", contextOrRealm) as Realm) : (contextOrRealm as Realm);
    },
  };
}
