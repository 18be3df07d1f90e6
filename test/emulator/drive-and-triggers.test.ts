import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

describe("DriveApp", () => {
  it("creates files and folders and finds them", () => {
    const emu = createEmulator();
    const { DriveApp, MimeType, Utilities } = emu.globals;
    const folder = DriveApp.createFolder("Exports");
    const file = folder.createFile("plan.json", '{"a":1}', MimeType.PLAIN_TEXT);
    expect([file.getName(), file.getMimeType(), file.getSize(), file.getBlob().getDataAsString()]).toEqual([
      "plan.json",
      "text/plain",
      7,
      '{"a":1}',
    ]);
    expect(DriveApp.getFileById(file.getId()).getParents().next().getName()).toBe("Exports");
    const it = DriveApp.getFilesByName("plan.json");
    expect(it.hasNext()).toBe(true);
    expect(it.next().getId()).toBe(file.getId());
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow("Cannot retrieve the next object: iterator has reached the end.");
    const fromBlob = DriveApp.createFile(Utilities.newBlob("x", "text/csv", "a.csv"));
    expect([fromBlob.getName(), fromBlob.getMimeType()]).toEqual(["a.csv", "text/csv"]);
    const copy = file.makeCopy("v2.json", DriveApp.getRootFolder());
    file.setTrashed(true);
    expect(DriveApp.getFilesByName("plan.json").hasNext()).toBe(false);
    expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
    expect(
      emu.drive
        .list()
        .map((f) => f.name)
        .sort(),
    ).toEqual(["a.csv", "plan.json", "v2.json"]);
    expect(copy.getUrl()).toBe(`https://drive.google.com/file/d/${copy.getId()}/view?usp=drivesdk`);
  });

  it("throws the real message for unknown ids", () => {
    const { DriveApp } = createEmulator().globals;
    expect(() => DriveApp.getFileById("nope")).toThrow(
      "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.",
    );
  });

  it("converts HTML to a Google Doc through the advanced Drive service", () => {
    const emu = createEmulator();
    const { Drive, DriveApp, Utilities } = emu.globals;
    const folder = DriveApp.createFolder("Docs");
    const res = Drive.Files.create(
      { name: "Plan v1", mimeType: "application/vnd.google-apps.document", parents: [folder.getId()] },
      Utilities.newBlob("<h1>Plan</h1>", "text/html"),
    );
    expect(res).toMatchObject({ name: "Plan v1", mimeType: "application/vnd.google-apps.document", parents: [folder.getId()] });
    expect(Drive.Files.get(res.id).webViewLink).toBe(`https://docs.google.com/document/d/${res.id}/edit?usp=drivesdk`);
    expect(emu.drive.list().find((f) => f.id === res.id)!.content).toBe("<h1>Plan</h1>");
    expect(Drive.Files.list({ q: `'${folder.getId()}' in parents and trashed = false` }).files.map((f) => f.id)).toEqual([res.id]);
    expect(() => Drive.Files.get("missing")).toThrow("API call to drive.files.get failed with error: File not found: missing.");
  });
});

describe("ScriptApp triggers", () => {
  it("creates, lists and deletes installable triggers", () => {
    const { ScriptApp, SpreadsheetApp } = createEmulator().globals;
    const weekly = ScriptApp.newTrigger("weeklyReport").timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).create();
    const edit = ScriptApp.newTrigger("onEditInstalled").forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
    expect(weekly.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(String(edit.getEventType())).toBe("ON_EDIT");
    expect(edit.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(edit.getTriggerSourceId()).toBe(SpreadsheetApp.getActive().getId());
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["weeklyReport", "onEditInstalled"]);
    expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActive())).toHaveLength(1);
    ScriptApp.deleteTrigger(weekly);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([edit.getUniqueId()]);
  });

  it("limits each user to 20 triggers", () => {
    const emu = createEmulator();
    const { ScriptApp } = emu.globals;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyDays(1).create();
    expect(() => ScriptApp.newTrigger("one more").timeBased().everyDays(1).create()).toThrow(
      "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    );
    emu.setUser("someone@example.com");
    expect(() => ScriptApp.newTrigger("theirs").timeBased().everyHours(1).create()).not.toThrow();
  });
});

describe("text content over 10 MB", () => {
  it("is refused by createFile(name, content) and setContent, as Apps Script documents, but not as a Blob", () => {
    const emulator = createEmulator();
    const drive = emulator.globals.DriveApp as unknown as GoogleAppsScript.Drive.DriveApp;
    const utilities = emulator.globals.Utilities as unknown as GoogleAppsScript.Utilities.Utilities;
    const big = "x".repeat(10 * 1024 * 1024 + 1);
    expect(() => drive.createFile("big.txt", big)).toThrow(/larger than 10MB/);
    const small = drive.createFile("small.txt", "ok");
    expect(() => small.setContent(big)).toThrow(/larger than 10MB/);
    expect(drive.createFile(utilities.newBlob(big, "text/plain", "big.txt")).getSize()).toBe(big.length);
  });
});
