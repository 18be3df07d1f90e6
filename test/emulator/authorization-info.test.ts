import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

const auth = (s: string) => `https://www.googleapis.com/auth/${s}`;
const scopes = ["spreadsheets.currentonly", "drive.file", "script.scriptapp"].map(auth);
const manifest = { oauthScopes: scopes };

describe("ScriptApp.getAuthorizationInfo", () => {
  it("needs nothing when every manifest scope is granted", () => {
    const { ScriptApp } = createEmulator({ manifest }).globals;
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizationUrl()).toBeNull();
    expect(info.getAuthorizedScopes()).toEqual(scopes);
  });

  it("requires authorization, with a URL, when the user withheld a scope", () => {
    const emu = createEmulator({ manifest });
    emu.revokeScopes(["drive.file"]);
    const { ScriptApp } = emu.globals;
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    expect(String(info.getAuthorizationStatus())).toBe("REQUIRED");
    expect(info.getAuthorizationUrl()).toBe(`https://script.google.com/macros/d/${ScriptApp.getScriptId()}/authorize`);
    expect(info.getAuthorizedScopes()).toEqual([auth("spreadsheets.currentonly"), auth("script.scriptapp")]);
  });

  it("answers for the scopes asked about", () => {
    const emu = createEmulator({ manifest });
    emu.revokeScopes(["drive.file"]);
    const { ScriptApp } = emu.globals;
    const asked = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [auth("script.scriptapp")]);
    expect(String(asked.getAuthorizationStatus())).toBe("NOT_REQUIRED");
    expect(asked.getAuthorizedScopes()).toEqual([auth("script.scriptapp")]);
    expect(() => ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [auth("drive")])).toThrow("Invalid argument: oAuthScopes");
  });

  it("never requires authorization outside FULL", () => {
    const emu = createEmulator({ manifest });
    emu.revokeScopes(scopes);
    const { ScriptApp } = emu.globals;
    expect(String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.LIMITED).getAuthorizationStatus())).toBe("NOT_REQUIRED");
  });

  it("is callable from onOpen in NONE, to decide what menu to build", () => {
    const emu = createEmulator({ manifest });
    const { ScriptApp } = emu.globals;
    const status = emu.runTrigger("onOpen", () => String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()));
    expect(status).toBe("NOT_REQUIRED");
  });

  it("requires nothing when scopes are inferred (no manifest)", () => {
    const { ScriptApp } = createEmulator().globals;
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [auth("drive")]);
    expect([String(info.getAuthorizationStatus()), info.getAuthorizedScopes()]).toEqual(["NOT_REQUIRED", [auth("drive")]]);
  });
});

describe("ScriptApp.requireScopes", () => {
  it("returns when the scopes are granted", () => {
    const { ScriptApp } = createEmulator({ manifest }).globals;
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [auth("drive.file")])).not.toThrow();
  });

  it("ends the execution and prompts for consent when one is not", () => {
    const emu = createEmulator({ manifest });
    emu.revokeScopes(["drive.file"]);
    const { ScriptApp } = emu.globals;
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [auth("drive.file"), auth("script.scriptapp")])).toThrow(
      "Authorization is required to perform that action.",
    );
    expect(emu.events.at(-1)).toMatchObject({ type: "authorization-required", scopes: [auth("drive.file")] });
  });
});
