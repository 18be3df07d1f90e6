import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { requiredScopes, SCOPE_PREFIX } from "../../emulator/scopes/method-scopes";
import type { ExportResult } from "../../src/domain/api/contract";
import { loadAddOn, MANIFEST, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { exampleWorkbook } from "../fixtures/example-workbook";
import { APPROVER } from "../support/plans";
import type { ApprovalsReport } from "../../src/domain/api/approvals";
import { writeExample } from "../support/workbook-writer";

/**
 * Every service method src/ calls, with the scopes it needs (any one
 * suffices), as Google's reference and the live reports the emulator cites
 * give them. The list is what the operations below actually called: a new
 * call without a row here, or a row nothing calls any more, fails the test.
 */
const DRIVE_READ =
  "drive drive.appdata drive.file drive.meet.readonly drive.metadata drive.metadata.readonly drive.photos.readonly drive.readonly";
const NEEDS: Record<string, readonly string[]> = {
  "": [
    "Cache.get",
    "Cache.getAll",
    "Cache.put",
    "Cache.putAll",
    "CacheService.getDocumentCache",
    "ClockTriggerBuilder.atHour",
    "ClockTriggerBuilder.create",
    "ClockTriggerBuilder.everyWeeks",
    "ClockTriggerBuilder.onWeekDay",
    "DataValidationBuilder.build",
    "DataValidationBuilder.requireValueInList",
    "DataValidationBuilder.setAllowInvalid",
    "DataValidationBuilder.setHelpText",
    "HtmlOutput.setTitle",
    "HtmlService.createHtmlOutputFromFile",
    "Lock.releaseLock",
    "Lock.waitLock",
    "LockService.getDocumentLock",
    "Menu.addItem",
    "Menu.addToUi",
    "Properties.deleteProperty",
    "Properties.getProperties",
    "Properties.setProperties",
    "Properties.setProperty",
    "PropertiesService.getDocumentProperties",
    "Range.offset",
    "ScriptApp.requireScopes",
    "Sheet.activate",
    "Spreadsheet.getSheetByName",
    "Spreadsheet.getSheets",
    "SpreadsheetApp.flush",
    "SpreadsheetApp.getUi",
    "SpreadsheetApp.newDataValidation",
    "Ui.createAddonMenu",
    "User.getEmail",
    "Utilities.computeDigest",
    "Utilities.getUuid",
    "Utilities.newBlob",
  ],
  "spreadsheets.currentonly spreadsheets": [
    "Sheet.setActiveRange",
    "Protection.getDescription",
    "Protection.isWarningOnly",
    "Protection.remove",
    "Protection.setDescription",
    "Protection.setWarningOnly",
    "Range.clearDataValidations",
    "Range.getA1Notation",
    "Range.getBackgrounds",
    "Range.getDataValidations",
    "Range.getFontWeights",
    "Range.getFormulas",
    "Range.getNote",
    "Range.getNotes",
    "Range.getNumberFormats",
    "Range.getSheet",
    "Range.getValue",
    "Range.getValues",
    "Range.insertCheckboxes",
    "Range.protect",
    "Range.setBackgrounds",
    "Range.setDataValidation",
    "Range.setDataValidations",
    "Range.setFontWeight",
    "Range.setFontWeights",
    "Range.setNotes",
    "Range.setValue",
    "Range.setValues",
    "Range.setWrap",
    "Sheet.clear",
    "Sheet.getDataRange",
    "Sheet.getFrozenRows",
    "Sheet.getLastColumn",
    "Sheet.getLastRow",
    "Sheet.getMaxColumns",
    "Sheet.getMaxRows",
    "Sheet.getName",
    "Sheet.getProtections",
    "Sheet.getRange",
    "Sheet.getSheetId",
    "Sheet.protect",
    "Sheet.setColumnWidths",
    "Sheet.setFrozenRows",
    "Spreadsheet.getSpreadsheetTimeZone",
    "Spreadsheet.getUrl",
    "Spreadsheet.insertSheet",
    "Spreadsheet.toast",
    "SpreadsheetApp.getActiveSpreadsheet",
  ],
  "script.container.ui": ["Ui.showSidebar"],
  "drive drive.appdata drive.file": ["Drive.Files.create", "Drive.Files.generateIds"],
  "drive drive.file drive.meet.readonly drive.readonly": ["Drive.Files.export"],
  [DRIVE_READ]: ["Drive.Files.get", "Drive.Files.list"],
  "drive drive.appdata drive.file drive.metadata drive.scripts": ["Drive.Files.update"],
  "script.scriptapp": [
    "ScriptApp.deleteTrigger",
    "ScriptApp.getProjectTriggers",
    "ScriptApp.newTrigger",
    "Trigger.getHandlerFunction",
    "TriggerBuilder.timeBased",
  ],
  "userinfo.email": ["Session.getActiveUser", "Session.getEffectiveUser"],
  "script.send_mail": ["MailApp.getRemainingDailyQuota", "MailApp.sendEmail"],
  "bigquery cloud-platform cloud-platform.read-only": ["BigQuery.Jobs.query"],
};

const table = Object.entries(NEEDS).flatMap(([scopes, methods]) =>
  methods.map((method) => ({ method, scopes: scopes ? scopes.split(" ") : [] })),
);
const short = (url: string) => url.slice(SCOPE_PREFIX.length);
const granted = (MANIFEST.oauthScopes as string[]).map(short);

let called: Map<string, string[]> | null = null;
/** The operations run once for the whole file. */
const everyOperation = () => {
  called ??= runEveryOperation();
  return called;
};

describe("the manifest grants every service call the add-on makes", () => {
  it("lists exactly the methods the operations call", () => {
    const methods = new Set([...everyOperation().values()].flat());
    expect([...methods].sort()).toEqual(table.map((row) => row.method).sort());
  });

  it.each(table)("$method needs $scopes", ({ method, scopes }) => {
    // The emulator's table: Google's reference (gas-types-detailed) and the live reports it cites.
    expect(requiredScopes(method).map(short)).toEqual(scopes);
    if (scopes.length > 0) expect(scopes.filter((scope) => granted.includes(scope))).not.toEqual([]);
  });

  it("asks for no scope that nothing needs: each is the only granted one for some call", () => {
    const soleNeeds = new Set(
      table.flatMap(({ method }) => {
        const usable = usableScopes(method);
        return usable.length === 1 ? usable : [];
      }),
    );
    expect([...soleNeeds].sort()).toEqual([...granted].sort());
  });

  it("calls no DriveApp (it needs the full drive scope), only the Advanced Drive service", () => {
    const methods = [...everyOperation().values()].flat();
    expect(methods.filter((method) => /^(DriveApp|File|Folder|FileIterator)\./.test(method))).toEqual([]);
    expect(methods).toContain("Drive.Files.create");
  });

  it("keeps to the five scopes of issue 13, script.send_mail for email (issue 15) and cloud-platform.read-only for the warehouse (issue 16)", () => {
    expect([...granted].sort()).toEqual(
      [
        "cloud-platform.read-only",
        "drive.file",
        "script.container.ui",
        "script.scriptapp",
        "script.send_mail",
        "spreadsheets.currentonly",
        "userinfo.email",
      ].sort(),
    );
  });
});

describe("the README's Scopes section", () => {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf("## Scopes");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const lines = section
    .split("\n")
    .map((line) => /^- `https:\/\/www\.googleapis\.com\/auth\/([a-z._-]+)`: (.+)$/.exec(line))
    .filter((match) => match !== null);

  it("justifies exactly the manifest's scopes, one line each", () => {
    expect(start).toBeGreaterThan(-1);
    expect(lines.map((match) => match[1]).sort()).toEqual([...granted].sort());
  });

  it("names in each line an operation that fails without the scope", () => {
    const called = everyOperation();
    for (const match of lines) {
      const scope = match[1];
      const failing = [...called]
        .filter(([, methods]) => methods.some((method) => usableScopes(method).join() === scope))
        .map(([operation]) => baseName(operation));
      expect(failing.length, scope).toBeGreaterThan(0);
      expect(
        failing.some((operation) => match[2].toLowerCase().includes(operation.toLowerCase())),
        `${scope}: ${match[2]} names none of ${failing.join(", ")}`,
      ).toBe(true);
    }
  });
});

/** The granted scopes that let this method run. */
const usableScopes = (method: string) =>
  requiredScopes(method)
    .map(short)
    .filter((scope) => granted.includes(scope));

/** "Validate from the menu" and "Edit (simple trigger)" are Validate and Edit to a reader. */
const baseName = (operation: string) => operation.replace(/ from the menu$| \(.*\)$| before first use$| once used$/, "");

/**
 * Every user operation, run through the bundle on an emulator that enforces
 * the real manifest, each in the authorization mode Google runs it in: onOpen
 * as a simple trigger before and after the add-on is used, menu items and
 * sidebar calls in FULL, the edit trigger in LIMITED, the weekly reminder
 * as an installable trigger. Returns the service methods each one called.
 */
function runEveryOperation(): Map<string, string[]> {
  const addOn = loadAddOn({ manifest: MANIFEST });
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
        writeExample(addOn, exampleWorkbook());
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
    [null, () => emulator.setUser(APPROVER)],
    ["Approvals", sidebar("getApprovals")],
    [
      "Approve",
      () =>
        emulator.runAs("sidebar", () => {
          const [item] = addOn.run<ApprovalsReport>("getApprovals").items;
          addOn.run("approve", { row: item.row, hash: item.hash });
        }),
    ],
    [null, () => emulator.setUser("owner@example.com")],
    [
      null,
      () => {
        // Someone ticks a box on the checklist and renames a profile: the next export rewrites both checklist and Doc.
        const box = spreadsheetOf(addOn).getSheetByName("Activation checklist")!.getRange("C2");
        box.setValue(!box.getValue());
        const profiles = spreadsheetOf(addOn).getSheetByName("3 Profiles")!;
        const name = profiles.getRange(1, 1, 1, profiles.getLastColumn()).getValues()[0].indexOf("Name") + 1;
        profiles.getRange(2, name).setValue("New free workspaces, renamed");
      },
    ],
    ["Finalize", sidebar("exportPlan", { finalize: true })],
    ["Edit (simple trigger)", () => editAsSimpleTrigger(addOn)],
    ["Import by pasted JSON", () => emulator.runAs("sidebar", () => addOn.run("importPlan", { json: fileText(addOn, exported) }))],
    ["Import by file ID", () => emulator.runAs("sidebar", () => addOn.run("importPlan", { fileId: exported?.fileId }))],
    ["Audience preview", sidebar("previewAudiences")],
    ["Profile SQL", sidebar("getProfileSql", { profileId: "new-free-users" })],
    ["Where used", sidebar("whereUsed", { attributeId: "signup_date" })],
    [
      null,
      () => {
        const example = exampleWorkbook();
        Object.assign(example.plan, {
          Warehouse: "bigquery",
          "Warehouse table": "acme-prod.crm.people",
          "Billing project": "acme-billing",
        });
        writeExample(addOn, example);
        emulator.bigquery.loadTable(
          "acme-prod.crm.people",
          [{ plan: "pro", signup_date: "2026-01-01", onboarding_done: true, seats_used: 6, unsubscribed: false }],
          [
            { name: "plan", type: "STRING" },
            { name: "signup_date", type: "DATE" },
            { name: "onboarding_done", type: "BOOL" },
            { name: "seats_used", type: "INT64" },
            { name: "unsubscribed", type: "BOOL" },
          ],
        );
      },
    ],
    ["Estimate on warehouse", sidebar("estimateOnWarehouse")],
    [
      null,
      () => {
        // An attribute below its coverage SLA (escalates at once) and a review overdue: both send email.
        const example = exampleWorkbook();
        example.sheets["2 Attributes"][3]["Coverage %"] = 80;
        example.sheets["5 Governance"][0]["Next review"] = "2020-01-15";
        writeExample(addOn, example);
      },
    ],
    ["Validate (escalation email)", sidebar("validatePlan")],
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
