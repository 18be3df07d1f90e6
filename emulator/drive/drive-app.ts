import type { Blob } from "../blob";
import { Facade, instrument } from "../facade";
import type { World } from "../world";
import { File, FileIterator, Folder, FolderIterator, createFileItem } from "./drive-file";
import { NOT_FOUND_MESSAGE, type DriveItem, type DriveModel } from "./drive-model";
import { MimeType } from "./mime-type";

export class DriveApp extends Facade {
  readonly MimeType = MimeType;

  constructor(
    w: World,
    private readonly _drive: DriveModel,
  ) {
    super(w);
  }
  _find(id: string, folder: boolean): DriveItem {
    const item = this._drive.get(String(id));
    if (!item || (item.mimeType === MimeType.FOLDER) !== folder) throw this._w.error(NOT_FOUND_MESSAGE);
    return item;
  }
  _all(folders: boolean): DriveItem[] {
    return [...this._drive.items.values()].filter(
      (i) => !i.trashed && i.id !== this._drive.rootId && (i.mimeType === MimeType.FOLDER) === folders,
    );
  }

  getRootFolder(): Folder {
    return new Folder(this._w, this._drive, this._drive.get(this._drive.rootId)!);
  }
  /** Trashed items are still returned, as in Drive. */
  getFileById(id: string): File {
    return new File(this._w, this._drive, this._find(id, false));
  }
  getFolderById(id: string): Folder {
    return new Folder(this._w, this._drive, this._find(id, true));
  }
  createFile(nameOrBlob: string | Blob, content?: string, mimeType?: string): File {
    return new File(this._w, this._drive, createFileItem(this._w, this._drive, this._drive.rootId, nameOrBlob, content, mimeType));
  }
  createFolder(name: string): Folder {
    const item = this._drive.add({
      name: String(name),
      mimeType: MimeType.FOLDER,
      parents: [this._drive.rootId],
      content: Buffer.alloc(0),
      owner: this._w.user,
    });
    return new Folder(this._w, this._drive, item);
  }
  getFiles(): FileIterator {
    return new FileIterator(
      this._w,
      this._all(false).map((i) => new File(this._w, this._drive, i)),
    );
  }
  getFolders(): FolderIterator {
    return new FolderIterator(
      this._w,
      this._all(true).map((i) => new Folder(this._w, this._drive, i)),
    );
  }
  getFilesByName(name: string): FileIterator {
    const items = this._all(false).filter((i) => i.name === String(name));
    return new FileIterator(
      this._w,
      items.map((i) => new File(this._w, this._drive, i)),
    );
  }
  getFoldersByName(name: string): FolderIterator {
    const items = this._all(true).filter((i) => i.name === String(name));
    return new FolderIterator(
      this._w,
      items.map((i) => new Folder(this._w, this._drive, i)),
    );
  }
  getFilesByType(mimeType: string): FileIterator {
    const items = this._all(false).filter((i) => i.mimeType === String(mimeType));
    return new FileIterator(
      this._w,
      items.map((i) => new File(this._w, this._drive, i)),
    );
  }
}
instrument(DriveApp, "DriveApp");
