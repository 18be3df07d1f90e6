import { withRetry } from "./retry";

const JSON_MIME = "application/json";
const GOOGLE_DOC = "application/vnd.google-apps.document";

export interface PlanFolder {
  folder: GoogleAppsScript.Drive.Folder;
  retryLimit: number;
  /** True when this run made the folder (a failed export then removes it too). */
  created: boolean;
}

/** The plan's own folder: the one recorded at the last export, or a new one (drive.file sees only what the add-on made). */
export function openPlanFolder(folderId: string | null, planId: string, retryLimit: number): PlanFolder {
  if (folderId) {
    try {
      const folder = withRetry("open the plan folder", retryLimit, () => DriveApp.getFolderById(folderId));
      if (!folder.isTrashed()) return { folder, retryLimit, created: false };
    } catch {
      // The folder is gone or no longer ours: a new one is created below.
    }
  }
  const folder = withRetry("create the plan folder", retryLimit, () => DriveApp.createFolder(`Personalization Profiles – ${planId}`));
  return { folder, retryLimit, created: true };
}

export function findFile(plan: PlanFolder, name: string): GoogleAppsScript.Drive.File | null {
  const files = withRetry(`look for ${name}`, plan.retryLimit, () => plan.folder.getFilesByName(name));
  return files.hasNext() ? files.next() : null;
}

export function readText(file: GoogleAppsScript.Drive.File, retryLimit: number): string {
  return withRetry(`read ${file.getName()}`, retryLimit, () => file.getBlob().getDataAsString());
}

/**
 * Plans are written as Blobs: createFile(name, text) and setContent refuse
 * text over 10 MB, and a plan of 10,000 attributes is larger than that.
 */
const jsonBlob = (name: string, text: string) => Utilities.newBlob(text, JSON_MIME, name);

/**
 * Writes a JSON file, replacing the content of an existing one of that name
 * (same file, same link). Before a retried create, the folder is checked
 * again so a create that did reach Drive is never duplicated.
 */
export function writeJson(plan: PlanFolder, name: string, text: string): { file: GoogleAppsScript.Drive.File; created: boolean } {
  const existing = findFile(plan, name);
  if (existing) {
    withRetry(`write ${name}`, plan.retryLimit, () => advancedDrive().Files!.update({}, existing.getId(), jsonBlob(name, text)));
    return { file: existing, created: false };
  }
  const file = withRetry(`create ${name}`, plan.retryLimit, () => findFile(plan, name) ?? plan.folder.createFile(jsonBlob(name, text)));
  return { file, created: true };
}

/** Creates a file that must never be overwritten (a finalized version). */
export function writeImmutableJson(plan: PlanFolder, name: string, text: string): GoogleAppsScript.Drive.File {
  if (findFile(plan, name))
    throw new Error(`${name} already exists in the plan folder and is never overwritten. Export a new version instead.`);
  return withRetry(`create ${name}`, plan.retryLimit, () => findFile(plan, name) ?? plan.folder.createFile(jsonBlob(name, text)));
}

/** A Google Doc made from HTML by Drive's conversion (no Docs scope needed); updated in place when it exists. */
export function writeGoogleDoc(
  plan: PlanFolder,
  docId: string | null,
  name: string,
  html: string,
): { id: string; url: string; created: boolean } {
  const blob = () => Utilities.newBlob(html, "text/html", `${name}.html`);
  if (docId) {
    try {
      withRetry(`update ${name}`, plan.retryLimit, () => advancedDrive().Files!.update({ name }, docId, blob()));
      return { id: docId, url: docUrl(docId), created: false };
    } catch {
      // The document was deleted or is no longer ours: it is created again.
    }
  }
  const created = withRetry(`create ${name}`, plan.retryLimit, () =>
    advancedDrive().Files!.create({ name, mimeType: GOOGLE_DOC, parents: [plan.folder.getId()] }, blob()),
  );
  return { id: created.id!, url: docUrl(created.id!), created: true };
}

/** The Drive advanced service (v3), enabled in appsscript.json. */
function advancedDrive(): GoogleAppsScript.Drive {
  if (typeof Drive === "undefined" || !Drive)
    throw new Error(
      "The Drive advanced service is not enabled for this script: add it in appsscript.json (dependencies.enabledAdvancedServices).",
    );
  return Drive;
}

const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

/** Removes what a failed export created, so no partial export is left behind. */
export function discard(fileIds: readonly string[], folder: PlanFolder | null, retryLimit: number): void {
  const cleanUp = (trash: () => void) => {
    try {
      withRetry("clean up a partial export", retryLimit, trash);
    } catch {
      // Best effort: the export already failed with its own message.
    }
  };
  for (const id of fileIds) cleanUp(() => DriveApp.getFileById(id).setTrashed(true));
  if (folder?.created) cleanUp(() => folder.folder.setTrashed(true));
}
