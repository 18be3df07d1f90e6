import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCOPE_OVERRIDES, createEmulator, formatScopes, hasScopeEntry, requiredScopes } from "../../emulator";
import { instrumentedMethods } from "../../emulator/facade";
import { TABLE_PATH, buildReferenceTable } from "../../scripts/generate-method-scopes";

const auth = (s: string) => `https://www.googleapis.com/auth/${s}`;

describe("the scope table", () => {
  it("matches what the generator derives from gas-types-detailed (run scripts/generate-method-scopes.ts when it does not)", () => {
    expect(JSON.parse(readFileSync(TABLE_PATH, "utf8"))).toEqual(buildReferenceTable());
  });

  it("has an entry for every method the emulator exposes", () => {
    createEmulator(); // loads every facade class
    const missing = [...instrumentedMethods].filter((m) => !hasScopeEntry(m));
    expect(missing).toEqual([]);
    expect(instrumentedMethods.size).toBeGreaterThan(300);
  });

  it("gives every override a source", () => {
    for (const o of SCOPE_OVERRIDES) expect(o.source.length, o.method).toBeGreaterThan(20);
  });

  it.each([
    // Live behaviour over the reference: DriveApp needs the full drive scope for every call.
    ["DriveApp.createFolder", [auth("drive")]],
    ["DriveApp.getFileById", [auth("drive")]],
    ["DriveApp.getFilesByName", [auth("drive")]],
    ["Session.getActiveUser", [auth("userinfo.email")]],
    ["Session.getEffectiveUser", [auth("userinfo.email")]],
    ["Range.setValues", [auth("spreadsheets.currentonly"), auth("spreadsheets")]],
    ["SpreadsheetApp.getActiveSpreadsheet", [auth("spreadsheets.currentonly"), auth("spreadsheets")]],
    ["SpreadsheetApp.openById", [auth("spreadsheets")]],
    ["Ui.showSidebar", [auth("script.container.ui")]],
    ["ScriptApp.newTrigger", [auth("script.scriptapp")]],
    ["ScriptApp.getProjectTriggers", [auth("script.scriptapp")]],
    ["MailApp.sendEmail", [auth("script.send_mail")]],
    ["UrlFetchApp.fetch", [auth("script.external_request")]],
    ["Drive.Files.create", [auth("drive"), auth("drive.appdata"), auth("drive.file")]],
    ["Drive.Files.remove", [auth("drive"), auth("drive.appdata"), auth("drive.file")]],
    ["Folder.addFile", [auth("drive")]],
    ["PropertiesService.getDocumentProperties", []],
    ["LockService.getDocumentLock", []],
    ["CacheService.getScriptCache", []],
    ["Ui.createAddonMenu", []],
    ["Utilities.newBlob", []],
  ])("%s needs %j", (method, scopes) => {
    expect(requiredScopes(method)).toEqual(scopes);
  });

  it("prints one scope bare and several as (A || B)", () => {
    expect(formatScopes([auth("drive")])).toBe(auth("drive"));
    expect(formatScopes(requiredScopes("Range.getValues"))).toBe(`(${auth("spreadsheets.currentonly")} || ${auth("spreadsheets")})`);
  });
});
