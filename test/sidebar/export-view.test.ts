import { describe, expect, it } from "vitest";
import { describeChange, fieldLabel, parseBulletMessage, sortChanges, valueText, type Change } from "../../sidebar/view/changes";
import { importSource, restoredLines } from "../../sidebar/view/import-form";

const change = (overrides: Partial<Change>): Change => ({
  section: "attributes",
  id: "plan",
  change: "changed",
  breaking: false,
  ...overrides,
});

describe("changes since the last export", () => {
  it("lists breaking changes first, otherwise keeping the plan's order", () => {
    const sorted = sortChanges([
      change({ id: "a" }),
      change({ id: "b", breaking: true }),
      change({ id: "c" }),
      change({ id: "d", breaking: true }),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(["b", "d", "a", "c"]);
  });

  it("describes additions, removals and field changes in words", () => {
    expect(describeChange(change({ section: "profiles", id: "new-free-users", change: "added" }))).toBe("Profile new-free-users added");
    expect(describeChange(change({ change: "removed" }))).toBe("Attribute plan removed");
    expect(describeChange(change({ field: "consentPurposes", before: ["a", "b"], after: ["a"] }))).toBe(
      "Attribute plan, Consent purposes: a, b → a",
    );
    expect(describeChange(change({ field: "type" }))).toBe("Attribute plan, Type changed");
    expect(describeChange(change({ section: "activations", id: "x → web", field: "owner", before: "", after: "ana" }))).toBe(
      "Activation x → web, Owner: (blank) → ana",
    );
    expect(describeChange(change({ section: "inputs", id: "channels", field: "channels", before: ["web"], after: ["web", "email"] }))).toBe(
      "Plan, Channels: web → web, email",
    );
  });

  it("names fields by their column label and shows plain values, never keys or JSON", () => {
    const text = describeChange(change({ field: "coverageSlaPct", before: 90, after: 85 }));
    expect(text).toBe("Attribute plan, Coverage SLA %: 90 → 85");
    expect(
      describeChange(
        change({ section: "activations", id: "x → web", field: "checklist", before: { qaPassed: false }, after: { qaPassed: true } }),
      ),
    ).not.toMatch(/[{}"]/);
    expect(valueText(true)).toBe("TRUE");
  });

  it("turns JSON keys into words and shortens long values", () => {
    expect(fieldLabel("freshnessSlaHours")).toBe("freshness sla hours");
    expect(valueText(null)).toBe("(blank)");
    expect(valueText("x".repeat(80))).toHaveLength(58);
  });
});

describe("parseBulletMessage", () => {
  it("reads Finalize's blockers as a list under the first sentence", () => {
    const message = "Finalize is blocked; nothing was exported:\n• 1 error to fix first\n• Legal is not done: priya has not approved.";
    expect(parseBulletMessage(message)).toEqual({
      intro: "Finalize is blocked; nothing was exported.",
      items: ["1 error to fix first", "Legal is not done: priya has not approved."],
    });
  });

  it("keeps a message without bullets as its text", () => {
    expect(parseBulletMessage("Google Drive did not respond.")).toEqual({ intro: "Google Drive did not respond.", items: [] });
  });
});

describe("import form", () => {
  it("sends pasted text as is", () => {
    expect(importSource({ source: "json", json: ' {"id": 1} ', fileId: "" })).toEqual({ ok: true, value: { json: ' {"id": 1} ' } });
  });

  it("reduces a pasted Drive link to its file ID", () => {
    expect(importSource({ source: "fileId", json: "", fileId: " https://drive.google.com/file/d/1aJ3c_4E-x/view?usp=drivesdk " })).toEqual({
      ok: true,
      value: { fileId: "1aJ3c_4E-x" },
    });
    expect(importSource({ source: "fileId", json: "", fileId: "1aJ3c" })).toEqual({ ok: true, value: { fileId: "1aJ3c" } });
  });

  it("says what to fill in before any round trip", () => {
    expect(importSource({ source: "json", json: "  ", fileId: "x" })).toEqual({
      ok: false,
      message: "Paste the text of a plan file first.",
    });
    expect(importSource({ source: "fileId", json: "{}", fileId: "" })).toEqual({
      ok: false,
      message: "Enter the Drive file ID of a plan file.",
    });
  });

  it("lists restored sheets with their row counts", () => {
    expect(
      restoredLines({
        planId: "p",
        version: 2,
        restored: [
          { sheet: "3 Profiles", rows: 3 },
          { sheet: "Profile tests", rows: 0 },
        ],
        refreshed: null,
      }),
    ).toEqual(["3 Profiles: 3 rows", "Profile tests: No rows yet"]);
  });
});
