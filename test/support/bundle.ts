import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createEmulator, type Emulator } from "../../emulator";

const require = createRequire(import.meta.url);
const gas = require("gas-local") as { require: (folder: string, globals: object, options?: object) => Record<string, unknown> };

export interface LoadedAddOn {
  emulator: Emulator;
  context: Record<string, unknown>;
  /** Calls a global function as google.script.run does: arguments and result pass through JSON. */
  run<T = unknown>(name: string, ...args: unknown[]): T;
}

/** Loads build/Code.js (run `npm run build` first; `npm test` does) into a fresh emulated Apps Script. */
export function loadAddOn(options: Parameters<typeof createEmulator>[0] = {}): LoadedAddOn {
  const emulator = createEmulator({ htmlFiles: { Sidebar: readFileSync("build/Sidebar.html", "utf8") }, ...options });
  const context = gas.require("build", emulator.globals, { filter: (file: string) => file.endsWith("Code.js") });
  emulator.bindRealm(context);
  const run = <T>(name: string, ...args: unknown[]): T => {
    const fn = context[name];
    if (typeof fn !== "function") throw new Error(`build/Code.js has no global function ${name}`);
    const result = fn(...args.map((arg) => (arg === undefined ? undefined : JSON.parse(JSON.stringify(arg)))));
    return result === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(result)) as T);
  };
  return { emulator, context, run };
}

/** The emulated SpreadsheetApp, typed as the real one so tests read like Apps Script code. */
export function spreadsheetApp(addOn: LoadedAddOn): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return addOn.emulator.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

/** What a user sees of a sheet: its values, by row. */
export function sheetValues(addOn: LoadedAddOn, name: string): unknown[][] {
  const sheet = spreadsheetApp(addOn).getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getDataRange().getValues();
}

export function spreadsheetOf(addOn: LoadedAddOn): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return spreadsheetApp(addOn).getActiveSpreadsheet();
}
