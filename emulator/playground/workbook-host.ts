import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import vm from "node:vm";
import { createEmulator } from "../index";
import type { PlaygroundTable } from "./bigquery-tables";
import type { RowChange } from "../spreadsheet/row-change";

const require = createRequire(import.meta.url);
const gasLocal = require("gas-local") as {
  require: (folder: string, globals: object, options: { filter: (file: string) => boolean }) => Record<string, unknown>;
};

export type Outcome = { ok: true; result: unknown } | { ok: false; message: string };

/** A Drive file as the playground's Drive panel lists it. */
export interface DriveListing {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  updatedAt: string;
  url: string;
  content: string;
}

export interface HostOptions {
  buildDir: string;
  stateFile: string;
  reset: boolean;
  /** Enforce the oauthScopes of buildDir/appsscript.json, as Google does. */
  manifest?: boolean;
  /** What the emulated BigQuery serves; they live outside the saved workbook, loaded afresh at each start. */
  tables?: readonly PlaygroundTable[];
}

const messageOf = (error: unknown) =>
  error instanceof Error || (error && typeof error === "object" && "message" in error) ? String((error as Error).message) : String(error);

/**
 * One emulated spreadsheet with build/Code.js loaded into it, persisted to a
 * JSON file after every change. Script executions are synchronous, so Node's
 * event loop already runs them one at a time, never interleaved.
 */
export function createWorkbookHost({ buildDir, stateFile, reset, manifest, tables = [] }: HostOptions) {
  if (reset) rmSync(stateFile, { force: true });
  const saved = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, "utf8")) : undefined;
  const emulator = createEmulator({
    state: saved,
    spreadsheetName: "Personalization plan (playground)",
    addonName: "Personalization Profiles",
    htmlFiles: { Sidebar: readFileSync(resolve(buildDir, "Sidebar.html"), "utf8") },
    manifest: manifest ? JSON.parse(readFileSync(resolve(buildDir, "appsscript.json"), "utf8")) : undefined,
    // The person at the playground is the developer: simple triggers still see their email.
    userIsDeveloper: true,
  });
  for (const table of tables) emulator.bigquery.loadTable(table.name, table.rows, table.schema);
  const serviceNames = new Set(Object.keys(emulator.globals));
  const script = gasLocal.require(buildDir, emulator.globals, { filter: (file) => file.endsWith("Code.js") });
  emulator.bindRealm(script);
  // Arguments are rebuilt with the script realm's JSON, as Apps Script hands the script its own objects.
  const scriptJson = vm.runInContext("JSON", script) as JSON;
  /** The bundle's top-level functions: what google.script.run and the menu can reach. */
  const functions = Object.keys(script).filter((name) => !serviceNames.has(name) && typeof script[name] === "function");
  // The state is serialized once per change and reused for the file and every /api/state.
  let version = 0;
  let stateJson = "";
  let uiJson = "";

  // Each showSidebar records a new object; counting them tells the page to load a fresh sidebar.
  let sidebarOpens = 0;
  let lastSidebar = emulator.ui.sidebar;
  const uiView = () => {
    if (emulator.ui.sidebar && emulator.ui.sidebar !== lastSidebar) sidebarOpens++;
    lastSidebar = emulator.ui.sidebar;
    return {
      menus: emulator.ui.menus,
      sidebar: emulator.ui.sidebar ? { title: emulator.ui.sidebar.title, opens: sidebarOpens } : null,
      toasts: emulator.ui.toasts,
      alerts: emulator.ui.alerts,
    };
  };

  /** Bumps the version and saves the file only when something changed, so read-only calls cost no write. */
  const persist = () => {
    const nextState = JSON.stringify(emulator.saveState());
    const nextUi = JSON.stringify(uiView());
    if (nextState === stateJson && nextUi === uiJson) return;
    if (nextState !== stateJson) {
      mkdirSync(dirname(stateFile), { recursive: true });
      // Write then rename, so a crash mid-write never leaves half a workbook.
      writeFileSync(`${stateFile}.tmp`, nextState);
      renameSync(`${stateFile}.tmp`, stateFile);
    }
    stateJson = nextState;
    uiJson = nextUi;
    version++;
  };

  const attempt = (action: () => unknown): Outcome => {
    try {
      const result = action();
      return { ok: true, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    } finally {
      persist();
    }
  };

  /** A google.script.run call or a menu item: AuthMode.FULL, 6 minutes. */
  const run = (fn: string, args: unknown[] = [], as: "sidebar" | "menu" = "sidebar"): Outcome => {
    // Apps Script hides names ending in "_" from google.script.run and menus.
    if (fn.endsWith("_") || !functions.includes(fn)) return { ok: false, message: `Script function not found: ${fn}` };
    const copied = scriptJson.parse(JSON.stringify(args)) as unknown[];
    return attempt(() => emulator.runAs(as, () => (script[fn] as (...a: unknown[]) => unknown)(...copied)));
  };

  // The menu must exist as soon as the spreadsheet opens, as in Sheets: onOpen as a simple trigger (NONE until the add-on is used here).
  if (typeof script.onOpen === "function")
    attempt(() => emulator.runTrigger("onOpen", (e) => (script.onOpen as (e: unknown) => unknown)(e)));
  persist();

  return {
    functions,
    run,
    /** A person typing in the grid: the edit lands, then the simple onEdit trigger runs if the script has one. */
    edit(sheet: string, a1: string, values: unknown[][]): Outcome {
      return attempt(() => {
        const event = emulator.simulateEdit(sheet, a1, values);
        if (typeof script.onEdit === "function")
          emulator.runTrigger("onEdit", (e) => (script.onEdit as (e: unknown) => unknown)(e), { ...event });
        return null;
      });
    },
    /** A person deleting or inserting rows from the row headers: no trigger runs (the next Validate logs them). */
    changeRows(sheet: string, change: RowChange): Outcome {
      return attempt(() => {
        emulator.simulateRowChange(sheet, change);
        return null;
      });
    },
    select(sheet: string, a1: string): Outcome {
      return attempt(() => {
        emulator.setActiveRange(sheet, a1);
        return null;
      });
    },
    /** Files the script wrote to the emulated Drive (folders left out), with their text. */
    driveFiles: (): DriveListing[] =>
      emulator.drive
        .list()
        .filter((file) => !file.trashed)
        .map((file) => ({
          id: file.id,
          name: file.name,
          mimeType: file.mimeType,
          size: Buffer.byteLength(file.content, "utf8"),
          updatedAt: file.updatedAt,
          url: file.url,
          content: file.content,
        })),
    version: () => version,
    /** { version, state: emulator.saveState(), ui } as JSON text. */
    snapshotJson: () => `{"version":${version},"state":${stateJson},"ui":${uiJson}}`,
  };
}

export type WorkbookHost = ReturnType<typeof createWorkbookHost>;
