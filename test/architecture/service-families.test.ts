// Each adapter folder touches one Apps Script service family; use cases and
// entry points reach Google only through them, and the domain not at all.
// Read from the source, so a call that slips into the wrong room fails here.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const SERVICES = [
  "SpreadsheetApp",
  "PropertiesService",
  "CacheService",
  "LockService",
  "ScriptApp",
  "HtmlService",
  "Session",
  "MailApp",
  "Drive",
  "DriveApp",
  "BigQuery",
  "Utilities",
  "UrlFetchApp",
  "DocumentApp",
] as const;

/** The services each folder may call. Utilities is shared: sleeps between retries, digests, dates, blobs. */
const ALLOWED: Record<string, readonly string[]> = {
  "src/domain": [],
  "src/sheets": ["SpreadsheetApp", "Utilities"],
  "src/store": ["PropertiesService", "CacheService"],
  "src/platform": ["LockService", "ScriptApp", "HtmlService", "Session", "Utilities", "SpreadsheetApp"],
  "src/drive": ["Drive", "Utilities"],
  "src/mail": ["MailApp", "Utilities"],
  "src/warehouse": ["BigQuery", "Utilities"],
  "src/use-cases": [],
  "src/server": [],
};

/** The platform adapter reaches the UI through SpreadsheetApp; nothing else of it. */
const PLATFORM_SPREADSHEET_USES = /^SpreadsheetApp\.(getUi\(\)|flush\(\)|getActiveSpreadsheet\(\)\.toast\()/;

const files = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(folder, name));

/** The code without comments and string literals, so a sentence naming a service is not a call. */
const code = (file: string): string =>
  readFileSync(join(ROOT, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');

function callsIn(file: string): { service: string; use: string }[] {
  const text = code(file);
  return SERVICES.flatMap((service) =>
    [...text.matchAll(new RegExp(`(?<![\\w.])${service}\\.[\\w().]*`, "g"))].map((match) => ({ service, use: match[0] })),
  );
}

const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), "utf8").matchAll(/from\s+"(\.[^"]+)"/g)].map((match) =>
    relative(ROOT, resolve(ROOT, file, "..", match[1])),
  );

describe("each folder of src/ calls only its own Apps Script services", () => {
  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    it(`${folder} calls ${allowed.length ? allowed.join(", ") : "no Apps Script service"}`, () => {
      const strays = files(folder).flatMap((file) =>
        callsIn(file)
          .filter(({ service }) => !allowed.includes(service))
          .map(({ use }) => `${file}: ${use}`),
      );
      expect(strays).toEqual([]);
    });
  }

  it("the platform adapter uses SpreadsheetApp only for the UI and the flush before a lock is released", () => {
    const uses = files("src/platform").flatMap((file) =>
      callsIn(file)
        .filter(({ service }) => service === "SpreadsheetApp")
        .map(({ use }) => use),
    );
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((use) => !PLATFORM_SPREADSHEET_USES.test(use))).toEqual([]);
  });

  it("dependencies run one way: domain ← adapters ← use cases ← entry points", () => {
    const layer = (path: string): number =>
      path.startsWith("src/domain") ? 0 : path.startsWith("src/use-cases") ? 2 : path.startsWith("src/server") ? 3 : 1;
    const backwards = Object.keys(ALLOWED).flatMap((folder) =>
      files(folder).flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith("src/") && layer(target) > layer(file))
          .map((target) => `${file} → ${target}`),
      ),
    );
    expect(backwards).toEqual([]);
  });
});
