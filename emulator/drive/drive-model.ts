import type { World } from "../world";
import { MimeType } from "./mime-type";

export const NOT_FOUND_MESSAGE =
  "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** File bytes; empty for folders. Google Docs keep the HTML they were created from. */
  content: Buffer;
  description: string | null;
  trashed: boolean;
  createdAt: number;
  updatedAt: number;
  owner: string;
  /** Created by this script: reachable under drive.file. */
  byApp: boolean;
  /** Opened by the user with the add-on (Google Picker, "Open with"): reachable under drive.file. */
  picked: boolean;
}

/** What hosts (tests, the playground) see of a Drive file. */
export interface DriveFileView {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  content: string;
  trashed: boolean;
  createdAt: string;
  updatedAt: string;
  url: string;
  byApp: boolean;
  picked: boolean;
}

export function itemUrl(item: DriveItem): string {
  switch (item.mimeType) {
    case MimeType.FOLDER:
      return `https://drive.google.com/drive/folders/${item.id}`;
    case MimeType.GOOGLE_DOCS:
      return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
    case MimeType.GOOGLE_SHEETS:
      return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
    default:
      return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
  }
}

/** All files and folders of the emulated Drive, with a root folder. */
export class DriveModel {
  items = new Map<string, DriveItem>();
  rootId = "";

  constructor(private readonly w: World) {}

  init(owner: string): this {
    this.rootId = this.add({ name: "My Drive", mimeType: MimeType.FOLDER, parents: [], content: Buffer.alloc(0), owner, byApp: false }).id;
    return this;
  }

  /** IDs handed out by files.generateIds and not used yet (kept for the world's lifetime, not in saved states). */
  private readonly reserved = new Set<string>();

  reserveId(): string {
    const id = this.w.newId(44);
    this.reserved.add(id);
    return id;
  }

  isReserved(id: string): boolean {
    return this.reserved.has(id);
  }

  /** Adds an item; unless told otherwise it was created by the script. */
  add(
    fields: Pick<DriveItem, "name" | "mimeType" | "parents" | "content" | "owner"> & {
      id?: string;
      description?: string | null;
      byApp?: boolean;
    },
  ): DriveItem {
    const now = this.w.now();
    if (fields.id !== undefined) this.reserved.delete(fields.id);
    const item: DriveItem = {
      description: null,
      trashed: false,
      byApp: true,
      picked: false,
      createdAt: now,
      updatedAt: now,
      ...fields,
      id: fields.id ?? this.w.newId(fields.mimeType === MimeType.FOLDER ? 33 : 44),
    };
    this.items.set(item.id, item);
    return item;
  }

  /** "root" is an alias of the root folder, as in the Drive API. */
  get(id: string): DriveItem | undefined {
    return this.items.get(id === "root" ? this.rootId : id);
  }

  children(folderId: string, folders: boolean): DriveItem[] {
    return [...this.items.values()].filter(
      (i) => i.parents.includes(folderId) && !i.trashed && (i.mimeType === MimeType.FOLDER) === folders,
    );
  }

  /** Whether a drive.file-only token can see the item; the root only as a parent. */
  reachable(item: DriveItem): boolean {
    return item.byApp || item.picked;
  }

  touch(item: DriveItem): void {
    item.updatedAt = this.w.now();
  }

  view(item: DriveItem): DriveFileView {
    return {
      id: item.id,
      name: item.name,
      mimeType: item.mimeType,
      parents: [...item.parents],
      content: item.content.toString("utf8"),
      trashed: item.trashed,
      createdAt: new Date(item.createdAt).toISOString(),
      updatedAt: new Date(item.updatedAt).toISOString(),
      url: itemUrl(item),
      byApp: item.byApp,
      picked: item.picked,
    };
  }
}
