/**
 * What each service call costs on Google's side, charged to the emulator's
 * projected clock. Figures and where they come from:
 *
 * - Sheets writes 7 ms + 0.1 ms per cell: DESIGN section 7 / Google's
 *   best-practices page ("100×100 per-cell writes ~70 s vs one setBackgrounds
 *   ~1 s"): 70 s / 10,000 calls ≈ 7 ms a call, 1 s / 10,000 cells ≈ 0.1 ms a cell.
 * - Sheets reads 30 ms: DESIGN section 7 ("tens of milliseconds each").
 * - SpreadsheetApp.flush 30 ms: 400 one-row writes each followed by flush
 *   took about 12 s, 30 ms a row (Stack Overflow, "What is faster: ScriptDb
 *   or SpreadsheetApp?", Mogsdad). The same answer's 610 ms for one
 *   4,000-cell write and a flush is the cells' own work, which is charged at
 *   the write (0.1 ms a cell above), not a second time at the flush.
 * - Properties get 30 ms / set 62 ms, Cache get 3 ms / put 93 ms: averages of
 *   100 runs, ziritione.org/post/apps_script_performance.
 * - Drive 300 ms, triggers 300 ms, locks 50 ms, dialogs 300 ms: estimates
 *   ("Drive calls hundreds" of ms); no public measurement was found.
 * - Handles (getRange, getActiveSheet, builders, …) 1 ms and local work
 *   (Utilities, HtmlService, Blob, Logger, Menu) 0 ms: estimates; these do
 *   not reach a backend.
 */
export const LATENCY = {
  sheetsRead: 30,
  sheetsWrite: 7,
  sheetsPerCell: 0.1,
  flush: 30,
  handle: 1,
  propertiesRead: 30,
  propertiesWrite: 62,
  cacheRead: 3,
  cacheWrite: 93,
  drive: 300,
  /** A BigQuery API round trip besides the job's own run time (estimate). */
  bigquery: 800,
  driveGetter: 10,
  trigger: 300,
  lock: 50,
  dialog: 300,
  session: 5,
} as const;

const SHEETS = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection)\./;
const LOCAL =
  /^(Utilities|HtmlService|HtmlOutput|Blob|Logger|Menu|User|DataValidation|DataValidationBuilder|PromptResponse|AuthorizationInfo)\./;
const SERVICE_GETTER = /^(PropertiesService|CacheService|LockService)\./;
const HANDLE =
  /^(SpreadsheetApp\.(getActive\w*|getUi|newDataValidation|openById)|Spreadsheet\.(getSheetByName|getSheets|getActiveSheet|getRange|getId|getName|getUrl)|Sheet\.(getRange|getDataRange|getName|getSheetId|getParent)|Range\.(offset|getCell|getSheet|getRow|getColumn|getNumRows|getNumColumns|getA1Notation|getLastRow|getLastColumn|getColumnIndex))$/;
const READ = /\.(get\w*|is\w*|has\w*|find\w*|can\w*)$/;

/** Cells in a 2-D array argument (setValues, setBackgrounds, …), else 1. */
function cells(args: readonly unknown[]): number {
  const grid = args[0];
  if (!Array.isArray(grid) || !grid.every(Array.isArray)) return 1;
  return grid.reduce((n: number, row: unknown[]) => n + row.length, 0);
}

export function latencyMs(method: string, args: readonly unknown[]): number {
  if (LOCAL.test(method) || SERVICE_GETTER.test(method)) return 0;
  if (method === "SpreadsheetApp.flush") return LATENCY.flush;
  if (HANDLE.test(method)) return LATENCY.handle;
  if (SHEETS.test(method)) {
    return READ.test(method) ? LATENCY.sheetsRead : LATENCY.sheetsWrite + LATENCY.sheetsPerCell * cells(args);
  }
  if (method.startsWith("Properties.")) return READ.test(method) ? LATENCY.propertiesRead : LATENCY.propertiesWrite;
  if (method.startsWith("Cache.")) return READ.test(method) ? LATENCY.cacheRead : LATENCY.cacheWrite;
  if (/^(FileIterator|FolderIterator)\./.test(method)) return LATENCY.driveGetter;
  if (/^(File|Folder)\./.test(method) && READ.test(method)) return LATENCY.driveGetter;
  if (/^(DriveApp|File|Folder|Drive\.Files)\./.test(method)) return LATENCY.drive;
  if (/TriggerBuilder\./.test(method)) return method.endsWith(".create") ? LATENCY.trigger : 0;
  if (method.startsWith("Trigger.")) return LATENCY.handle;
  if (/^(ScriptApp|Trigger)\./.test(method))
    return /^ScriptApp\.(newTrigger|getScriptId|getOAuthToken|getAuthorizationInfo|requireScopes)$/.test(method) ? 0 : LATENCY.trigger;
  if (method.startsWith("Lock.")) return LATENCY.lock;
  if (method.startsWith("BigQuery.")) return LATENCY.bigquery;
  if (method.startsWith("Ui.")) return /^Ui\.(show\w+|alert|prompt)$/.test(method) ? LATENCY.dialog : 0;
  if (method.startsWith("Session.")) return LATENCY.session;
  return 0;
}
