import type { ExportResult } from "../../src/domain/api/contract";
import { addOnManifest, loadAddOn, type LoadedAddOn } from "../support/bundle";
import { exampleWorkbook } from "../fixtures/example-workbook";
import { approved } from "../support/plans";
import { writeExample } from "../support/workbook-writer";

/**
 * Every user operation, run through the bundle on an emulator that enforces
 * the real manifest, each in the authorization mode Google runs it in: onOpen
 * as a simple trigger before and after the add-on is used, menu items and
 * sidebar calls in FULL, the edit trigger in LIMITED, the weekly reminder
 * as an installable trigger. Returns the service methods each one called.
 */
export function runEveryOperation(): Map<string, string[]> {
  const addOn = loadAddOn({ manifest: addOnManifest() });
  const emulator = addOn.emulator;
  const global = (name: string) => addOn.context[name] as (...args: unknown[]) => unknown;
  const sidebar = (name: string, input?: unknown) => () => emulator.runAs("sidebar", () => addOn.run(name, input));
  const menu = (name: string) => () => emulator.runAs("menu", () => global(name)());
  let exported: ExportResult | null = null;

  // A null name: the test's own setup, whose calls are not the add-on's.
  const operations: [string | null, () => unknown][] = [
    ["onOpen before first use", () => emulator.runTrigger("onOpen", (e) => global("onOpen")(e))],
    ["onInstall", () => emulator.runTrigger("onInstall", (e) => global("onInstall")(e))],
    ["Open sidebar", menu("showSidebar")],
    ["Set up sheets", sidebar("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] })],
    [
      null,
      () => {
        const example = exampleWorkbook();
        approved(example);
        writeExample(addOn, example);
      },
    ],
    ["Set up sheets from the menu", menu("menuSetupSheets")],
    ["onOpen once used", () => emulator.runTrigger("onOpen", (e) => global("onOpen")(e))],
    ["Status", sidebar("getStatus")],
    ["Validate", sidebar("validatePlan")],
    ["Validate from the menu", menu("menuValidate")],
    ["Select cell", sidebar("selectCell", { sheet: "4 Activation", row: 3, column: "Fallback state" })],
    ["Open sheet", sidebar("openSheet", { sheet: "2 Attributes" })],
    [
      "Export",
      () => {
        exported = emulator.runAs("sidebar", () => addOn.run<ExportResult>("exportPlan", { finalize: false }));
      },
    ],
    ["Export from the menu", menu("menuExport")],
    ["Finalize", sidebar("exportPlan", { finalize: true })],
    ["Edit (simple trigger)", () => editAsSimpleTrigger(addOn)],
    ["Import by pasted JSON", () => emulator.runAs("sidebar", () => addOn.run("importPlan", { json: fileText(addOn, exported) }))],
    ["Import by file ID", () => emulator.runAs("sidebar", () => addOn.run("importPlan", { fileId: exported?.fileId }))],
    ["Audience preview", sidebar("previewAudiences")],
    ["Profile SQL", sidebar("getProfileSql", { profileId: "new-free-users" })],
    ["Where used", sidebar("whereUsed", { attributeId: "signup_date" })],
    ["Reminders on", sidebar("setReminders", { enabled: true })],
    ["Weekly reminder (installable trigger)", () => emulator.runTrigger("installable", () => global("runGovernanceReminders")())],
    ["Reminders off", sidebar("setReminders", { enabled: false })],
  ];

  const methods = new Map<string, string[]>();
  for (const [name, run] of operations) {
    const before = emulator.calls.snapshot();
    try {
      run();
    } catch (error) {
      throw new Error(`${name} failed under the manifest: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (name) methods.set(name, Object.keys(emulator.calls.since(before).byMethod));
  }
  return methods;
}

function editAsSimpleTrigger(addOn: LoadedAddOn): void {
  const event = addOn.emulator.simulateEdit("2 Attributes", "I3", [[91]]);
  addOn.emulator.runTrigger(
    "onEdit",
    (e) => (addOn.context.onEdit as (e: unknown) => void)(e),
    event as unknown as Record<string, unknown>,
  );
}

function fileText(addOn: LoadedAddOn, exported: ExportResult | null): string {
  const file = addOn.emulator.drive.list().find((f) => f.id === exported?.fileId);
  if (!file) throw new Error("no plan file to import");
  return file.content.toString();
}
