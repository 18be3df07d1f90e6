import { withRetry } from "./retry";

/** The text of a Drive file the add-on may open (with drive.file: files it created, or that the user picked). */
export function readDriveFile(fileId: string, retryLimit: number): string {
  let file: GoogleAppsScript.Drive.File;
  try {
    file = DriveApp.getFileById(fileId);
  } catch {
    throw new Error(
      `No plan file with ID ${fileId} can be opened. The add-on can open only files it created or that you picked; check the ID.`,
    );
  }
  return withRetry(`read ${file.getName()}`, retryLimit, () => file.getBlob().getDataAsString());
}
