import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// One method per service family under a manifest that grants none of its scopes: the message a user of the
// emulator relies on. The rules themselves (the table, (A || B), consent) are in scopes.test.ts.
const auth = (s: string) => `https://www.googleapis.com/auth/${s}`;
const SHEETS = `(${auth("spreadsheets.currentonly")} || ${auth("spreadsheets")})`;

function emulatorWithOnly(scope: string) {
  const emu = createEmulator({ manifest: { oauthScopes: [auth(scope)] } });
  return { emu, g: emu.globals };
}

describe("calls refused under a manifest that lacks their scope", () => {
  const { g } = emulatorWithOnly("userinfo.email");
  it.each([
    ["SpreadsheetApp.getActiveSheet", () => g.SpreadsheetApp.getActiveSheet(), SHEETS],
    ["SpreadsheetApp.openById", () => g.SpreadsheetApp.openById("x"), auth("spreadsheets")],
    ["Ui.showSidebar", () => g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput("x")), auth("script.container.ui")],
    ["DriveApp.getRootFolder", () => g.DriveApp.getRootFolder(), auth("drive")],
    ["ScriptApp.newTrigger", () => g.ScriptApp.newTrigger("f"), auth("script.scriptapp")],
    ["MailApp.getRemainingDailyQuota", () => g.MailApp.getRemainingDailyQuota(), auth("script.send_mail")],
  ])("%s", (method, call, scopes) => {
    expect(call).toThrow(`Specified permissions are not sufficient to call ${method}. Required permissions: ${scopes}`);
  });

  it("passes the API's own 403 through the advanced services", () => {
    expect(() => g.Drive.Files.generateIds()).toThrow(
      "API call to drive.files.generateIds failed with error: Request had insufficient authentication scopes.",
    );
    expect(() => g.BigQuery.Jobs.query({ query: "SELECT 1", useLegacySql: false }, "p")).toThrow(
      "API call to bigquery.jobs.query failed with error: Request had insufficient authentication scopes.",
    );
  });
});

describe("calls that need no scope, under the narrowest manifest", () => {
  it("still work: menus, alerts, HTML, properties, cache, locks, Utilities, Logger and the session's time zone", () => {
    const { emu, g } = emulatorWithOnly("userinfo.email");
    const ui = g.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem("Open", "open").addToUi();
    ui.alert("Hi");
    g.HtmlService.createHtmlOutput("x").getContent();
    g.PropertiesService.getDocumentProperties().setProperty("k", "v");
    g.CacheService.getDocumentCache().put("k", "v");
    g.LockService.getScriptLock().tryLock(0);
    g.Utilities.newBlob("x").getBytes();
    g.Logger.log("x");
    g.SpreadsheetApp.flush();
    expect(g.Session.getScriptTimeZone()).toBe(g.Session.getScriptTimeZone());
    expect([emu.ui.menus.length, emu.ui.alerts.length, emu.logs.length]).toEqual([1, 1, 1]);
  });

  it("counts a refused call once and charges it nothing", () => {
    const { emu, g } = emulatorWithOnly("userinfo.email");
    expect(() => g.DriveApp.getRootFolder()).toThrow();
    expect([emu.calls.count("DriveApp.getRootFolder"), emu.clock.projectedMs()]).toEqual([1, 0]);
  });
});
