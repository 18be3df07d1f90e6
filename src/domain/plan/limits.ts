// The limits of a plan file, stated once: Export refuses to write what Import
// could not read back, and Import refuses only what Export could never write.
//
// - Export writes the plan as one Blob and Import reads it back as one
//   (file.getBlob().getDataAsString()); an Apps Script Blob holds at most
//   50 MB, 52,428,800 bytes (as live reports put it, "only files less than
//   50 MB (52,428,800 bytes) can be created, because of the size limitation
//   of Blob"). createFile(name, text) would stop at 10 MB of text content,
//   which is why Export writes a Blob.
// - Export writes the plan indented, for people reading it, unless that is
//   past one Blob: then compact, the same JSON a fifth smaller. A workbook
//   at the size limits with short texts (10,000 attributes, 9,000 profiles,
//   3,000 activations: about 295,000 cells, size-limits.ts) is 53 MB
//   indented and 44 MB compact (test/server/size-limits-inside-budget.test.ts);
//   10,000 attributes and 2,000 profiles are about 18 MB indented.
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
