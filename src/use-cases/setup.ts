import type { SetupInput, SetupResult } from "../domain/api/contract";
import { setupEntries } from "../domain/change-log/setup-entries";
import { PlanInputsRow } from "../domain/schema/plan-inputs";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { PLAN_SHEET, SHEETS, sheetForStage, STAGES } from "../domain/schema/workbook";
import { planValuesFromInput, readPlanFields, templateFor } from "../domain/workbook";
import { planPlanSheet } from "../domain/workbook/plan-sheet-setup";
import { type SheetPlan, valuesAfter } from "../domain/workbook/sheet-edits";
import { type FieldWrite, planTableSetup, type SheetOutcome } from "../domain/workbook/table-setup";
import { DEFAULT_SHEET, emptySheetOffer } from "../domain/workbook/default-sheet";
import { describeColumns } from "../domain/schema/columns";
import { activeSpreadsheet } from "../sheets/active";
import { activeUser } from "../platform/session";
import { lastRowOf } from "../sheets/default-sheet";
import { applySheet, prepareSheet } from "../sheets/apply-sheet-plan";
import { appendChangeLog } from "./steps/append-change-log";
import { commitOrRollBack } from "./steps/commit";
import { RuleBook } from "../sheets/dropdowns";
import { dropdownFingerprint } from "../domain/workbook/dropdown-gaps";
import { readDropdownTemplate, writeDropdownTemplate } from "../store/dropdown-template";
import { forgetSnapshot } from "../store/edit-snapshot";
import { withDocumentLock } from "../platform/lock";
import { knownLogSheet, type LogSheet } from "../sheets/log-sheet";
import { datesAsText, listSheets, probeSheet, type SheetProbe } from "../sheets/probe-sheets";
import { statusAfter } from "./status";
import { planValuesIn } from "../sheets/plan-sheet";
import { Transaction } from "../platform/transaction";
import { randomHex } from "../platform/utilities";

const retryLimitColumn = describeColumns(PlanInputsRow).find((column) => column.key === "retryLimit")!;

/**
 * Creates or upgrades every template sheet under the document lock;
 * idempotent, and all or nothing: every sheet is read first, every write is
 * decided from what was read, and a failure puts back every sheet as it
 * was (created ones are deleted again). What it changed goes to the Change
 * log (source setup).
 */
export function setupWorkbook(input: SetupInput): SetupResult {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const tx = new Transaction(1 + DEFAULT_RETRY_LIMIT);
    const now = new Date().toISOString();
    const user = activeUser();
    return commitOrRollBack(
      tx,
      spreadsheet,
      "Set up sheets",
      () => setUp(tx, spreadsheet, input, now, user),
      (message) => ({
        timestamp: now,
        user,
        sheet: "Plan",
        rowKey: null,
        column: null,
        oldValue: null,
        newValue: `setup failed: ${message}`,
        source: "setup",
      }),
    );
  });
}

