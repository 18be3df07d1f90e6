import { describe, expect, it } from "vitest";
import { LATENCY, createEmulator } from "../../emulator";

// HTML → Google Doc, q by parent, drive.file reach, generated IDs and export without alt=media are in
// drive-and-triggers.test.ts and drive-file-reach.test.ts.
const DOC = "application/vnd.google-apps.document";
const FOLDER = "application/vnd.google-apps.folder";
const start = new Date("2025-06-01T09:00:00Z");

function setup() {
  let now = start.getTime();
  const emu = createEmulator({ now: () => new Date(now) });
  const tick = (ms: number) => {
    now += ms;
  };
  return { emu, Drive: emu.globals.Drive, Utilities: emu.globals.Utilities, tick };
}

describe("Drive.Files.create and get (Drive API v3 files resource)", () => {
  it("returns a v3 File resource: kind, parents, times, size and md5 for binary files, webViewLink", () => {
    const { Drive, Utilities } = setup();
    const file = Drive.Files.create({ name: "plan.json", description: "draft" }, Utilities.newBlob('{"a":1}', "application/json"));
    expect(file).toEqual({
      kind: "drive#file",
      id: file.id,
      name: "plan.json",
      mimeType: "application/json",
      parents: [expect.any(String)],
      description: "draft",
      trashed: false,
      createdTime: start.toISOString(),
      modifiedTime: start.toISOString(),
      size: "7",
      md5Checksum: "bb6cb5c68df4652941caf652a366f2d8",
      webViewLink: `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
    });
  });

  it("reports the md5 of the content the file holds now, after each new content", () => {
    const { Drive, Utilities } = setup();
    const file = Drive.Files.create({ name: "plan.json" }, Utilities.newBlob('{"a":1}', "application/json"));
    const md5 = (text: string) =>
      Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, text)
        .map((byte) => ((byte + 256) % 256).toString(16).padStart(2, "0"))
        .join("");
    Drive.Files.update({}, file.id, Utilities.newBlob('{"a":2}', "application/json"));
    expect(Drive.Files.get(file.id).md5Checksum).toBe(md5('{"a":2}'));
    Drive.Files.update({ name: "renamed.json" }, file.id);
    expect(Drive.Files.list({ q: "name = 'renamed.json'" }).files[0].md5Checksum).toBe(md5('{"a":2}'));
  });

  it("names and types a file from its blob when the resource does not, and reports no size for Google types", () => {
    const { Drive, Utilities } = setup();
    expect(Drive.Files.create({}, Utilities.newBlob("x", "text/csv", "rows.csv"))).toMatchObject({
      name: "rows.csv",
      mimeType: "text/csv",
    });
    expect(Drive.Files.create({})).toMatchObject({ name: "Untitled", mimeType: "application/octet-stream", size: "0" });
    const doc = Drive.Files.create({ name: "Doc", mimeType: DOC }, Utilities.newBlob("<p>x</p>", "text/html"));
    expect("size" in doc || "md5Checksum" in doc).toBe(false);
  });

  it("downloads a binary file's content with alt=media and refuses a Google Doc's, as Drive does", () => {
    const { Drive, Utilities } = setup();
    const file = Drive.Files.create({ name: "a.txt" }, Utilities.newBlob("hello", "text/plain"));
    expect(Drive.Files.get(file.id, { alt: "media" })).toBe("hello");
    const doc = Drive.Files.create({ name: "Doc", mimeType: DOC }, Utilities.newBlob("<p>x</p>", "text/html"));
    expect(() => Drive.Files.get(doc.id, { alt: "media" })).toThrow(
      "API call to drive.files.get failed with error: Only files with binary content can be downloaded. Use Export with Docs Editors files.",
    );
  });

  it("reaches the root folder by its 'root' alias", () => {
    const { emu, Drive } = setup();
    expect(Drive.Files.get("root").id).toBe(emu.drive.folders()[0].id);
  });
});

describe("Drive.Files.export", () => {
  it("exports a Google Doc as HTML or text only, and only Docs Editors files", () => {
    const { Drive, Utilities } = setup();
    const doc = Drive.Files.create({ name: "Doc", mimeType: DOC }, Utilities.newBlob("<p>x</p>", "text/html"));
    expect(Drive.Files.export(doc.id, "text/plain", { alt: "media" })).toBe("<p>x</p>");
    expect(() => Drive.Files.export(doc.id, "application/pdf", { alt: "media" })).toThrow(
      "API call to drive.files.export failed with error: The requested conversion is not supported.",
    );
    const text = Drive.Files.create({ name: "a.txt" }, Utilities.newBlob("hi", "text/plain"));
    expect(() => Drive.Files.export(text.id, "text/plain", { alt: "media" })).toThrow(
      "API call to drive.files.export failed with error: Export only supports Docs Editors files.",
    );
  });
});

describe("Drive.Files.update, copy and remove", () => {
  it("renames, describes, trashes, replaces content and moves between parents, touching modifiedTime", () => {
    const { Drive, Utilities, tick } = setup();
    const a = Drive.Files.create({ name: "A", mimeType: FOLDER });
    const b = Drive.Files.create({ name: "B", mimeType: FOLDER });
    const file = Drive.Files.create({ name: "old", parents: [a.id] }, Utilities.newBlob("1", "text/plain"));
    tick(5000);
    const updated = Drive.Files.update({ name: "new", description: "d", trashed: true }, file.id, Utilities.newBlob("22"), {
      addParents: b.id,
      removeParents: a.id,
    });
    expect(updated).toMatchObject({ name: "new", description: "d", trashed: true, parents: [b.id], size: "2" });
    expect(Date.parse(updated.modifiedTime) - Date.parse(updated.createdTime)).toBe(5000);
    expect(Drive.Files.get(file.id, { alt: "media" })).toBe("22");
  });

  it("copies as 'Copy of <name>' beside the original unless told otherwise", () => {
    const { Drive, Utilities } = setup();
    const folder = Drive.Files.create({ name: "F", mimeType: FOLDER });
    const file = Drive.Files.create({ name: "plan.json", parents: [folder.id] }, Utilities.newBlob("{}"));
    expect(Drive.Files.copy({}, file.id)).toMatchObject({ name: "Copy of plan.json", parents: [folder.id] });
    expect(Drive.Files.copy({ name: "v2.json", parents: ["root"] }, file.id).name).toBe("v2.json");
  });

  it("removes a file for good: it is not in the trash, it is gone", () => {
    const { emu, Drive } = setup();
    const file = Drive.Files.create({ name: "tmp" });
    Drive.Files.remove(file.id);
    expect(emu.drive.list()).toEqual([]);
    expect(() => Drive.Files.get(file.id)).toThrow(`API call to drive.files.get failed with error: File not found: ${file.id}.`);
  });
});

describe("Drive.Files.list q clauses", () => {
  it("filters by name (= and contains), mimeType (= and !=) and trashed, joined by and", () => {
    const { Drive } = setup();
    const folder = Drive.Files.create({ name: "Plans", mimeType: FOLDER });
    const v1 = Drive.Files.create({ name: "plan v1.json", mimeType: "application/json" });
    Drive.Files.create({ name: "plan v2.json", mimeType: "application/json" });
    const gone = Drive.Files.create({ name: "plan v3.json", mimeType: "application/json" });
    Drive.Files.update({ trashed: true }, gone.id);
    const names = (q: string) => Drive.Files.list({ q }).files.map((f) => f.name);
    expect(names("name = 'Plans'")).toEqual(["Plans"]);
    expect(names(`name contains 'plan v' and mimeType != '${FOLDER}' and trashed = false`)).toEqual(["plan v1.json", "plan v2.json"]);
    expect(names("trashed = true")).toEqual(["plan v3.json"]);
    expect(names(`mimeType = '${FOLDER}'`)).toEqual([folder.name]);
    expect(Drive.Files.list({ q: "name contains 'plan'", pageSize: 1 }).files.map((f) => f.id)).toEqual([v1.id]);
  });

  it("reads an escaped quote in a name", () => {
    const { Drive } = setup();
    Drive.Files.create({ name: "Ana's plan" });
    expect(Drive.Files.list({ q: "name = 'Ana\\'s plan'" }).files).toHaveLength(1);
  });

  it("answers a clause it does not understand as Drive answers a bad q: Invalid Value", () => {
    const { Drive } = setup();
    expect(() => Drive.Files.list({ q: "modifiedTime > '2025-01-01'" })).toThrow(
      "API call to drive.files.list failed with error: Invalid Value",
    );
  });
});

describe("Drive.Files.generateIds", () => {
  it("hands out 10 IDs by default and at most 1,000", () => {
    const { Drive } = setup();
    expect(Drive.Files.generateIds().ids).toHaveLength(10);
    expect(Drive.Files.generateIds({ count: 1000 }).ids).toHaveLength(1000);
    expect(() => Drive.Files.generateIds({ count: 1001 })).toThrow("API call to drive.files.generateIds failed with error: Invalid Value");
    expect(() => Drive.Files.generateIds({ count: 0 })).toThrow("Invalid Value");
  });
});

describe("the advanced Drive service and the emulator", () => {
  it("charges each call 300 ms to the projected clock (an estimate)", () => {
    const { emu, Drive } = setup();
    Drive.Files.list();
    expect(emu.clock.projectedMs()).toBe(LATENCY.drive);
  });

  it("fails with the Drive API's wording when a fault is injected", () => {
    const { emu, Drive } = setup();
    emu.faults.failNext("Drive.Files.create");
    expect(() => Drive.Files.create({ name: "x" })).toThrow("API call to drive.files.create failed with error: Internal Error");
    expect(emu.drive.list()).toEqual([]);
  });

  it("is refused in a simple trigger, whatever the manifest", () => {
    const { emu, Drive } = setup();
    expect(() => emu.runTrigger("onEdit", () => Drive.Files.list())).toThrow(/^You do not have permission to call Drive\.Files\.list\./);
  });
});
