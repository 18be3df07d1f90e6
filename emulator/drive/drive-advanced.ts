import { createHash } from "node:crypto";
import { Blob } from "../blob";
import { Facade, instrument } from "../facade";
import type { World } from "../world";
import { itemUrl, type DriveItem, type DriveModel } from "./drive-model";

/** A Drive API v3 File resource, as the advanced service returns it. */
export interface FileResource {
  kind: "drive#file";
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  description?: string;
  trashed: boolean;
  createdTime: string;
  modifiedTime: string;
  size?: string;
  /** Files with binary content only, as Drive gives it. */
  md5Checksum?: string;
  webViewLink: string;
}

interface ResourceInput {
  /** An ID from generateIds, so a retried create cannot make a second file. */
  id?: string;
  name?: string;
  title?: string;
  mimeType?: string;
  parents?: (string | { id: string })[];
  description?: string;
  trashed?: boolean;
}

const parentIds = (parents: ResourceInput["parents"]) => (parents ?? []).map((p) => (typeof p === "string" ? p : p.id));

/**
 * Drive stores a file's md5 with its content; the emulator computes it once
 * per content (each write puts a new Buffer), not on every listing, or an
 * export's measured time would include hashing its 18 MB plan file again.
 */
const md5s = new WeakMap<Buffer, string>();
function md5Of(content: Buffer): string {
  let md5 = md5s.get(content);
  if (md5 === undefined) md5s.set(content, (md5 = createHash("md5").update(content).digest("hex")));
  return md5;
}

/** Drive.Files of the advanced Drive service (v3). Calls count as "Drive.Files.<method>". */
export class DriveFiles extends Facade {
  constructor(
    w: World,
    private readonly _drive: DriveModel,
  ) {
    super(w);
  }
  _fail(verb: string, detail: string): Error {
    return this._w.error(`API call to drive.files.${verb} failed with error: ${detail}`);
  }
  /**
   * The item, when this token can reach it. Under drive.file (without full
   * drive) only files the script created or the user picked are visible;
   * Drive answers any other ID as if it did not exist.
   */
  _item(verb: string, fileId: string): DriveItem {
    const item = this._drive.get(String(fileId));
    if (!item || !this._reaches(item)) throw this._fail(verb, `File not found: ${fileId}.`);
    return item;
  }
  _reaches(item: DriveItem): boolean {
    return !this._w.auth.driveFileOnly() || this._drive.reachable(item);
  }
  /** A parent given to create/copy/update: the root is always usable, other folders must be reachable. */
  _parent(verb: string, id: string): string {
    if (id === "root" || id === this._drive.rootId) return this._drive.rootId;
    return this._item(verb, id).id;
  }
  _resource(item: DriveItem): FileResource {
    const googleType = item.mimeType.startsWith("application/vnd.google-apps.");
    return {
      kind: "drive#file",
      id: item.id,
      name: item.name,
      mimeType: item.mimeType,
      parents: [...item.parents],
      ...(item.description !== null ? { description: item.description } : {}),
      trashed: item.trashed,
      createdTime: new Date(item.createdAt).toISOString(),
      modifiedTime: new Date(item.updatedAt).toISOString(),
      ...(googleType ? {} : { size: String(item.content.length), md5Checksum: md5Of(item.content) }),
      webViewLink: itemUrl(item),
    };
  }

