import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

const auth = (s: string) => `https://www.googleapis.com/auth/${s}`;
const manifest = (...scopes: string[]) => ({ oauthScopes: scopes.map(auth) });
const addOnScopes = manifest("spreadsheets.currentonly", "script.container.ui", "drive.file", "script.scriptapp");

describe("scopes from the manifest", () => {
  it("refuses DriveApp under drive.file with Apps Script's message", () => {
    const { DriveApp } = createEmulator({ manifest: addOnScopes }).globals;
    expect(() => DriveApp.createFolder("Plans")).toThrow(
      "Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive",
    );
    expect(() => DriveApp.getFileById("x")).toThrow("call DriveApp.getFileById.");
  });

  it("lets DriveApp through with the full drive scope", () => {
    const { DriveApp } = createEmulator({ manifest: manifest("drive") }).globals;
    expect(DriveApp.createFolder("Plans").getName()).toBe("Plans");
  });

  it("lists every scope that would do, as (A || B)", () => {
    const { SpreadsheetApp } = createEmulator({ manifest: manifest("drive.file") }).globals;
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      "Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: " +
        "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
    );
  });

  it("needs userinfo.email for Session.getActiveUser and getEffectiveUser", () => {
    const without = createEmulator({ manifest: addOnScopes }).globals.Session;
    expect(() => without.getActiveUser()).toThrow(
      "Specified permissions are not sufficient to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email",
    );
    expect(() => without.getEffectiveUser()).toThrow("call Session.getEffectiveUser.");
    const withEmail = createEmulator({ manifest: manifest("userinfo.email") }).globals.Session;
    expect(withEmail.getActiveUser().getEmail()).toBe("owner@example.com");
  });

  it("throws an Apps Script Exception", () => {
    const { Session } = createEmulator({ manifest: addOnScopes }).globals;
    let caught: unknown;
    try {
      Session.getActiveUser();
    } catch (e) {
      caught = e;
    }
    expect(String(caught)).toMatch(/^Exception: Specified permissions/);
  });

  it("passes the Drive API's 403 through the advanced service", () => {
    const { Drive } = createEmulator({ manifest: manifest("spreadsheets.currentonly") }).globals;
    expect(() => Drive.Files.create({ name: "a.json" })).toThrow(
      "API call to drive.files.create failed with error: Request had insufficient authentication scopes.",
    );
    expect(() => Drive.Files.remove("x")).toThrow("API call to drive.files.delete failed");
  });

  it("needs no scope for properties, cache and locks", () => {
    const { PropertiesService, CacheService, LockService } = createEmulator({ manifest: manifest("drive.file") }).globals;
    PropertiesService.getDocumentProperties().setProperty("k", "v");
    CacheService.getScriptCache().put("k", "v");
    expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
  });

  it("enforces nothing without a manifest or without oauthScopes, as Apps Script infers scopes then", () => {
    for (const options of [{}, { manifest: { timeZone: "Etc/UTC" } }]) {
      const { DriveApp, Session } = createEmulator(options).globals;
      expect(DriveApp.createFolder("Plans").getName()).toBe("Plans");
      expect(Session.getActiveUser().getEmail()).toBe("owner@example.com");
    }
  });

  it("counts a refused call, so fault sweeps and benchmarks see it", () => {
    const emu = createEmulator({ manifest: addOnScopes });
    expect(() => emu.globals.DriveApp.createFolder("Plans")).toThrow();
    expect(emu.calls.count("DriveApp.createFolder")).toBe(1);
  });
});

describe("granted scopes", () => {
  it("grants every manifest scope by default", () => {
    const emu = createEmulator({ manifest: addOnScopes });
    expect(emu.auth.grantedScopes()).toEqual(addOnScopes.oauthScopes);
  });

  it("refuses a method whose only scope the user did not grant, and allows it again once granted", () => {
    const emu = createEmulator({ manifest: addOnScopes });
    emu.revokeScopes(["script.scriptapp"]);
    const { ScriptApp } = emu.globals;
    expect(() => ScriptApp.getProjectTriggers()).toThrow(
      "Specified permissions are not sufficient to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp",
    );
    emu.grantScopes([auth("script.scriptapp")]);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
  });

  it("cannot grant a scope the manifest does not ask for", () => {
    const emu = createEmulator({ manifest: addOnScopes });
    expect(() => emu.grantScopes(["drive"])).toThrow("https://www.googleapis.com/auth/drive is not in the manifest's oauthScopes");
  });

  it("keeps consent in the saved state", () => {
    const emu = createEmulator({ manifest: addOnScopes });
    emu.revokeScopes(["drive.file"]);
    const again = createEmulator({ manifest: addOnScopes, state: JSON.parse(JSON.stringify(emu.saveState())) });
    expect(again.auth.grantedScopes()).not.toContain(auth("drive.file"));
    expect(() => again.globals.Drive.Files.list()).toThrow("insufficient authentication scopes");
  });
});
