import { type OperationName, operationFailure } from "../domain/errors";
import { readPlanFields } from "../domain/workbook";
import { activeSpreadsheet } from "../sheets/active";
import { activeUser } from "../platform/session";
import { retried } from "../platform/service-retry";
import { readPlanValues } from "../sheets/plan-sheet";
import { setupWorkbook } from "../use-cases/setup";
import { alertUser, installMenu, notify, openSidebar } from "../platform/ui";
import { validateActiveWorkbook } from "../use-cases/validate-workbook";
import { checkSetupAlert } from "../domain/setup-check/alert-text";
import { checkSetup } from "../use-cases/check-setup";
import { exportPlan } from "../use-cases/plan-export";

const MENU = [
  { caption: "Open sidebar", functionName: "showSidebar" },
  { caption: "Set up sheets", functionName: "menuSetupSheets" },
  { caption: "Validate", functionName: "menuValidate" },
  { caption: "Export plan", functionName: "menuExport" },
  { caption: "Check set-up", functionName: "menuCheckSetup" },
];

/** Runs in every auth mode, including before the add-on is enabled: build the menu only. */
export function onOpen(): void {
  installMenu(MENU);
}

export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  openSidebar();
}

/**
 * A menu action that fails (a lock held too long, Drive down, bad data) says
 * why in a dialog a person can act on, not as a script error.
 */
function explained(operation: OperationName, action: () => void): void {
  try {
    action();
  } catch (error) {
    const failure = operationFailure(operation, error);
    try {
      alertUser(failure.message);
    } catch {
      // The alert failed too (the service is down): Sheets shows a thrown error's text, so the person still reads ours.
      throw failure;
    }
  }
}

/**
 * The menu has no form: it reruns setup with the Plan's own values, or opens
 * the sidebar's New plan form when there is no plan yet.
 */
export function menuSetupSheets(): void {
  explained("Set up sheets", setUpFromPlanSheet);
}

function setUpFromPlanSheet(): void {
  const plan = readPlanFields(retried(() => readPlanValues(retried(activeSpreadsheet))));
  if (!plan.initiative || !plan.channels?.length) {
    openSidebar();
    notify("Fill in the New plan form in the sidebar to set up the sheets.");
    return;
  }
  const result = setupWorkbook({ initiative: plan.initiative, channels: plan.channels });
  if (result.skipped.length > 0) alertUser(result.skipped.map((skip) => skip.reason).join("\n\n"));
  else notify(`Sheets are ready (${result.created.length} created, ${result.upgraded.length} checked).`);
}

/** Validate from the menu: marks the cells and says in one line how it went. */
export function menuValidate(): void {
  explained("Validate", () => {
    const report = validateActiveWorkbook(new Date());
    const more = report.summary.errors + report.summary.warnings > 0 ? " Open the sidebar to go through them." : "";
    notify(`${report.summary.text}${more}`);
  });
}

/** Export a draft from the menu; the toast carries the file's link. */
export function menuExport(): void {
  explained("Export", () => {
    const result = exportPlan(false, new Date(), activeUser());
    notify(`Exported ${result.name} (v${result.version} draft): ${result.url}`);
  });
}

/** Check set-up from the menu: every step, passed or failed with its fix, in one dialog. */
export function menuCheckSetup(): void {
  explained("Check set-up", () => alertUser(checkSetupAlert(checkSetup(new Date()))));
}
