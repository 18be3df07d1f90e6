import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// The user's email inside simple triggers (and e.user) is in auth-modes.test.ts; the userinfo.email scope in scopes.test.ts.
describe("Session (developers.google.com/apps-script/reference/base/session)", () => {
  it("reads the active user set by the host, who may change between calls", () => {
    const emu = createEmulator({ user: "ana@example.com" });
    const { Session } = emu.globals;
    expect(Session.getActiveUser().getEmail()).toBe("ana@example.com");
    emu.setUser("bob@example.com");
    expect(Session.getEffectiveUser().getEmail()).toBe("bob@example.com");
  });

  it("prints a User as its email", () => {
    const { Session } = createEmulator({ user: "ana@example.com" }).globals;
    expect(String(Session.getActiveUser())).toBe("ana@example.com");
  });

  it("gives a temporary key that is stable for one user and differs between users", () => {
    const emu = createEmulator({ user: "ana@example.com" });
    const { Session } = emu.globals;
    const ana = Session.getTemporaryActiveUserKey();
    emu.setUser("bob@example.com");
    const bob = Session.getTemporaryActiveUserKey();
    emu.setUser("ana@example.com");
    expect(Session.getTemporaryActiveUserKey()).toBe(ana);
    expect(bob).not.toBe(ana);
    expect(ana).not.toContain("ana");
  });

  it("reports the script's time zone and the user's locale", () => {
    const { Session } = createEmulator({ timeZone: "Asia/Tokyo" }).globals;
    expect([Session.getScriptTimeZone(), Session.getActiveUserLocale()]).toEqual(["Asia/Tokyo", "en"]);
  });

  it("reads the locale even in AuthMode.NONE, where the add-on menu is built", () => {
    const emu = createEmulator();
    expect(emu.runTrigger("onOpen", () => emu.globals.Session.getActiveUserLocale())).toBe("en");
  });

  it("hides the effective user's email in a simple trigger too, and refuses it in AuthMode.NONE", () => {
    const emu = createEmulator();
    expect(emu.runTrigger("onEdit", () => emu.globals.Session.getEffectiveUser().getEmail())).toBe("");
    expect(() => emu.runTrigger("onOpen", () => emu.globals.Session.getEffectiveUser())).toThrow(
      "You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email",
    );
    expect(emu.runTrigger("installable", () => emu.globals.Session.getEffectiveUser().getEmail())).toBe("owner@example.com");
  });
});

describe("the spreadsheet's owner", () => {
  it("is the user who created the emulator's spreadsheet, whoever runs the script later", () => {
    const emu = createEmulator({ user: "owner@example.com" });
    emu.setUser("editor@example.com");
    expect(emu.globals.SpreadsheetApp.getActiveSpreadsheet().getOwner().getEmail()).toBe("owner@example.com");
  });
});
