import { makeEnum, enumName } from "./enum";
import { Facade, instrument } from "./facade";
import type { World } from "./world";

export const Charset = makeEnum(["US_ASCII", "UTF_8"] as const);

/** Node encoding for an Apps Script Charset (or charset name); UTF-8 by default. */
export function encodingOf(charset: unknown): BufferEncoding {
  if (charset === undefined || charset === null) return "utf8";
  const name = enumName(charset).toUpperCase().replace(/-/g, "_");
  if (name === "US_ASCII") return "ascii";
  if (name === "ISO_8859_1") return "latin1";
  return "utf8";
}

/** Apps Script byte arrays hold Java's signed bytes (-128..127). */
export function toSignedBytes(buf: Uint8Array): number[] {
  const out = new Array<number>(buf.length);
  for (let i = 0; i < buf.length; i++) out[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  return out;
}

export function fromBytes(bytes: ArrayLike<number>): Buffer {
  return Buffer.from(Array.from(bytes, (b) => b & 0xff));
}

/** Bytes from a string (in a charset) or from a byte array. */
export function bytesOf(data: unknown, charset?: unknown): Buffer {
  if (typeof data === "string") return Buffer.from(data, encodingOf(charset));
  if (Array.isArray(data) || data instanceof Uint8Array) return fromBytes(data);
  if (data instanceof Blob) return Buffer.from(data._bytes);
  return Buffer.from(String(data ?? ""), encodingOf(charset));
}

/**
 * Apps Script blobs hold at most 50 MB (52,428,800 bytes; tanaikech,
 * "DownloadLargeFilesByUrl", from the quotas page). The message is the
 * emulator's: Google's exact wording was not found.
 */
export const MAX_BLOB_BYTES = 50 * 1024 * 1024;
export const BLOB_TOO_LARGE_MESSAGE = "Blob is larger than the 50 MB limit.";

export class Blob extends Facade {
  public _bytes: Buffer;
  constructor(
    w: World,
    bytes: Buffer,
    public _type: string | null,
    public _name: string | null,
  ) {
    super(w);
    this._bytes = this._checked(bytes);
  }
  _checked(bytes: Buffer): Buffer {
    if (bytes.length > MAX_BLOB_BYTES) throw this._w.error(BLOB_TOO_LARGE_MESSAGE);
    return bytes;
  }
  getBytes(): number[] {
    return toSignedBytes(this._bytes);
  }
  setBytes(data: number[]) {
    this._bytes = this._checked(fromBytes(data));
    return this;
  }
  getDataAsString(charset?: unknown): string {
    return this._bytes.toString(encodingOf(charset));
  }
  setDataFromString(string: string, charset?: unknown) {
    this._bytes = this._checked(Buffer.from(String(string), encodingOf(charset)));
    return this;
  }
  getContentType(): string | null {
    return this._type;
  }
  setContentType(contentType: string | null) {
    this._type = contentType;
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  setName(name: string) {
    this._name = String(name);
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  getBlob(): Blob {
    return this;
  }
  copyBlob(): Blob {
    return new Blob(this._w, Buffer.from(this._bytes), this._type, this._name);
  }
  /** Relabels the content; no real format conversion happens (see README). */
  getAs(contentType: string): Blob {
    return new Blob(this._w, Buffer.from(this._bytes), String(contentType), this._name);
  }
}
instrument(Blob, "Blob");
