import { AddOnError } from "../domain/errors";
import { findItem, readText } from "./drive-files";

const GOOGLE_APPS = "application/vnd.google-apps.";

/**
 * The text of a Drive file the add-on may open (with drive.file: files it
 * created, or that the user picked), by ID. It is looked up first, so a file
 * that is gone, in the trash or not a file at all gets a message that says
 * what happened, not a download error.
 */
export function readDriveFile(fileId: string, retryLimit: number): string {
  const file = findItem(fileId, retryLimit);
  if (!file) {
    throw new AddOnError(
      "DRIVE_MISSING",
      `No plan file with ID ${fileId} can be opened: it was deleted, or the add-on may open only files it created or that you picked. Check the ID, or paste the file's text instead.`,
    );
  }
  if (file.trashed)
    throw new AddOnError("DRIVE_MISSING", `${file.name} is in Drive's trash. Restore it first, then import it again; nothing was changed.`);
  if (file.mimeType.startsWith(GOOGLE_APPS))
    throw new AddOnError(
      "REFUSED_INPUT",
      `${file.name} is ${file.mimeType === `${GOOGLE_APPS}folder` ? "a folder" : "a Google Docs, Sheets or Slides file"}, not a plan file: give the ID of a plan-<Plan ID>.json file.`,
    );
  return readText(file.id, file.name, retryLimit);
}
