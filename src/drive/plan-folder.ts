import { AddOnError } from "../domain/errors";
import { type DriveItem, findItem, listFolder } from "./drive-files";

/** Where an export writes: the plan's folder and what it already holds, all found by ID. */
export interface PlanPlace {
  /** null: this export creates the folder (first export, or the user cleared Drive folder on the Plan sheet). */
  folder: DriveItem | null;
  /** The live plan-<Plan ID>.json, the profiles' Google Doc, and every file in the folder. */
  main: DriveItem | null;
  doc: DriveItem | null;
  children: DriveItem[];
}

const START_OVER = "clear Drive folder on the Plan sheet to create a new one";

/**
 * Finds the folder and files the last export recorded. A folder or plan file
 * that is gone or in the trash stops the export with what to do: the add-on
 * never silently starts a second folder beside one a person can restore.
 * A Google Doc that is gone is made again (it is generated from the sheets).
 * The folder is looked up by its ID; its files are matched by ID in one
 * listing of the folder (a call instead of a lookup per file), which also
 * shows any -v<N> copy a failed run left behind (plan-versions.ts).
 */
export function locatePlanPlace(
  recorded: { folderId: string; fileId: string; docId: string | null } | null,
  folderFieldCleared: boolean,
  mainName: string,
  retryLimit: number,
): PlanPlace {
  if (!recorded?.folderId || folderFieldCleared) return { folder: null, main: null, doc: null, children: [] };
  const folder = findItem(recorded.folderId, retryLimit);
  if (!folder) {
    throw new AddOnError(
      "DRIVE_MISSING",
      `The plan folder can no longer be reached: it was deleted for good, or the add-on lost access to it. To go on, ${START_OVER}.`,
    );
  }
  if (folder.trashed) throw new AddOnError("DRIVE_MISSING", `The plan folder was moved to the trash; restore it or ${START_OVER}.`);
  const children = listFolder(folder.id, retryLimit);
  const live = (id: string | null) => children.find((child) => child.id === id && !child.trashed) ?? null;
  const main = recorded.fileId ? live(recorded.fileId) : null;
  if (recorded.fileId && !main) {
    const trashed = children.some((child) => child.id === recorded.fileId);
    throw new AddOnError(
      "DRIVE_MISSING",
      `${mainName} ${trashed ? "was moved to the trash" : "is no longer in the plan folder"}: it holds the last export. Restore it, or ${START_OVER}.`,
    );
  }
  return { folder, main, doc: live(recorded.docId), children };
}
