import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

describe("PropertiesService", () => {
  it("stores strings per store, null when missing", () => {
    const { globals } = createEmulator();
    const doc = globals.PropertiesService.getDocumentProperties();
    expect(doc.getProperty("missing")).toBeNull();
    doc.setProperty("a", "1").setProperties({ b: 2 });
    expect(doc.getProperties()).toEqual({ a: "1", b: "2" });
    expect(globals.PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    doc.setProperties({ c: "3" }, true);
    expect(doc.getKeys()).toEqual(["c"]);
    doc.deleteProperty("c");
    expect(doc.getProperty("c")).toBeNull();
  });

  it("keys user properties by the active user", () => {
    const emu = createEmulator({ user: "a@example.com" });
    emu.globals.PropertiesService.getUserProperties().setProperty("k", "a");
    emu.setUser("b@example.com");
    expect(emu.globals.PropertiesService.getUserProperties().getProperty("k")).toBeNull();
    expect(emu.globals.Session.getActiveUser().getEmail()).toBe("b@example.com");
  });

  it("enforces the 9 KB value and 500 KB store quotas, changing nothing on failure", () => {
    const props = createEmulator().globals.PropertiesService.getScriptProperties();
    expect(() => props.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    expect(props.getProperty("big")).toBeNull();
    const fill = () => {
      for (let i = 0; i < 100; i++) props.setProperty(`k${i}`, "y".repeat(9000));
    };
    expect(fill).toThrow("You have exceeded the property storage quota. Please remove some properties and try again.");
    expect(props.getKeys().length).toBeGreaterThan(50);
    expect(props.getKeys().length).toBeLessThan(60);
  });
});

describe("CacheService", () => {
  it("expires entries on the emulator clock and enforces limits", () => {
    let now = Date.parse("2025-01-01T00:00:00Z");
    const emu = createEmulator({ now: () => new Date(now) });
    const cache = emu.globals.CacheService.getScriptCache();
    cache.put("k", "v", 60);
    cache.putAll({ a: "1", b: "2" });
    expect(cache.getAll(["k", "a", "zz"])).toEqual({ k: "v", a: "1" });
    now += 61_000;
    expect(cache.get("k")).toBeNull();
    expect(cache.get("a")).toBe("1");
    emu.clock.advance(600_000);
    expect(cache.get("a")).toBeNull();
    expect(() => cache.put("big", "x".repeat(100 * 1024 + 1))).toThrow("Argument too large: value");
    expect(() => cache.put("k".repeat(251), "v")).toThrow("Argument too large: key");
    cache.put("b", "2");
    cache.removeAll(["b"]);
    expect(cache.get("b")).toBeNull();
  });
});

describe("LockService", () => {
  it("acquires, releases and records flush-before-release order", () => {
    const emu = createEmulator();
    const lock = emu.globals.LockService.getDocumentLock();
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    emu.globals.SpreadsheetApp.flush();
    lock.releaseLock();
    expect(emu.events.map((e) => e.type)).toEqual(["lock", "flush", "release"]);
  });

  it("times out without real waiting when another execution holds the lock", () => {
    const emu = createEmulator();
    const release = emu.holdLock("document", "other run");
    const lock = emu.globals.LockService.getDocumentLock();
    const before = emu.clock.now().getTime();
    expect(lock.tryLock(5000)).toBe(false);
    expect(() => lock.waitLock(30_000)).toThrow("Lock timeout: another process was holding the lock for too long.");
    expect(emu.clock.now().getTime() - before).toBeGreaterThanOrEqual(35_000);
    expect(emu.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    release();
    expect(lock.tryLock(0)).toBe(true);
  });
});

describe("Utilities and Session", () => {
  it("computes digests as signed bytes equal to node's", () => {
    const { Utilities } = createEmulator().globals;
    const expected = [...createHash("sha256").update("héllo", "utf8").digest()].map((b) => (b > 127 ? b - 256 : b));
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, "héllo")).toEqual(expected);
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, "x", Utilities.Charset.UTF_8)).toHaveLength(16);
    expect(Math.min(...expected)).toBeLessThan(0);
  });

  it("encodes base64 and blobs", () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.base64Encode("hi?>")).toBe("aGk/Pg==");
    expect(Utilities.base64EncodeWebSafe("hi?>")).toBe("aGk_Pg==");
    expect(Utilities.newBlob(Utilities.base64Decode("aGk/Pg==")).getDataAsString()).toBe("hi?>");
    const blob = Utilities.newBlob("<p>x</p>", "text/html", "x.html");
    expect([blob.getContentType(), blob.getName(), blob.getBytes()]).toEqual(["text/html", "x.html", [60, 112, 62, 120, 60, 47, 112, 62]]);
    expect(Utilities.parseCsv('a,"b,c"\n1,"say ""hi"""')).toEqual([
      ["a", "b,c"],
      ["1", 'say "hi"'],
    ]);
  });

  it("formats dates with SimpleDateFormat patterns", () => {
    const { Utilities } = createEmulator().globals;
    const d = new Date(Date.UTC(2025, 5, 1, 13, 5, 9));
    expect(Utilities.formatDate(d, "UTC", "yyyy-MM-dd'T'HH:mm:ss")).toBe("2025-06-01T13:05:09");
    expect(Utilities.formatDate(d, "Europe/Paris", "dd/MM/yy HH:mm Z")).toBe("01/06/25 15:05 +0200");
    expect(Utilities.formatDate(d, "America/New_York", "EEE MMM d, h:mm a")).toBe("Sun Jun 1, 9:05 AM");
  });

  it("sleeps on a virtual clock", () => {
    const start = Date.parse("2025-06-01T09:00:00Z");
    const emu = createEmulator({ now: () => new Date(start) });
    // A real wait would outlast the test timeout.
    emu.globals.Utilities.sleep(60_000);
    expect(emu.clock.sleptMs()).toBe(60_000);
    expect(emu.clock.now().getTime() - start).toBe(60_000);
    expect(emu.globals.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reports the session", () => {
    const { Session } = createEmulator({ user: "me@example.com", timeZone: "Europe/Paris" }).globals;
    expect([Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone()]).toEqual([
      "me@example.com",
      "me@example.com",
      "Europe/Paris",
    ]);
    expect(Session.getTemporaryActiveUserKey()).toBe(Session.getTemporaryActiveUserKey());
  });
});

