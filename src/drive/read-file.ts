import { AddOnError } from "../domain/errors";
import { isNotFound, readText } from "./drive-files";

/** The text of a Drive file the add-on may open (with drive.file: files it created, or that the user picked). */
export function readDriveFile(fileId: string, retryLimit: number): string {
  try {
    return readText(fileId, "the plan file", retryLimit);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new AddOnError(
      "DRIVE_MISSING",
      `No plan file with ID ${fileId} can be opened. The add-on can open only files it created or that you picked; check the ID.`,
    );
  }
}
