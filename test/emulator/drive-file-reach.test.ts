import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

const auth = (s: string) => `https://www.googleapis.com/auth/${s}`;
const driveFile = { oauthScopes: [auth("spreadsheets.currentonly"), auth("drive.file")] };
const FOLDER = "application/vnd.google-apps.folder";

describe("the advanced Drive service under drive.file", () => {
  it("reaches files the script created", () => {
    const { Drive } = createEmulator({ manifest: driveFile }).globals;
    const folder = Drive.Files.create({ name: "Plans", mimeType: FOLDER });
    const file = Drive.Files.create({ name: "plan.json", parents: [folder.id] });
    expect(Drive.Files.get(file.id).name).toBe("plan.json");
    expect(Drive.Files.update({ trashed: true }, file.id).trashed).toBe(true);
  });

  it("answers a file the user owns but the script did not create as not found", () => {
    const emu = createEmulator({ manifest: driveFile });
    const mine = emu.drive.addUserFile({ name: "notes.txt", content: "private" });
    const { Drive } = emu.globals;
    expect(() => Drive.Files.get(mine.id)).toThrow(`API call to drive.files.get failed with error: File not found: ${mine.id}.`);
    expect(() => Drive.Files.update({ name: "x" }, mine.id)).toThrow(`drive.files.update failed with error: File not found: ${mine.id}.`);
    expect(() => Drive.Files.copy({}, mine.id)).toThrow(`File not found: ${mine.id}.`);
    expect(() => Drive.Files.remove(mine.id)).toThrow(`drive.files.delete failed with error: File not found: ${mine.id}.`);
    expect(emu.drive.list().map((f) => f.name)).toEqual(["notes.txt"]);
  });

  it("reaches a file once the user picks it", () => {
    const emu = createEmulator({ manifest: driveFile });
    const mine = emu.drive.addUserFile({ name: "import.json", content: "{}" });
    emu.drive.pick(mine.id);
    expect(emu.globals.Drive.Files.get(mine.id).name).toBe("import.json");
  });

  it("lists only reachable files", () => {
    const emu = createEmulator({ manifest: driveFile });
    emu.drive.addUserFile({ name: "plan.json" });
    const own = emu.globals.Drive.Files.create({ name: "plan.json" });
    const listed = emu.globals.Drive.Files.list({ q: "name = 'plan.json'" }).files.map((f) => f.id);
    expect(listed).toEqual([own.id]);
  });

  it("cannot put a file into a folder it cannot reach, but can use the root", () => {
    const emu = createEmulator({ manifest: driveFile });
    const theirs = emu.drive.addUserFile({ name: "Shared", mimeType: FOLDER });
    const { Drive } = emu.globals;
    expect(() => Drive.Files.create({ name: "a", parents: [theirs.id] })).toThrow(
      `API call to drive.files.create failed with error: File not found: ${theirs.id}.`,
    );
    const own = Drive.Files.create({ name: "a", parents: ["root"] });
    expect(() => Drive.Files.update({}, own.id, undefined, { addParents: theirs.id })).toThrow(`File not found: ${theirs.id}.`);
  });

  it("reaches everything with the full drive scope or without a manifest", () => {
    for (const manifest of [{ oauthScopes: [auth("drive"), auth("drive.file")] }, undefined]) {
      const emu = createEmulator({ manifest });
      const mine = emu.drive.addUserFile({ name: "notes.txt" });
      expect(emu.globals.Drive.Files.get(mine.id).name).toBe("notes.txt");
    }
  });

  it("remembers what the script created and what was picked across saved states", () => {
    const emu = createEmulator({ manifest: driveFile });
    const own = emu.globals.Drive.Files.create({ name: "own" });
    const picked = emu.drive.addUserFile({ name: "picked" });
    const other = emu.drive.addUserFile({ name: "other" });
    emu.drive.pick(picked.id);
    const again = createEmulator({ manifest: driveFile, state: JSON.parse(JSON.stringify(emu.saveState())) });
    const { Drive } = again.globals;
    expect([Drive.Files.get(own.id).name, Drive.Files.get(picked.id).name]).toEqual(["own", "picked"]);
    expect(() => Drive.Files.get(other.id)).toThrow("File not found");
  });
});

describe("files the advanced Drive service creates with generated IDs", () => {
  it("creates with an ID from generateIds once, and answers a second create with it as Drive does (409)", () => {
    const { Drive } = createEmulator({ manifest: driveFile }).globals;
    const { ids, kind } = Drive.Files.generateIds({ count: 2 });
    expect([kind, ids.length, new Set(ids).size]).toEqual(["drive#generatedIds", 2, 2]);
    expect(Drive.Files.create({ id: ids[0], name: "plan.json" }).id).toBe(ids[0]);
    expect(() => Drive.Files.create({ id: ids[0], name: "plan.json" })).toThrow(
      "API call to drive.files.create failed with error: A file already exists with the provided ID.",
    );
    expect(Drive.Files.list({ q: "name = 'plan.json'" }).files).toHaveLength(1);
  });

  it("refuses an ID it did not generate", () => {
    const { Drive } = createEmulator({ manifest: driveFile }).globals;
    expect(() => Drive.Files.create({ id: "my-own-id", name: "x" })).toThrow(
      "API call to drive.files.create failed with error: The provided file ID is not usable.",
    );
  });

  it("exports a Google Doc only with alt=media, as live Apps Script insists", () => {
    const emu = createEmulator({ manifest: driveFile });
    const { Drive, Utilities } = emu.globals;
    const doc = Drive.Files.create(
      { name: "Doc", mimeType: "application/vnd.google-apps.document" },
      Utilities.newBlob("<p>hi</p>", "text/html"),
    );
    expect(() => Drive.Files.export(doc.id, "text/html")).toThrow(
      "API call to drive.files.export failed with error: Export requires alt=media to download the exported content.",
    );
    expect(Drive.Files.export(doc.id, "text/html", { alt: "media" })).toContain("hi");
  });
});
