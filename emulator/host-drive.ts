import type { DriveFileView, DriveModel } from "./drive/drive-model";
import { MimeType } from "./drive/mime-type";
import type { World } from "./world";

/** A file the user owns but the add-on did not create (drive.file cannot reach it until picked). */
export interface UserFileSpec {
  name: string;
  mimeType?: string;
  content?: string;
  /** Parent folder id; default the root. */
  parentId?: string;
}

export interface HostDrive {
  /** Files (not folders), trashed ones included. */
  list(): DriveFileView[];
  folders(): DriveFileView[];
  /** Adds a file the user owns that the script did not create. */
  addUserFile(spec: UserFileSpec): DriveFileView;
  /** The user opens the file with the add-on (Google Picker): drive.file can reach it from now on. */
  pick(id: string): void;
}

export function hostDrive(w: World, drive: DriveModel): HostDrive {
  const isFolder = (mime: string) => mime === MimeType.FOLDER;
  return {
    list: () => [...drive.items.values()].filter((i) => !isFolder(i.mimeType)).map((i) => drive.view(i)),
    folders: () => [...drive.items.values()].filter((i) => isFolder(i.mimeType)).map((i) => drive.view(i)),
    addUserFile: (spec) => {
      const parent = spec.parentId ?? drive.rootId;
      if (!drive.get(parent)) throw new Error(`addUserFile: no folder ${parent}`);
      const item = drive.add({
        name: spec.name,
        mimeType: spec.mimeType ?? MimeType.PLAIN_TEXT,
        parents: [parent],
        content: Buffer.from(spec.content ?? "", "utf8"),
        owner: w.user,
        byApp: false,
      });
      return drive.view(item);
    },
    pick: (id) => {
      const item = drive.get(id);
      if (!item) throw new Error(`pick: no Drive item ${id}`);
      item.picked = true;
    },
  };
}
