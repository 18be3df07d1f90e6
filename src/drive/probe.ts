import { CheckProblem } from "../domain/setup-check/problems";
import type { ProbePlace } from "../domain/setup-check/steps";
import { createFile, findItem, readText, removeItem } from "./drive-files";
import { withRetry } from "./retry";

/** The v3 update call as the probe makes it (@types/google-apps-script describes v2); createFile has already found the service. */
interface TrashableFiles {
  update(resource: { trashed: boolean }, id: string): unknown;
}

/**
 * Check set-up's Drive probe, through the Advanced Drive service only (the
 * add-on's one way into Drive under drive.file): it creates a small text
 * file in the plan folder (or in the Drive root before the first export),
 * reads it back and trashes it, whatever happened in between. A plan folder
 * that is gone or in the trash is reported, never replaced.
 */
export function probeDrive(folderId: string | null, token: string, retryLimit: number): { place: ProbePlace } {
  if (folderId) {
    const folder = findItem(folderId, retryLimit);
    if (!folder) throw new CheckProblem("folder-unreachable");
    if (folder.trashed) throw new CheckProblem("folder-trashed");
  }
  const name = `Check set-up probe ${token}.txt`;
  const text = `Personalization Profiles wrote this file to check that Drive accepts its files, and removes it at once. ${token}`;
  const file = createFile(folderId ?? "root", name, "text/plain", { text, type: "text/plain" }, retryLimit);
  try {
    if (readText(file.id, name, retryLimit) !== text) throw new CheckProblem("probe-mismatch");
  } finally {
    discard(file.id, name, retryLimit);
  }
  return { place: folderId ? "plan folder" : "root" };
}

/**
 * The probe goes to the trash, as anything the add-on removes does; when
 * Drive will not trash it, it is deleted instead, so no probe outlives the check.
 */
function discard(id: string, name: string, retryLimit: number): void {
  try {
    withRetry(`trash ${name}`, retryLimit, () => (Drive!.Files as unknown as TrashableFiles).update({ trashed: true }, id));
  } catch {
    try {
      removeItem(id, retryLimit);
    } catch {
      throw new CheckProblem("probe-left", name);
    }
  }
}