describe("Ui and HtmlService", () => {
  it("records menus, sidebars, dialogs, alerts and toasts", () => {
    const emu = createEmulator({ htmlFiles: { Sidebar: "<h1>Hi</h1>" }, addonName: "Profiles" });
    const { SpreadsheetApp, HtmlService } = emu.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Open", "showSidebar")
      .addSeparator()
      .addSubMenu(ui.createMenu("More").addItem("Validate", "validatePlan"))
      .addToUi();
    expect(emu.ui.menus).toEqual([
      {
        title: "Profiles",
        items: [
          { caption: "Open", functionName: "showSidebar" },
          { separator: true },
          { title: "More", items: [{ caption: "Validate", functionName: "validatePlan" }] },
        ],
      },
    ]);
    ui.showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Profiles"));
    expect(emu.ui.sidebar).toEqual({ title: "Profiles", html: "<h1>Hi</h1>", width: undefined });
    ui.showModalDialog(HtmlService.createHtmlOutput("<p>x</p>").append("!"), "Dialog");
    expect(emu.ui.dialogs[0]).toMatchObject({ title: "Dialog", html: "<p>x</p>!", modal: true });
    expect(ui.alert("Done")).toBe(ui.Button.OK);
    emu.ui.respondNext("NO");
    expect(ui.alert("Sure?", "Delete it?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(emu.ui.alerts[1]).toEqual({ title: "Sure?", message: "Delete it?", buttons: "YES_NO", response: "NO" });
    SpreadsheetApp.getActiveSpreadsheet().toast("Saved", "Plan");
    expect(emu.ui.toasts).toEqual([{ message: "Saved", title: "Plan", timeoutSeconds: 5 }]);
  });

  it("throws the real message for a missing HTML file", () => {
    const { HtmlService } = createEmulator().globals;
    expect(() => HtmlService.createHtmlOutputFromFile("Nope")).toThrow("No HTML file named Nope was found.");
  });

  it("records Logger and console output without printing", () => {
    const emu = createEmulator();
    emu.globals.Logger.log("Hello %s", "world");
    emu.globals.console.warn("careful", { a: 1 });
    expect(emu.logs.map((l) => [l.source, l.level, l.message])).toEqual([
      ["Logger", "log", "Hello world"],
      ["console", "warn", "careful { a: 1 }"],
    ]);
  });
});
