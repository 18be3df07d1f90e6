import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

/** The message a call throws ("" when it does not), so checks made inside a trigger are asserted outside it. */
function messageOf(call: () => unknown): string {
  try {
    call();
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

describe("onOpen of an add-on not yet used in this document (AuthMode.NONE)", () => {
  it("builds the add-on menu", () => {
    const emu = createEmulator({ addonName: "Profiles" });
    const mode = emu.runTrigger("onOpen", (e) => {
      emu.globals.SpreadsheetApp.getUi().createAddonMenu().addItem("Open", "openSidebar").addToUi();
      return String(e.authMode);
    });
    expect(mode).toBe("NONE");
    expect(emu.ui.menus.map((m) => m.title)).toEqual(["Profiles"]);
  });

  it("cannot read properties or the spreadsheet", () => {
    const emu = createEmulator();
    const { PropertiesService, SpreadsheetApp } = emu.globals;
    const messages = emu.runTrigger("onOpen", () => [
      messageOf(() => PropertiesService.getDocumentProperties()),
      messageOf(() => SpreadsheetApp.getActiveSpreadsheet()),
    ]);
    expect(messages).toEqual([
      "You do not have permission to call PropertiesService.getDocumentProperties.",
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: " +
        "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
    ]);
  });

  it("runs in LIMITED once the add-on was used from its menu in this document", () => {
    const emu = createEmulator();
    emu.runAs("menu", () => undefined);
    expect(emu.runTrigger("onOpen", (e) => String(e.authMode))).toBe("LIMITED");
  });
});

describe("simple triggers (AuthMode.LIMITED)", () => {
  it("reach the bound spreadsheet, properties, cache and locks", () => {
    const emu = createEmulator();
    const { SpreadsheetApp, PropertiesService, CacheService, LockService } = emu.globals;
    const mode = emu.runTrigger("onEdit", (e) => {
      SpreadsheetApp.getActiveSheet().getRange("A1").setValue("edited");
      PropertiesService.getDocumentProperties().setProperty("k", "v");
      CacheService.getDocumentCache().put("k", "v");
      LockService.getDocumentLock().tryLock(100);
      return String(e.authMode);
    });
    expect(mode).toBe("LIMITED");
    expect(emu.globals.SpreadsheetApp.getActiveSheet().getRange("A1").getValue()).toBe("edited");
    expect(emu.globals.PropertiesService.getDocumentProperties().getProperty("k")).toBe("v");
  });

  it("cannot call services that need authorization: Drive, triggers, sidebars, other files", () => {
    const emu = createEmulator();
    const { DriveApp, Drive, ScriptApp, SpreadsheetApp, HtmlService } = emu.globals;
    const messages = emu.runTrigger("onEdit", () => [
      messageOf(() => DriveApp.createFolder("x")),
      messageOf(() => Drive.Files.create({ name: "x" })),
      messageOf(() => ScriptApp.newTrigger("f")),
      messageOf(() => SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput("<p>hi</p>"))),
      messageOf(() => SpreadsheetApp.openById("other")),
    ]);
    expect(messages).toEqual([
      "You do not have permission to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive",
      expect.stringMatching(/^You do not have permission to call Drive\.Files\.create\. Required permissions: \(/),
      "You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp",
      "You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui",
      "You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets",
    ]);
    expect(emu.drive.folders().map((f) => f.name)).toEqual(["My Drive"]);
  });

  it("read the user's email as empty", () => {
    const emu = createEmulator();
    const email = emu.runTrigger("onEdit", () => emu.globals.Session.getActiveUser().getEmail());
    expect(email).toBe("");
  });

  it("hide the editing user's email in the event too", () => {
    const emu = createEmulator();
    const event = emu.simulateEdit("Sheet1", "A1", [["x"]]);
    expect(emu.runTrigger("onEdit", (e) => (e.user as typeof event.user).getEmail(), { ...event })).toBe("");
  });

  it("see the email when the user is the developer or in the developer's domain", () => {
    const emu = createEmulator({ userIsDeveloper: true });
    expect(emu.runTrigger("onEdit", () => emu.globals.Session.getActiveUser().getEmail())).toBe("owner@example.com");
  });
});

describe("installable triggers, menu items and sidebar calls (AuthMode.FULL)", () => {
  it("an installable trigger may use everything", () => {
    const emu = createEmulator();
    const result = emu.runTrigger("installable", (e) => [
      String(e.authMode),
      emu.globals.Session.getActiveUser().getEmail(),
      emu.globals.DriveApp.createFolder("Plans").getName(),
    ]);
    expect(result).toEqual(["FULL", "owner@example.com", "Plans"]);
  });

  it.each(["menu", "sidebar", "editor"] as const)("%s run may use everything", (kind) => {
    const emu = createEmulator();
    emu.runAs(kind, () => {
      emu.globals.ScriptApp.newTrigger("f").timeBased().everyHours(1).create();
      emu.globals.SpreadsheetApp.getUi().showSidebar(emu.globals.HtmlService.createHtmlOutput("<p>hi</p>"));
    });
    expect(emu.triggers()).toHaveLength(1);
  });

  it("restores FULL after a trigger, even one that throws", () => {
    const emu = createEmulator();
    expect(() =>
      emu.runTrigger("onEdit", () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(emu.auth.mode()).toBe("FULL");
    expect(emu.globals.DriveApp.createFolder("Plans").getName()).toBe("Plans");
  });

  it("checks the manifest's scopes before the authorization mode", () => {
    const emu = createEmulator({ manifest: { oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"] } });
    const message = emu.runTrigger("onEdit", () => messageOf(() => emu.globals.DriveApp.createFolder("x")));
    expect(message).toMatch(/^Specified permissions are not sufficient to call DriveApp\.createFolder\./);
  });
});
