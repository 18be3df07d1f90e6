import { runInContext, isContext } from "node:vm";
import { CacheService, type CacheEntry } from "./cache";
import type { CallCounter } from "./calls";
import { DriveApp } from "./drive/drive-app";
import { makeAdvancedDrive } from "./drive/drive-advanced";
import { DriveModel, type DriveFileView } from "./drive/drive-model";
import { MimeType } from "./drive/mime-type";
import type { FaultInjector } from "./faults";
import { HtmlService } from "./html-service";
import { LockService, LockTable, lockKey } from "./lock";
import { Logger, makeConsole } from "./logger";
import { PropertiesService } from "./properties";
import { ScopedStores } from "./scoped-stores";
import { ScriptApp } from "./script-app";
import { Session } from "./session";
import { simulateEdit, type EditEvent } from "./spreadsheet/edit";
import { boundsFromA1 } from "./spreadsheet/range-base";
import { SpreadsheetApp } from "./spreadsheet/spreadsheet-app";
import { SpreadsheetModel } from "./spreadsheet/spreadsheet-model";
import { driveFromState, driveToState, spreadsheetFromState, spreadsheetToState, type EmulatorState } from "./state";
import { TriggerTable, type TriggerModel } from "./triggers";
import type { UiRecorder } from "./ui-recorder";
import { Utilities } from "./utilities";
import { World, type EmulatorEvent, type LockKind, type LogEntry, type Realm } from "./world";

export type { CallSnapshot } from "./calls";
export type { CallCounter } from "./calls";
export type { FaultInjector } from "./faults";
export type { UiRecorder, RecordedMenu, MenuEntry, RecordedAlert, RecordedDialog, RecordedToast } from "./ui-recorder";
export type { EmulatorState, SheetState, SpreadsheetState } from "./state";
export type { EditEvent } from "./spreadsheet/edit";
export type { DriveFileView } from "./drive/drive-model";
export type { TriggerModel } from "./triggers";
export type { EmulatorEvent, LockKind, LogEntry, Realm } from "./world";
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
  ScriptApp: ScriptApp;
  Logger: Logger;
  MimeType: typeof MimeType;
  console: ReturnType<typeof makeConsole>;
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
  setActiveRange(sheetName: string, a1: string): void;
  /** Pretends another execution holds a lock until the returned function is called. */
  holdLock(kind: LockKind, ownerLabel: string): () => void;
  drive: { list(): DriveFileView[]; folders(): DriveFileView[] };
  triggers(): TriggerModel[];
  clock: { now(): Date; advance(ms: number): void; sleptMs(): number };
  /** Makes returned Dates and thrown errors belong to a vm context (e.g. gas-local's), so `instanceof` works there. */
  bindRealm(contextOrRealm: object): void;
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
  let ss: SpreadsheetModel;
  let drive: DriveModel;
  let scriptId: string;
  if (st) {
    w.offsetMs = st.clockOffsetMs;
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
    ScriptApp: new ScriptApp(w, triggers, scriptId),
    Logger: new Logger(w),
    MimeType,
    console: makeConsole(w, options.echoConsole ?? false),
  };

  const isFolder = (mime: string) => mime === MimeType.FOLDER;
  return {
    globals,
    calls: w.calls,
    faults: w.faults,
    ui: w.ui,
    events: w.events,
    logs: w.logs,
    saveState: () =>
      structuredClone({
        version: 1 as const,
        user: w.user,
        timeZone: w.timeZone,
        scriptId,
        clockOffsetMs: w.offsetMs,
        sleptMs: w.sleptMs,
        idSeq: w.idSeq,
        spreadsheet: spreadsheetToState(ss),
        drive: driveToState(drive),
        properties: properties.toData(),
        cache: cache.toData(),
        triggers: { nextId: triggers.nextId, list: triggers.triggers },
      }),
    setUser: (email) => {
      w.user = email;
    },
    simulateEdit: (sheetName, a1, values) => simulateEdit(w, ss, sheetName, a1, values),
    setActiveRange: (sheetName, a1) => {
      const sheet = ss.sheetByName(sheetName);
      if (!sheet) throw new Error(`setActiveRange: no sheet named "${sheetName}"`);
      sheet.selection = boundsFromA1(w, sheet, a1);
      ss.activeSheetId = sheet.id;
    },
    holdLock: (kind, ownerLabel) => locks.holdForOther(lockKey(kind, w.user), ownerLabel),
    drive: {
      list: () => [...drive.items.values()].filter((i) => !isFolder(i.mimeType)).map((i) => drive.view(i)),
      folders: () => [...drive.items.values()].filter((i) => isFolder(i.mimeType)).map((i) => drive.view(i)),
    },
    triggers: () => structuredClone(triggers.triggers),
    clock: {
      now: () => new Date(w.now()),
      advance: (ms) => w.advance(ms),
      sleptMs: () => w.sleptMs,
    },
    bindRealm: (contextOrRealm) => {
      w.realm = isContext(contextOrRealm) ? (runInContext("({ Date, Error })", contextOrRealm) as Realm) : (contextOrRealm as Realm);
    },
  };
}
