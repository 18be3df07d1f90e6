import { createHash, createHmac } from "node:crypto";
import { Blob, Charset, bytesOf, toSignedBytes } from "./blob";
import { enumName, makeEnum } from "./enum";
import { Facade, instrument } from "./facade";
import { formatDate } from "./format-date";
import { md2 } from "./md2";
import { isDate } from "./spreadsheet/cell-values";
import { typeName } from "./spreadsheet/range-base";

export const DigestAlgorithm = makeEnum(["MD2", "MD5", "SHA_1", "SHA_256", "SHA_384", "SHA_512"] as const);
export const MacAlgorithm = makeEnum(["HMAC_MD5", "HMAC_SHA_1", "HMAC_SHA_256", "HMAC_SHA_384", "HMAC_SHA_512"] as const);

const NODE_HASH: Record<string, string> = {
  MD2: "md2",
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

/**
 * "The maximum allowed value is 300000 (or 5 minutes)" (Utilities.sleep
 * reference). Google's wording of the refusal was not found: this one is the emulator's.
 */
export const MAX_SLEEP_MS = 300_000;
export const SLEEP_TOO_LONG_MESSAGE = "Utilities.sleep: the maximum allowed value is 300000 milliseconds (5 minutes).";

/** RFC 4180 CSV, as Utilities.parseCsv reads it. */
export function parseCsv(csv: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && csv[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class Utilities extends Facade {
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;

  /** Signed bytes, like Java's byte[]. */
  computeDigest(algorithm: unknown, value: string | number[], charset?: unknown): number[] {
    const alg = NODE_HASH[enumName(algorithm)];
    if (!alg) throw this._w.error(`Invalid argument: algorithm`);
    const bytes = bytesOf(value, charset);
    return toSignedBytes(alg === "md2" ? md2(bytes) : createHash(alg).update(bytes).digest());
  }
  computeHmacSignature(algorithm: unknown, value: string | number[], key: string | number[], charset?: unknown): number[] {
    const alg = NODE_HASH[enumName(algorithm).replace(/^HMAC_/, "")];
    return toSignedBytes(createHmac(alg, bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }
  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: unknown): number[] {
    return toSignedBytes(createHmac("sha256", bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }
  base64Encode(data: string | number[], charset?: unknown): string {
    return bytesOf(data, charset).toString("base64");
  }
  base64EncodeWebSafe(data: string | number[], charset?: unknown): string {
    // Web-safe keeps the "=" padding, unlike base64url in Node.
    return bytesOf(data, charset).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded), "base64"));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded).replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) {
      const types = [date, timeZone, format].map(typeName).join(",");
      throw this._w.error(`The parameters (${types}) don't match the method signature for Utilities.formatDate.`);
    }
    try {
      return formatDate(new Date(date.getTime()), String(timeZone), String(format));
    } catch (e) {
      throw this._w.error((e as Error).message);
    }
  }
  /**
   * A version-4-shaped UUID from the world's own sequence: unique per world
   * like the real one, and the same on a replay, so saved states and fault
   * sweeps can compare runs.
   */
  getUuid(): string {
    return this._w.newUuid();
  }
  /** No real wait: the emulator's clock moves forward and the total is recorded. */
  sleep(milliseconds: number): void {
    const ms = Math.max(0, Number(milliseconds) || 0);
    if (ms > MAX_SLEEP_MS) throw this._w.error(SLEEP_TOO_LONG_MESSAGE);
    this._w.advance(ms);
    this._w.sleptMs += ms;
    this._w.event({ type: "sleep", ms });
  }
  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    return new Blob(this._w, bytesOf(data), contentType ?? null, name ?? null);
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(String(csv), delimiter ?? ",");
  }
  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }
  jsonParse(jsonString: string): unknown {
    return JSON.parse(jsonString);
  }
}
instrument(Utilities, "Utilities");
