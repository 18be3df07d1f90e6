import { Blob, bytesOf } from "../blob";
import { Facade, instrument } from "../facade";
import { User } from "../session";
import type { World } from "../world";
import { itemUrl, type DriveItem, type DriveModel } from "./drive-model";
import { MimeType } from "./mime-type";

const END_MESSAGE = "Cannot retrieve the next object: iterator has reached the end.";

class DriveIterator<T> extends Facade {
  private _i = 0;
  constructor(
    w: World,
    private readonly _items: T[],
  ) {
    super(w);
  }
  hasNext(): boolean {
    return this._i < this._items.length;
  }
  next(): T {
    if (this._i >= this._items.length) throw this._w.error(END_MESSAGE);
    return this._items[this._i++];
  }
  getContinuationToken(): string {
    return String(this._i);
  }
}
export class FileIterator extends DriveIterator<File> {}
export class FolderIterator extends DriveIterator<Folder> {}
instrument(FileIterator, "FileIterator", DriveIterator);
instrument(FolderIterator, "FolderIterator", DriveIterator);

/** Shared by files and folders. */
abstract class DriveEntry extends Facade {
  constructor(
    w: World,
    readonly _drive: DriveModel,
    readonly _item: DriveItem,
  ) {
    super(w);
  }
  getId(): string {
    return this._item.id;
  }
  getName(): string {
    return this._item.name;
  }
  setName(name: string) {
    this._item.name = String(name);
    this._drive.touch(this._item);
    return this;
  }
  getUrl(): string {
    return itemUrl(this._item);
  }
  getDescription(): string | null {
    return this._item.description;
  }
  setDescription(description: string) {
    this._item.description = String(description);
    this._drive.touch(this._item);
    return this;
  }
  getDateCreated(): Date {
    return this._w.date(this._item.createdAt);
  }
  getLastUpdated(): Date {
    return this._w.date(this._item.updatedAt);
  }
  isTrashed(): boolean {
    return this._item.trashed;
  }
  setTrashed(trashed: boolean) {
    this._item.trashed = Boolean(trashed);
    this._drive.touch(this._item);
    return this;
  }
  getOwner(): User {
    return new User(this._w, this._item.owner);
  }
  getParents(): FolderIterator {
    const parents = this._item.parents.map((id) => this._drive.get(id)).filter((p): p is DriveItem => !!p);
    return new FolderIterator(
      this._w,
      parents.map((p) => new Folder(this._w, this._drive, p)),
    );
  }
  moveTo(destination: Folder) {
    this._item.parents = [destination._item.id];
    this._drive.touch(this._item);
    return this;
  }
}

export class File extends DriveEntry {
  getMimeType(): string {
    return this._item.mimeType;
  }
  /** Google Docs report 0 bytes, like Drive (they use no storage quota). */
  getSize(): number {
    return this._item.mimeType.startsWith("application/vnd.google-apps.") ? 0 : this._item.content.length;
  }
  getBlob(): Blob {
    return new Blob(this._w, Buffer.from(this._item.content), this._blobType(), this._item.name);
  }
  /** Google Docs export as their HTML; no other conversion is emulated. */
  getAs(contentType: string): Blob {
    return new Blob(this._w, Buffer.from(this._item.content), String(contentType), this._item.name);
  }
  _blobType(): string {
    return this._item.mimeType === MimeType.GOOGLE_DOCS ? MimeType.HTML : this._item.mimeType;
  }
  setContent(content: string) {
    const bytes = Buffer.from(String(content), "utf8");
    if (bytes.length > TEXT_CONTENT_LIMIT) throw this._w.error(TOO_LARGE_MESSAGE);
    this._item.content = bytes;
    this._drive.touch(this._item);
    return this;
  }
  makeCopy(name?: string | Folder, destination?: Folder): File {
    const [newName, folder] = typeof name === "string" ? [name, destination] : [`Copy of ${this._item.name}`, name];
    const copy = this._drive.add({
      name: newName,
      mimeType: this._item.mimeType,
      parents: folder ? [folder._item.id] : [...this._item.parents],
      content: Buffer.from(this._item.content),
      owner: this._w.user,
      description: this._item.description,
    });
    return new File(this._w, this._drive, copy);
  }
}
instrument(File, "File", DriveEntry);

/**
 * Apps Script documents that createFile(name, content…) and setContent throw
 * when the content is larger than 10 MB; a Blob has no such limit. The exact
 * message is not documented: this one is the emulator's.
 */
export const TEXT_CONTENT_LIMIT = 10 * 1024 * 1024;
const TOO_LARGE_MESSAGE = "File content is larger than 10MB. Use a Blob for larger files.";

/** Creates a file item from (name, content, mimeType) or a Blob. */
export function createFileItem(w: World, drive: DriveModel, parentId: string, a: unknown, content?: unknown, mimeType?: string): DriveItem {
  if (a instanceof Blob) {
    return drive.add({
      name: a._name ?? "Untitled",
      mimeType: a._type ?? MimeType.PLAIN_TEXT,
      parents: [parentId],
      content: Buffer.from(a._bytes),
      owner: w.user,
    });
  }
  const bytes = bytesOf(content ?? "");
  if (bytes.length > TEXT_CONTENT_LIMIT) throw w.error(TOO_LARGE_MESSAGE);
  return drive.add({ name: String(a), mimeType: mimeType ?? MimeType.PLAIN_TEXT, parents: [parentId], content: bytes, owner: w.user });
}

export class Folder extends DriveEntry {
  createFile(nameOrBlob: string | Blob, content?: string, mimeType?: string): File {
    return new File(this._w, this._drive, createFileItem(this._w, this._drive, this._item.id, nameOrBlob, content, mimeType));
  }
  createFolder(name: string): Folder {
    const item = this._drive.add({
      name: String(name),
      mimeType: MimeType.FOLDER,
      parents: [this._item.id],
      content: Buffer.alloc(0),
      owner: this._w.user,
    });
    return new Folder(this._w, this._drive, item);
  }
  getFiles(): FileIterator {
    return new FileIterator(
      this._w,
      this._drive.children(this._item.id, false).map((i) => new File(this._w, this._drive, i)),
    );
  }
  getFilesByName(name: string): FileIterator {
    const items = this._drive.children(this._item.id, false).filter((i) => i.name === String(name));
    return new FileIterator(
      this._w,
      items.map((i) => new File(this._w, this._drive, i)),
    );
  }
  getFolders(): FolderIterator {
    return new FolderIterator(
      this._w,
      this._drive.children(this._item.id, true).map((i) => new Folder(this._w, this._drive, i)),
    );
  }
  getFoldersByName(name: string): FolderIterator {
    const items = this._drive.children(this._item.id, true).filter((i) => i.name === String(name));
    return new FolderIterator(
      this._w,
      items.map((i) => new Folder(this._w, this._drive, i)),
    );
  }
  addFile(child: File) {
    if (!child._item.parents.includes(this._item.id)) child._item.parents.push(this._item.id);
    return this;
  }
  removeFile(child: File) {
    child._item.parents = child._item.parents.filter((p) => p !== this._item.id);
    return this;
  }
  addFolder(child: Folder) {
    if (!child._item.parents.includes(this._item.id)) child._item.parents.push(this._item.id);
    return this;
  }
}
instrument(Folder, "Folder", DriveEntry);
