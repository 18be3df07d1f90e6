import { bytesToHex } from "../domain/plan/canonical-json";

/** A random ID from Apps Script (Utilities.getUuid), without its dashes. */
export const randomHex = (): string => Utilities.getUuid().replace(/-/g, "");

/** SHA-256 of a text as lowercase hex, by Apps Script's digest (one service call). */
export const sha256Hex = (text: string): string =>
  bytesToHex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8));
