import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// Creating, listing and deleting a weekly and an edit trigger, and the 20-trigger limit, are in drive-and-triggers.test.ts.
const start = Date.parse("2025-06-01T09:00:00Z");

describe("ClockTriggerBuilder (developers.google.com/apps-script/reference/script/clock-trigger-builder)", () => {
  it("accepts everyMinutes of 1, 5, 10, 15 or 30 only, refusing others with the message live Apps Script logs show", () => {
    const { ScriptApp } = createEmulator().globals;
    for (const n of [1, 5, 10, 15, 30]) ScriptApp.newTrigger("tick").timeBased().everyMinutes(n).create();
    expect(() => ScriptApp.newTrigger("tick").timeBased().everyMinutes(2)).toThrow(
      "The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.",
    );
    expect(ScriptApp.getProjectTriggers()).toHaveLength(5);
  });

  it("refuses a clock trigger with neither frequency nor time", () => {
    const { ScriptApp } = createEmulator().globals;
    expect(() => ScriptApp.newTrigger("tick").timeBased().create()).toThrow("The trigger must have a frequency or a time.");
  });

  it("keeps the schedule as built: after() from the emulator clock, at(), week day, hour, minute and time zone", () => {
    const emu = createEmulator({ now: () => new Date(start) });
    const { ScriptApp } = emu.globals;
    ScriptApp.newTrigger("once").timeBased().after(60_000).create();
    ScriptApp.newTrigger("at").timeBased().at(new Date("2025-07-01T00:00:00Z")).create();
    ScriptApp.newTrigger("weekly")
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.FRIDAY)
      .atHour(17)
      .nearMinute(30)
      .inTimezone("Europe/Paris")
      .everyWeeks(2)
      .create();
    ScriptApp.newTrigger("monthly").timeBased().onMonthDay(1).create();
    expect(emu.triggers().map((t) => [t.handler, t.eventType, t.source, t.schedule])).toEqual([
      ["once", "CLOCK", "CLOCK", { at: start + 60_000 }],
      ["at", "CLOCK", "CLOCK", { at: Date.parse("2025-07-01T00:00:00Z") }],
      ["weekly", "CLOCK", "CLOCK", { onWeekDay: "FRIDAY", atHour: 17, nearMinute: 30, timezone: "Europe/Paris", everyWeeks: 2 }],
      ["monthly", "CLOCK", "CLOCK", { onMonthDay: 1 }],
    ]);
  });
});

describe("SpreadsheetTriggerBuilder (developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder)", () => {
  it("makes open, edit, change and form-submit triggers on the spreadsheet, given as itself or its id", () => {
    const { ScriptApp, SpreadsheetApp } = createEmulator().globals;
    const ss = SpreadsheetApp.getActive();
    const kinds = [
      ScriptApp.newTrigger("a").forSpreadsheet(ss).onOpen().create(),
      ScriptApp.newTrigger("b").forSpreadsheet(ss.getId()).onEdit().create(),
      ScriptApp.newTrigger("c").forSpreadsheet(ss).onChange().create(),
      ScriptApp.newTrigger("d").forSpreadsheet(ss).onFormSubmit().create(),
    ].map((t) => [String(t.getEventType()), String(t.getTriggerSource()), t.getTriggerSourceId()]);
    expect(kinds).toEqual([
      ["ON_OPEN", "SPREADSHEETS", ss.getId()],
      ["ON_EDIT", "SPREADSHEETS", ss.getId()],
      ["ON_CHANGE", "SPREADSHEETS", ss.getId()],
      ["ON_FORM_SUBMIT", "SPREADSHEETS", ss.getId()],
    ]);
  });

  it("refuses a spreadsheet trigger without an event type, or without a spreadsheet", () => {
    const { ScriptApp, SpreadsheetApp } = createEmulator().globals;
    expect(() => ScriptApp.newTrigger("a").forSpreadsheet(SpreadsheetApp.getActive()).create()).toThrow(
      "The trigger must have an event type.",
    );
    expect(() => ScriptApp.newTrigger("a").forSpreadsheet(null as unknown as string)).toThrow("Invalid argument: spreadsheet");
  });

  it("gives a clock trigger no source id", () => {
    const { ScriptApp } = createEmulator().globals;
    expect(ScriptApp.newTrigger("a").timeBased().everyDays(1).create().getTriggerSourceId()).toBeNull();
  });
});

describe("ScriptApp trigger lists", () => {
  it("lists only the active user's triggers; the host sees everyone's", () => {
    const emu = createEmulator({ user: "ana@example.com" });
    const { ScriptApp } = emu.globals;
    ScriptApp.newTrigger("anas").timeBased().everyDays(1).create();
    emu.setUser("bob@example.com");
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    ScriptApp.newTrigger("bobs").timeBased().everyDays(1).create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["bobs"]);
    expect(emu.triggers().map((t) => [t.handler, t.user])).toEqual([
      ["anas", "ana@example.com"],
      ["bobs", "bob@example.com"],
    ]);
  });

  it("frees a place under the 20-trigger limit when one is deleted", () => {
    const { ScriptApp } = createEmulator().globals;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyDays(1).create();
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(ScriptApp.newTrigger("again").timeBased().everyDays(1).create().getHandlerFunction()).toBe("again");
  });

  it("keeps triggers and their ids in the saved state", () => {
    const emu = createEmulator();
    const first = emu.globals.ScriptApp.newTrigger("weekly").timeBased().everyWeeks(1).create();
    const again = createEmulator({ state: JSON.parse(JSON.stringify(emu.saveState())) });
    expect(again.globals.ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([first.getUniqueId()]);
    const second = again.globals.ScriptApp.newTrigger("daily").timeBased().everyDays(1).create();
    expect(second.getUniqueId()).not.toBe(first.getUniqueId());
  });
});

describe("triggers and authorization", () => {
  const onlySheets = { oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"] };

  it.each(["newTrigger", "getProjectTriggers", "getUserTriggers", "deleteTrigger"] as const)(
    "ScriptApp.%s needs script.scriptapp under a manifest",
    (method) => {
      const { ScriptApp, SpreadsheetApp } = createEmulator({ manifest: onlySheets }).globals;
      const calls = {
        newTrigger: () => ScriptApp.newTrigger("f"),
        getProjectTriggers: () => ScriptApp.getProjectTriggers(),
        getUserTriggers: () => ScriptApp.getUserTriggers(SpreadsheetApp.getActive()),
        deleteTrigger: () => ScriptApp.deleteTrigger(null as never),
      };
      expect(calls[method]).toThrow(
        `Specified permissions are not sufficient to call ScriptApp.${method}. Required permissions: https://www.googleapis.com/auth/script.scriptapp`,
      );
    },
  );

  it("needs no scope for the script id, the OAuth token or the enums", () => {
    const { ScriptApp } = createEmulator({ manifest: onlySheets, user: "ana@example.com" }).globals;
    expect(ScriptApp.getScriptId()).toMatch(/^1[\w-]{56}$/);
    expect(ScriptApp.getOAuthToken()).toBe("ya29.emulator-token-for-ana@example.com");
    expect(String(ScriptApp.AuthMode.CUSTOM_FUNCTION)).toBe("CUSTOM_FUNCTION");
  });

  it("charges a trigger's creation 300 ms and its builder steps nothing (estimates)", () => {
    const emu = createEmulator();
    emu.globals.ScriptApp.newTrigger("f").timeBased().everyDays(1).atHour(9).create();
    expect(emu.clock.projectedMs()).toBe(300);
  });
});