  /**
   * Creating with mimeType "application/vnd.google-apps.document" and an HTML
   * (or text) blob converts it to a Google Doc; the emulator keeps the HTML.
   */
  create(resource: ResourceInput, mediaData?: Blob, _optionalArgs?: object): FileResource {
    const blob = mediaData instanceof Blob ? mediaData : undefined;
    const parents = parentIds(resource.parents).map((p) => this._parent("create", p));
    const id = this._usableId("create", resource.id);
    const item = this._drive.add({
      ...(id ? { id } : {}),
      name: resource.name ?? resource.title ?? blob?._name ?? "Untitled",
      mimeType: resource.mimeType ?? blob?._type ?? "application/octet-stream",
      parents: parents.length ? parents : [this._drive.rootId],
      content: blob ? Buffer.from(blob._bytes) : Buffer.alloc(0),
      owner: this._w.user,
      description: resource.description ?? null,
    });
    return this._resource(item);
  }
  /** With `{ alt: "media" }` the file's content comes back as a string (a Google Doc has none: use export). */
  get(fileId: string, optionalArgs?: { fields?: string }): FileResource;
  get(fileId: string, optionalArgs: { alt: "media" }): string;
  get(fileId: string, optionalArgs?: { alt?: string; fields?: string }): FileResource | string {
    const item = this._item("get", fileId);
    if (optionalArgs?.alt !== "media") return this._resource(item);
    if (item.mimeType.startsWith("application/vnd.google-apps.")) {
      throw this._fail("get", "Only files with binary content can be downloaded. Use Export with Docs Editors files.");
    }
    return item.content.toString("utf8");
  }
  /**
   * A Google Doc's content in another format; the emulator keeps the HTML a
   * Doc was made from. Live Apps Script refuses the call without alt=media
   * (public reports quoting the message, e.g. gas-fakes' notes on export).
   */
  export(fileId: string, mimeType: string, optionalArgs?: { alt?: string }): string {
    const item = this._item("export", fileId);
    if (optionalArgs?.alt !== "media") throw this._fail("export", "Export requires alt=media to download the exported content.");
    if (!item.mimeType.startsWith("application/vnd.google-apps.")) {
      throw this._fail("export", "Export only supports Docs Editors files.");
    }
    if (mimeType !== "text/html" && mimeType !== "text/plain") throw this._fail("export", `The requested conversion is not supported.`);
    return item.content.toString("utf8");
  }
  update(
    resource: ResourceInput,
    fileId: string,
    mediaData?: Blob,
    optionalArgs?: { addParents?: string; removeParents?: string; fields?: string },
  ): FileResource {
    const item = this._item("update", fileId);
    if (resource.name !== undefined) item.name = String(resource.name);
    if (resource.description !== undefined) item.description = String(resource.description);
    if (resource.trashed !== undefined) item.trashed = Boolean(resource.trashed);
    if (mediaData instanceof Blob) item.content = Buffer.from(mediaData._bytes);
    const add = (optionalArgs?.addParents?.split(",").filter(Boolean) ?? []).map((p) => this._parent("update", p));
    const remove = new Set(optionalArgs?.removeParents?.split(",") ?? []);
    item.parents = [...item.parents.filter((p) => !remove.has(p)), ...add.filter((p) => !item.parents.includes(p))];
    this._drive.touch(item);
    return this._resource(item);
  }
  copy(resource: ResourceInput, fileId: string): FileResource {
    const source = this._item("copy", fileId);
    const id = this._usableId("copy", resource.id);
    const item = this._drive.add({
      ...(id ? { id } : {}),
      name: resource.name ?? `Copy of ${source.name}`,
      mimeType: source.mimeType,
      parents: resource.parents ? parentIds(resource.parents).map((p) => this._parent("copy", p)) : [...source.parents],
      content: Buffer.from(source.content),
      owner: this._w.user,
    });
    return this._resource(item);
  }
  /**
   * IDs to give create or copy (at most 1,000, default 10). Drive answers a
   * second create with one of them "A file already exists with the provided
   * ID." (409 fileIdInUse), which is what makes a create safe to retry.
   */
  generateIds(optionalArgs?: { count?: number; space?: string; type?: string }): {
    kind: "drive#generatedIds";
    space: string;
    ids: string[];
  } {
    const count = optionalArgs?.count ?? 10;
    if (!Number.isInteger(count) || count < 1 || count > 1000) throw this._fail("generateIds", "Invalid Value");
    const ids = Array.from({ length: count }, () => this._drive.reserveId());
    return { kind: "drive#generatedIds", space: optionalArgs?.space ?? "drive", ids };
  }
  /** A caller-chosen ID must come from generateIds and not be taken yet. */
  _usableId(verb: string, id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    if (this._drive.items.has(id)) throw this._fail(verb, "A file already exists with the provided ID.");
    if (!this._drive.isReserved(id)) throw this._fail(verb, "The provided file ID is not usable.");
    return id;
  }
  /** Deletes permanently (the v3 "delete" method is "remove" in Apps Script). */
  remove(fileId: string): void {
    const item = this._item("delete", fileId);
    this._drive.items.delete(item.id);
  }
  /**
   * Supports q clauses joined by "and": name = / contains, mimeType =, 'id' in parents, trashed =.
   * Under drive.file only reachable files are listed.
   */
  list(optionalArgs?: { q?: string; pageSize?: number }): { kind: "drive#fileList"; files: FileResource[] } {
    const tests = (optionalArgs?.q ?? "")
      .split(/\s+and\s+/i)
      .filter((c) => c.trim())
      .map((c) => this._clause(c.trim()));
    const items = [...this._drive.items.values()].filter(
      (i) => i.id !== this._drive.rootId && this._reaches(i) && tests.every((t) => t(i)),
    );
    const files = items.slice(0, optionalArgs?.pageSize ?? 100).map((i) => this._resource(i));
    return { kind: "drive#fileList", files };
  }
  _clause(clause: string): (i: DriveItem) => boolean {
    const unquote = (s: string) => s.slice(1, -1).replace(/\\'/g, "'");
    let m = /^name\s*(=|contains)\s*('(?:[^'\\]|\\.)*')$/.exec(clause);
    if (m) {
      const v = unquote(m[2]);
      return m[1] === "=" ? (i) => i.name === v : (i) => i.name.includes(v);
    }
    if ((m = /^mimeType\s*(=|!=)\s*('(?:[^'\\]|\\.)*')$/.exec(clause))) {
      const v = unquote(m[2]);
      return m[1] === "=" ? (i) => i.mimeType === v : (i) => i.mimeType !== v;
    }
    if ((m = /^('(?:[^'\\]|\\.)*')\s+in\s+parents$/.exec(clause))) {
      const v = unquote(m[1]);
      const id = v === "root" ? this._drive.rootId : v;
      return (i) => i.parents.includes(id);
    }
    if ((m = /^trashed\s*=\s*(true|false)$/.exec(clause))) {
      const v = m[1] === "true";
      return (i) => i.trashed === v;
    }
    throw this._fail("list", "Invalid Value");
  }
}
instrument(DriveFiles, "Drive.Files");

export function makeAdvancedDrive(w: World, drive: DriveModel) {
  return { Files: new DriveFiles(w, drive) };
}
