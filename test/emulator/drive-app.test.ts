import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// Creating, finding, copying and trashing files, unknown ids, the iterator's end and the 10 MB text limit are in
// drive-and-triggers.test.ts; DriveApp's full-drive scope in scopes.test.ts.
const start = new Date("2025-06-01T09:00:00Z");

function setup() {
  let now = start.getTime();
  const emu = createEmulator({ user: "ana@example.com", now: () => new Date(now) });
  return { emu, DriveApp: emu.globals.DriveApp, tick: (ms: number) => (now += ms) };
}

describe("DriveApp folders (developers.google.com/apps-script/reference/drive/folder)", () => {
  it("nests folders and lists a folder's files and folders, by name too, without the trashed", () => {
    const { DriveApp } = setup();
    const plans = DriveApp.createFolder("Plans");
    const archive = plans.createFolder("Archive");
    plans.createFile("a.json", "{}");
    plans.createFile("b.json", "{}").setTrashed(true);
    const names = (it: { hasNext(): boolean; next(): { getName(): string } }) => {
      const out: string[] = [];
      while (it.hasNext()) out.push(it.next().getName());
      return out;
    };
    expect(names(plans.getFiles())).toEqual(["a.json"]);
    expect(names(plans.getFolders())).toEqual(["Archive"]);
    expect(names(plans.getFilesByName("a.json"))).toEqual(["a.json"]);
    expect(names(plans.getFoldersByName("Archive"))).toEqual(["Archive"]);
    expect(names(archive.getParents())).toEqual(["Plans"]);
    expect(names(DriveApp.getFoldersByName("Archive"))).toEqual(["Archive"]);
    expect(DriveApp.getFolderById(archive.getId()).getUrl()).toBe(`https://drive.google.com/drive/folders/${archive.getId()}`);
  });

  it("adds a file to a second folder, removes it from one, and moves it", () => {
    const { DriveApp } = setup();
    const a = DriveApp.createFolder("A");
    const b = DriveApp.createFolder("B");
    const file = a.createFile("f.txt", "x");
    b.addFile(file);
    expect(file.getParents().next().getName()).toBe("A");
    a.removeFile(file);
    expect(b.getFiles().next().getId()).toBe(file.getId());
    file.moveTo(a);
    expect([a.getFiles().hasNext(), b.getFiles().hasNext()]).toEqual([true, false]);
  });

  it("refuses a folder's id where a file's is asked for, and the other way round", () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder("F");
    const file = folder.createFile("f.txt", "x");
    expect(() => DriveApp.getFileById(folder.getId())).toThrow("No item with the given ID could be found.");
    expect(() => DriveApp.getFolderById(file.getId())).toThrow("No item with the given ID could be found.");
  });
});

describe("DriveApp files (developers.google.com/apps-script/reference/drive/file)", () => {
  it("keeps a description, owner, creation and update times on the emulator clock", () => {
    const { DriveApp, tick } = setup();
    const file = DriveApp.createFile("f.txt", "x");
    tick(60_000);
    file.setDescription("the plan").setName("plan.txt");
    expect([file.getDescription(), file.getOwner().getEmail(), file.getName()]).toEqual(["the plan", "ana@example.com", "plan.txt"]);
    expect(file.getLastUpdated().getTime() - file.getDateCreated().getTime()).toBe(60_000);
    expect(DriveApp.createFile("g.txt", "y").getDescription()).toBeNull();
  });

  it("makes a copy named 'Copy of …' beside the original, or where told", () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder("F");
    const file = folder.createFile("plan.json", "{}");
    expect(file.makeCopy().getName()).toBe("Copy of plan.json");
    expect(file.makeCopy().getParents().next().getName()).toBe("F");
    expect(file.makeCopy(DriveApp.getRootFolder()).getParents().next().getName()).toBe("My Drive");
  });

  it("finds files by MIME type and replaces text content", () => {
    const { DriveApp, emu } = setup();
    const csv = DriveApp.createFile("rows.csv", "a,b", emu.globals.MimeType.CSV);
    expect(DriveApp.getFilesByType("text/csv").next().getId()).toBe(csv.getId());
    csv.setContent("c,d");
    expect([csv.getBlob().getDataAsString(), csv.getSize(), csv.getBlob().getName()]).toEqual(["c,d", 3, "rows.csv"]);
  });

  it("gives a Google Doc no size and its HTML as its blob", () => {
    const { emu } = setup();
    const { Drive, DriveApp, Utilities } = emu.globals;
    const doc = Drive.Files.create(
      { name: "Doc", mimeType: "application/vnd.google-apps.document" },
      Utilities.newBlob("<p>x</p>", "text/html"),
    );
    const file = DriveApp.getFileById(doc.id);
    expect([file.getSize(), file.getBlob().getContentType(), file.getAs("application/pdf").getDataAsString()]).toEqual([
      0,
      "text/html",
      "<p>x</p>",
    ]);
  });

  it("charges Drive calls 300 ms and getters 10 ms to the projected clock (estimates)", () => {
    const { emu, DriveApp } = setup();
    const file = DriveApp.createFile("f.txt", "x");
    file.getName();
    expect(emu.clock.projectedMs()).toBe(310);
  });
});

describe("iterators", () => {
  it("give their position as a continuation token", () => {
    const { DriveApp } = setup();
    DriveApp.createFile("a", "1");
    DriveApp.createFile("b", "2");
    const it = DriveApp.getFiles();
    expect(it.getContinuationToken()).toBe("0");
    it.next();
    expect(it.getContinuationToken()).toBe("1");
  });
});
