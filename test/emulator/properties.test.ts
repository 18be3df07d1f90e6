import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// Basic storage, the per-user store and the 9 KB / 500 KB quotas with ASCII values are in services.test.ts.
const QUOTA = "You have exceeded the property storage quota. Please remove some properties and try again.";

describe("PropertiesService values (developers.google.com/apps-script/guides/properties)", () => {
  it("stores every value as a string, as the guide says non-strings are converted", () => {
    const props = createEmulator().globals.PropertiesService.getDocumentProperties();
    props.setProperties({ n: 12, b: true, o: { a: 1 } as unknown as string });
    expect(props.getProperties()).toEqual({ n: "12", b: "true", o: "[object Object]" });
  });

  it("hands out copies: changing what getProperties returned changes nothing stored", () => {
    const props = createEmulator().globals.PropertiesService.getScriptProperties();
    props.setProperty("k", "v");
    const copy = props.getProperties();
    copy.k = "changed";
    expect(props.getProperty("k")).toBe("v");
  });

  it("keeps the document, script and user stores apart", () => {
    const { PropertiesService } = createEmulator().globals;
    PropertiesService.getDocumentProperties().setProperty("k", "doc");
    PropertiesService.getScriptProperties().setProperty("k", "script");
    PropertiesService.getUserProperties().setProperty("k", "user");
    expect([
      PropertiesService.getDocumentProperties().getProperty("k"),
      PropertiesService.getScriptProperties().getProperty("k"),
      PropertiesService.getUserProperties().getProperty("k"),
    ]).toEqual(["doc", "script", "user"]);
  });

  it("deletes one key, then all, and deleting a missing key is no error", () => {
    const props = createEmulator().globals.PropertiesService.getDocumentProperties();
    props.setProperties({ a: "1", b: "2" });
    props.deleteProperty("missing").deleteProperty("a");
    expect(props.getKeys()).toEqual(["b"]);
    props.deleteAllProperties();
    expect(props.getProperties()).toEqual({});
  });

  it("survives saveState, user stores included", () => {
    const emu = createEmulator({ user: "ana@example.com" });
    emu.globals.PropertiesService.getDocumentProperties().setProperty("plan", "P-1");
    emu.globals.PropertiesService.getUserProperties().setProperty("seen", "yes");
    const again = createEmulator({ state: JSON.parse(JSON.stringify(emu.saveState())) });
    expect(again.globals.PropertiesService.getDocumentProperties().getProperty("plan")).toBe("P-1");
    expect(again.globals.PropertiesService.getUserProperties().getProperty("seen")).toBe("yes");
  });
});

describe("PropertiesService quotas (developers.google.com/apps-script/guides/services/quotas: 9 KB a value, 500 KB a store)", () => {
  it("accepts a value of exactly 9 KB and refuses one byte more", () => {
    const props = createEmulator().globals.PropertiesService.getScriptProperties();
    props.setProperty("max", "x".repeat(9 * 1024));
    expect(props.getProperty("max")).toHaveLength(9 * 1024);
    expect(() => props.setProperty("over", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
  });

  it("counts a value's UTF-8 bytes, not its characters", () => {
    const props = createEmulator().globals.PropertiesService.getScriptProperties();
    // 4,609 two-byte characters are 9,218 bytes.
    expect(() => props.setProperty("accents", "é".repeat(4609))).toThrow("Argument too large: value");
    props.setProperty("accents", "é".repeat(4608));
  });

  it("counts keys as well as values against the store's 500 KB", () => {
    const props = createEmulator().globals.PropertiesService.getScriptProperties();
    const value = "v".repeat(8000);
    for (let i = 0; i < 63; i++) props.setProperty(`k${i}`, value);
    // 64 values of 8,000 bytes are exactly 512,000 bytes: only their keys put the 64th over.
    expect(() => props.setProperty("k63", value)).toThrow(QUOTA);
    expect(props.getProperty("k63")).toBeNull();
  });

  it("applies setProperties all or nothing: one value too large stores none of them", () => {
    const props = createEmulator().globals.PropertiesService.getDocumentProperties();
    props.setProperty("kept", "old");
    expect(() => props.setProperties({ a: "1", big: "x".repeat(9 * 1024 + 1) }, true)).toThrow("Argument too large: value");
    expect(props.getProperties()).toEqual({ kept: "old" });
  });

  it("makes room with deleteAllOthers: the new set alone counts against the quota", () => {
    const props = createEmulator().globals.PropertiesService.getDocumentProperties();
    const value = "v".repeat(9000);
    for (let i = 0; i < 50; i++) props.setProperty(`old${i}`, value);
    props.setProperties(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`new${i}`, value])), true);
    expect(props.getKeys()).toHaveLength(50);
    expect(props.getKeys().every((k) => k.startsWith("new"))).toBe(true);
  });

  it("gives each store its own 500 KB", () => {
    const { PropertiesService } = createEmulator().globals;
    const value = "v".repeat(9000);
    for (let i = 0; i < 50; i++) PropertiesService.getDocumentProperties().setProperty(`k${i}`, value);
    for (let i = 0; i < 50; i++) PropertiesService.getScriptProperties().setProperty(`k${i}`, value);
    expect(PropertiesService.getScriptProperties().getKeys()).toHaveLength(50);
  });
});

describe("PropertiesService and authorization", () => {
  it("needs no scope under a manifest", () => {
    const emu = createEmulator({ manifest: { oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"] } });
    emu.globals.PropertiesService.getUserProperties().setProperty("k", "v");
    expect(emu.globals.PropertiesService.getUserProperties().getProperty("k")).toBe("v");
  });

  it("is refused in AuthMode.NONE, for every store", () => {
    const emu = createEmulator();
    const { PropertiesService } = emu.globals;
    const messages = emu.runTrigger("onOpen", () =>
      [() => PropertiesService.getScriptProperties(), () => PropertiesService.getUserProperties()].map((call) => {
        try {
          call();
          return "";
        } catch (e) {
          return (e as Error).message;
        }
      }),
    );
    expect(messages).toEqual([
      "You do not have permission to call PropertiesService.getScriptProperties.",
      "You do not have permission to call PropertiesService.getUserProperties.",
    ]);
  });
});