function setUp(tx: Transaction, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, input: SetupInput, now: string, user: string) {
  const listed = listSheets(tx, spreadsheet);
  const planSeed = tx.read(randomHex);
  let retryLimit = DEFAULT_RETRY_LIMIT;
  const planned: { probe: SheetProbe; plan: SheetPlan | null; outcome: SheetOutcome; fields: FieldWrite[] }[] = SHEETS.map((spec) => {
    const template = templateFor(spec);
    const keyValue = spec.layout === "keyValue";
    const probe = probeSheet(tx, listed.get(spec.name.toLowerCase())?.sheet ?? null, template, { data: keyValue, setup: true });
    if (!keyValue) return { probe, ...planTableSetup(template, probe.view, null), fields: [] };
    const view = { ...probe.view, values: probe.data!.values, notes: probe.data!.notes, weights: probe.data!.weights ?? [] };
    const valuesFor = (current: Record<string, unknown>) => {
      const parsed = retryLimitColumn.parse(current.retryLimit ?? "");
      if (parsed.ok && typeof parsed.value === "number") retryLimit = parsed.value;
      return planValuesFromInput(input, current, planSeed);
    };
    return { probe, ...planPlanSheet(template, view, valuesFor, { index: 0, formats: true }) };
  });

  tx.tries = 1 + retryLimit;
  const planCreated = planned.some((entry) => entry.probe.name === PLAN_SHEET.name && entry.outcome.kind === "created");
  // Only a plan started here makes the default sheet leftover: one read, and only then.
  const defaultSheet = planCreated ? [...listed.values()].find((entry) => entry.name === DEFAULT_SHEET) : undefined;
  const emptySheet = emptySheetOffer(planCreated, defaultSheet ? lastRowOf(tx, defaultSheet.sheet) : null);
  // Everything a rollback needs is read before the first write.
  const prepared = planned.flatMap(({ probe, plan }) => (plan ? [prepareSheet(tx, probe, plan)] : []));
  const created: SetupResult["created"] = [];
  const upgraded: SetupResult["upgraded"] = [];
  const skipped: SetupResult["skipped"] = [];
  for (const { probe, outcome } of planned) {
    if (outcome.kind === "created") created.push(probe.name);
    else if (outcome.kind === "upgraded") upgraded.push({ sheet: probe.name, addedColumns: outcome.addedColumns });
    else skipped.push({ sheet: probe.name, reason: outcome.reason });
  }
  const planFields = planned.flatMap((entry) => entry.fields);

  // Rules the last Set up wrote from these same templates are left alone: only cells without one get theirs.
  const fingerprint = dropdownFingerprint(planned.map((entry) => entry.plan));
  const storedFingerprint = tx.read(readDropdownTemplate);
  const dropdowns = storedFingerprint === fingerprint ? "missing" : "all";
  const rules = new RuleBook();
  // A Change log made here holds its header only: the closing append needs no look-up.
  let log: LogSheet | null | undefined;
  let firstStage: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  for (const sheet of prepared) {
    const written = applySheet(tx, spreadsheet, sheet, rules, dropdowns);
    if (sheet.probe.name === sheetForStage(STAGES[0]).name) firstStage = written;
    if (sheet.probe.name === "Change log" && sheet.plan.create) log = knownLogSheet(written, valuesAfter([], sheet.plan.edits));
  }
  if (dropdowns === "all")
    tx.write(
      () => writeDropdownTemplate(storedFingerprint),
      () => writeDropdownTemplate(fingerprint),
    );
  const plan = planned.find((entry) => entry.probe.name === PLAN_SHEET.name)!;
  const planValues = valuesAfter(plan.probe.data?.values ?? [], plan.plan?.edits ?? []);
  const known = {
    sheets: [...[...listed.values()].map((entry) => entry.name), ...created],
    handles: new Map(planned.flatMap(({ probe }) => (probe.sheet ? [[probe.name, probe.sheet] as const] : []))),
    values: {
      // A sheet inserted here holds what was written, nothing to read back.
      ...Object.fromEntries(planned.flatMap(({ probe, plan }) => (plan?.create ? [[probe.name, valuesAfter([], plan.edits)]] : []))),
      ...(plan.plan ? datesAsText(tx, spreadsheet, { [PLAN_SHEET.name]: planValues }) : {}),
    },
  };
  // The log's rows are the last write: once they are there, setup has happened.
  appendChangeLog(spreadsheet, setupEntries({ created, upgraded, planFields }, now, user), { log });
  // Script writes fire no onEdit: the edit snapshot's Plan values are stale. Best effort: the cache expires anyway.
  if (planFields.length > 0) ignoreFailure(() => forgetSnapshot("Plan", 1, 1));
  // Each inserted sheet became the active one: a new plan opens on its first stage instead of the last sheet made.
  if (created.includes(PLAN_SHEET.name)) ignoreFailure(() => firstStage?.activate());
  const planId = readPlanFields(planValuesIn(planValues)).planId ?? null;
  return { planId, created, upgraded, skipped, emptySheet, refreshed: statusAfter(spreadsheet, known) };
}

function ignoreFailure(call: () => void): void {
  try {
    call();
  } catch {
    // See the caller.
  }
}
