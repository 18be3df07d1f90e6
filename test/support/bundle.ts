import { readFileSync, statSync } from "node:fs";
import { Script, createContext } from "node:vm";
import { createEmulator, type Emulator } from "../../emulator";
import { contract } from "../../src/domain/api/contract";
import { isReply } from "../../src/domain/api/reply";

export interface LoadedAddOn {
  emulator: Emulator;
  context: Record<string, unknown>;
  /**
   * Calls a global function as google.script.run does: arguments and result pass through JSON. A sidebar method's
   * reply is unwrapped as the sidebar's client unwraps it: its value, or its failure thrown with the failure's code.
   */
  run<T = unknown>(name: string, ...args: unknown[]): T;
}

/** The add-on's own manifest: every test runs under the scopes a real installation grants. */
export const MANIFEST = JSON.parse(readFileSync("appsscript.json", "utf8"));

/** Loads build/Code.js (run `npm run build` first; `npm test` does) into a fresh emulated Apps Script. */
export function loadAddOn(options: Parameters<typeof createEmulator>[0] = {}): LoadedAddOn {
  const emulator = createEmulator({ htmlFiles: { Sidebar: readFileSync("build/Sidebar.html", "utf8") }, manifest: MANIFEST, ...options });
  // As gas-local does (one vm context holding the globals, Code.js run in it), with the compiled script kept between add-ons.
  const context = createContext(emulator.globals) as Record<string, unknown>;
  compiledBundle().runInContext(context);
  emulator.bindRealm(context);
  const run = <T>(name: string, ...args: unknown[]): T => {
    const fn = context[name];
    if (typeof fn !== "function") throw new Error(`build/Code.js has no global function ${name}`);
    const result = fn(...args.map((arg) => (arg === undefined ? undefined : JSON.parse(JSON.stringify(arg)))));
    if (result === undefined) return undefined as T;
    const reply = JSON.parse(JSON.stringify(result)) as unknown;
    if (!(name in contract) || !isReply(reply)) return reply as T;
    // As the sidebar's client does: a failure answered as a value becomes the error the caller sees.
    if (reply.failed) throw Object.assign(new Error(reply.message), { code: reply.code });
    return reply.value as T;
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

let compiled: { script: Script; mtimeMs: number } | null = null;

/** build/Code.js compiled once per build: the fault sweep loads the add-on hundreds of times. */
function compiledBundle(): Script {
  const path = "build/Code.js";
  const mtimeMs = statSync(path).mtimeMs;
  if (compiled?.mtimeMs !== mtimeMs) compiled = { script: new Script(readFileSync(path, "utf8"), { filename: path }), mtimeMs };
  return compiled.script;
}
