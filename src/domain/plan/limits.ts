// The limits of a plan file, stated once: Export refuses to write what Import
// could not read back, and Import refuses only what Export could never write.
//
// - Export writes the plan as one Blob and Import reads it back as one
//   (file.getBlob().getDataAsString()); an Apps Script Blob holds at most
//   50 MB, 52,428,800 bytes (as live reports put it, "only files less than
//   50 MB (52,428,800 bytes) can be created, because of the size limitation
//   of Blob"). createFile(name, text) would stop at 10 MB of text content,
//   which is why Export writes a Blob.
// - The largest workbook the add-on is built for (10,000 attributes, 2,000
//   profiles and activations: test/fixtures/large-workbook.ts) exports as
//   about 21 MB, well inside one Blob (test/domain/plan/limits.test.ts).
// - Every text in a plan goes back into a cell, and a Sheets cell holds at
//   most 50,000 characters.

import { utf8Length } from "../storage/utf8";

const MB = 1024 * 1024;

/** What one Apps Script Blob holds, in bytes. */
export const BLOB_LIMIT_BYTES = 50 * MB;

/** The largest plan file Export writes and Import reads, in UTF-8 bytes: one Blob. */
export const MAX_PLAN_FILE_BYTES = BLOB_LIMIT_BYTES;

/** Sheets holds at most 50,000 characters in a cell; a plan may not ask for more. */
export const MAX_CELL_TEXT = 50_000;

const bytesText = (bytes: number) => bytes.toLocaleString("en-US");

/** Null when a plan file of this text fits; otherwise what is wrong, naming the limit. */
export function planFileSizeProblem(text: string): string | null {
  // Each character is 1 to 3 bytes: only texts near the limit need counting.
  if (text.length * 3 <= MAX_PLAN_FILE_BYTES) return null;
  const bytes = utf8Length(text);
  if (bytes <= MAX_PLAN_FILE_BYTES) return null;
  return `The plan file is ${bytesText(bytes)} bytes; a plan file holds at most ${bytesText(MAX_PLAN_FILE_BYTES)} bytes (${MAX_PLAN_FILE_BYTES / MB} MB), what Apps Script reads or writes as one file.`;
}
