import { contract } from "../domain/api/contract";
import { setupWorkbook } from "../use-cases/setup";
import { activeSpreadsheet } from "../sheets/active";
import { activeUser } from "../platform/session";
import { readStatus } from "../use-cases/status";
import { readStatusStamp } from "../store/status-stamp";
import { allProperties } from "../store/chunked-properties";
import { activateSheet } from "../sheets/activate-sheet";
import { selectCell } from "../sheets/select-cell";
import { validateActiveWorkbook } from "../use-cases/validate-workbook";
import { exportPlan } from "../use-cases/plan-export";
import { importPlan } from "../use-cases/plan-import";
import { attributeWhereUsed, getProfileSql, previewAudiences } from "../use-cases/insight";
import { setReminders } from "../use-cases/reminders";
import { checkSetup } from "../use-cases/check-setup";
import { estimateOnWarehouse } from "../use-cases/warehouse-estimate";
import { approve, getApprovals } from "../use-cases/approve";
import { removeEmptySheet } from "../use-cases/remove-empty-sheet";
import { expose, type Handlers } from "./expose";

const handlers: Handlers = {
  getStatus: () => readStatus(activeSpreadsheet()),
  refreshStatus: (input) => {
    // The properties are read first, once, for the stamp and the status: a sheet edited while the sheets are read
    // only makes the next check refresh again.
    const all = allProperties();
    const stamp = readStatusStamp(all);
    return { stamp, status: stamp === input?.stamp ? null : readStatus(activeSpreadsheet(), undefined, all) };
  },
  setupSheets: (input) => setupWorkbook(input),
  openSheet: ({ sheet }) => {
    if (!activateSheet(sheet)) throw new Error(`Sheet "${sheet}" does not exist yet. Run Set up sheets first.`);
    return { sheet };
  },
  validatePlan: () => validateActiveWorkbook(new Date()),
  selectCell: ({ sheet, row, column }) => ({ a1: selectCell(sheet, row, column) }),
  exportPlan: (options) => exportPlan(options?.finalize ?? false, new Date(), activeUser()),
  importPlan: (source) => importPlan(source, new Date(), activeUser()),
  previewAudiences: () => previewAudiences(new Date()),
  getProfileSql: ({ profileId }) => getProfileSql(profileId, new Date()),
  whereUsed: (input) => attributeWhereUsed(input?.attributeId, new Date()),
  setReminders: ({ enabled }) => setReminders(enabled),
  checkSetup: () => checkSetup(new Date()),
  estimateOnWarehouse: (input) => estimateOnWarehouse(input?.confirmBytes, new Date()),
  getApprovals: () => getApprovals(new Date()),
  approve: (input) => approve(input, new Date()),
  removeEmptySheet: ({ sheet }) => removeEmptySheet(sheet),
};

/** The sidebar API; the build turns each method into a global function. */
export const api = expose(contract, handlers);
