import { readFileSync, statSync } from "node:fs";
import { Script, createContext, runInContext } from "node:vm";
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
  // As gas-local does, one vm context holds the globals and Code.js runs in it; here as a function of those globals.
  const context = createContext(emulator.globals) as Record<string, unknown>;
  // The names this context defines, then their values, each read once; the bundle's global functions go back on it.
  const defined = runInContext(`[${GLOBAL_NAMES.map((name) => `typeof ${name} !== "undefined"`).join(",")}]`, context) as boolean[];
  const names = GLOBAL_NAMES.filter((_, index) => defined[index]);
  const values = runInContext(`[${names.join(",")}]`, context) as unknown[];
  const bundle = compiledBundle(names).runInContext(context) as (...values: unknown[]) => Record<string, unknown>;
  Object.assign(context, bundle(...values));
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

/**
 * The globals the bundle reads, passed to it as parameters. In a vm context every global name a script looks up
 * goes through the context's interceptor; Apps Script's V8 resolves globals as any engine does, so without this the
 * add-on would run several times slower here than there (a Map, a JSON or an Array.isArray per value, 10,000 rows).
 */
const GLOBAL_NAMES = [
  ...["Object", "Array", "Map", "Set", "WeakMap", "WeakSet", "JSON", "Math", "Number", "String", "Boolean", "Symbol"],
  ...["Date", "RegExp", "Error", "TypeError", "RangeError", "SyntaxError", "Promise", "Reflect", "Intl", "BigInt"],
  ...["Uint8Array", "Uint32Array", "Int32Array", "Float64Array", "ArrayBuffer", "DataView", "parseInt", "parseFloat"],
  ...["isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "console"],
  ...["SpreadsheetApp", "HtmlService", "PropertiesService", "CacheService", "LockService", "Session", "Utilities"],
  ...["DriveApp", "Drive", "BigQuery", "ScriptApp", "MailApp", "Logger", "MimeType"],
];

const compiled = new Map<string, Script>();
let compiledFrom = -1;

/**
 * build/Code.js compiled once per build and set of defined globals (the fault sweep loads the add-on hundreds of
 * times): as the body of a function taking those globals, returning the bundle's global functions.
 */
function compiledBundle(names: readonly string[]): Script {
  const path = "build/Code.js";
  const mtimeMs = statSync(path).mtimeMs;
  if (compiledFrom !== mtimeMs) {
    compiled.clear();
    compiledFrom = mtimeMs;
  }
  const key = names.join(",");
  let script = compiled.get(key);
  if (!script) {
    const source = readFileSync(path, "utf8");
    const functions = [...source.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
    script = new Script(`(function (${key}) {\n${source}\nreturn { ${functions.join(", ")} };\n})`, { filename: path, lineOffset: -1 });
    compiled.set(key, script);
  }
  return script;
}
