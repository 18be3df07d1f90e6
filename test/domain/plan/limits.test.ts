import { describe, expect, it } from "vitest";
import { BLOB_LIMIT_BYTES, MAX_PLAN_FILE_BYTES, planFileSizeProblem } from "../../../src/domain/plan/limits";
import { utf8Length } from "../../../src/domain/storage/utf8";
import { parsePlanFile } from "../../../src/domain/plan/parse-plan-file";
import { planOf } from "./build-plan.support";

/** The example plan as Export writes it, padded with trailing spaces (still valid JSON) to exactly `bytes`. */
function planFileOf(bytes: number): string {
  const text = JSON.stringify(planOf(), null, 2);
  return text + " ".repeat(bytes - utf8Length(text));
}

describe("plan file limits", () => {
  it("one plan file is one Apps Script Blob: 50 MB", () => {
    expect(BLOB_LIMIT_BYTES).toBe(52_428_800);
    expect(MAX_PLAN_FILE_BYTES).toBe(BLOB_LIMIT_BYTES);
  });

  it("reads a plan file of exactly the limit, and refuses one byte more with a message naming the limit", () => {
    // 21 MB, as a 10,000-attribute export is, was refused before the limits agreed.
    expect(parsePlanFile(planFileOf(21 * 1024 * 1024)).ok).toBe(true);
    expect(parsePlanFile(planFileOf(MAX_PLAN_FILE_BYTES)).ok).toBe(true);
    expect(parsePlanFile(planFileOf(MAX_PLAN_FILE_BYTES + 1))).toEqual({
      ok: false,
      problems: [
        "The plan file is 52,428,801 bytes; a plan file holds at most 52,428,800 bytes (50 MB), what Apps Script reads or writes as one file.",
      ],
    });
  });

  it("counts bytes, not characters: 26 million two-byte characters are over the limit", () => {
    const text = JSON.stringify({ schemaVersion: 1, initiative: "é".repeat(MAX_PLAN_FILE_BYTES / 2) });
    expect(text.length).toBeLessThan(MAX_PLAN_FILE_BYTES);
    expect(planFileSizeProblem(text)).toMatch(/^The plan file is 52,428,83\d bytes; a plan file holds at most 52,428,800 bytes \(50 MB\)/);
  });

  it("lets through texts up to the limit in any script", () => {
    expect(planFileSizeProblem("x".repeat(1000))).toBeNull();
    expect(planFileSizeProblem("€".repeat(Math.floor(MAX_PLAN_FILE_BYTES / 3)))).toBeNull();
    expect(planFileSizeProblem("é".repeat(MAX_PLAN_FILE_BYTES / 2))).toBeNull();
  });
});
