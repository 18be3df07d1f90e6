import { withRetry } from "./retry";

/**
 * The Drive calls the add-on makes, all through the Advanced Drive service
 * (v3): under the drive.file scope it reaches the files the add-on created
 * or the user opened with it, by ID. DriveApp would need the full drive
 * scope for every call. Each call is tried 1 + Retry limit times.
 */
const FOLDER = "application/vnd.google-apps.folder";
const FIELDS = "id,name,mimeType,trashed,parents,webViewLink,md5Checksum";

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  parents: string[];
  url: string;
  /** MD5 of the content Drive holds (files with binary content only; null for folders and Google Docs). */
  md5: string | null;
}

/** A Drive v3 File resource, as far as the add-on reads it. */
interface FileResource {
  id?: string;
  name?: string;
  mimeType?: string;
  trashed?: boolean;
  parents?: string[];
  webViewLink?: string;
  md5Checksum?: string;
}

/** The v3 Files collection as the add-on calls it (@types/google-apps-script describes v2; the manifest enables v3). */
interface FilesV3 {
  get(id: string, options: { fields: string }): FileResource;
  get(id: string, options: { alt: "media" }): unknown;
  list(options: { q: string; fields: string; pageSize: number; pageToken?: string }): { files?: FileResource[]; nextPageToken?: string };
  export(id: string, mimeType: string, options: { alt: "media" }): unknown;
  create(resource: FileResource, media?: GoogleAppsScript.Base.Blob, options?: { fields: string }): FileResource;
  generateIds(options: { count: number; space: "drive"; type: "files" }): { ids?: string[] };
  update(resource: FileResource, id: string, media?: GoogleAppsScript.Base.Blob, options?: { fields: string }): FileResource;
  remove(id: string): void;
}

function files(): FilesV3 {
  if (typeof Drive === "undefined" || !Drive?.Files) {
    throw new Error(
      "The Drive advanced service is not enabled for this script: add it in appsscript.json (dependencies.enabledAdvancedServices).",
    );
  }
  return Drive.Files as unknown as FilesV3;
}

const item = (file: FileResource): DriveItem => ({
  id: file.id ?? "",
  name: file.name ?? "",
  mimeType: file.mimeType ?? "",
  trashed: file.trashed === true,
  parents: file.parents ?? [],
  url: file.mimeType === FOLDER ? `https://drive.google.com/drive/folders/${file.id}` : (file.webViewLink ?? ""),
  md5: file.md5Checksum ?? null,
});

/**
 * Drive answers an ID this token cannot reach exactly as one that does not
 * exist; the advanced service gives no status code, so its own words are the
 * only signal. This is the one place that reads them.
 */
export const isNotFound = (error: unknown): boolean => error instanceof Error && /File not found/i.test(error.message);

/** Drive's answer (409 fileIdInUse) to a create with an ID it already used: an earlier try landed and only its reply was lost. */
const isAlreadyCreated = (error: unknown): boolean =>
  error instanceof Error && /A file already exists with the provided ID/i.test(error.message);

/** The item, or null when it no longer exists or the add-on cannot reach it. Transient failures are retried, then thrown. */
export function findItem(id: string, retryLimit: number): DriveItem | null {
  try {
    return withRetry("look up a plan file", retryLimit, () => item(files().get(id, { fields: FIELDS })), { final: isNotFound });
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** The files directly in a folder (trashed ones too): one call, unless it holds more than a page of them. */
export function listFolder(folderId: string, retryLimit: number): DriveItem[] {
  const found: DriveItem[] = [];
  let pageToken: string | undefined;
  do {
    const page = withRetry("list the plan folder", retryLimit, () =>
      files().list({ q: `'${folderId}' in parents`, fields: `nextPageToken,files(${FIELDS})`, pageSize: 1000, pageToken }),
    );
    found.push(...(page.files ?? []).map(item));
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return found;
}

/** A text file's content, downloaded with alt=media. */
export function readText(id: string, name: string, retryLimit: number): string {
  return withRetry(`read ${name}`, retryLimit, () => bodyText(files().get(id, { alt: "media" })), { final: isNotFound });
}

/**
 * A Google Doc as HTML, so a failed export can put it back. Live Apps Script
 * answers export without alt=media with "Export requires alt=media to
 * download the exported content" (gas-fakes issue 117, Google issue 468534237).
 */
export function exportHtml(id: string, name: string, retryLimit: number): string {
  return withRetry(`read ${name}`, retryLimit, () => bodyText(files().export(id, "text/html", { alt: "media" })), { final: isNotFound });
}

/** A downloaded body: the typings say string; a Blob is read as UTF-8 text all the same. */
function bodyText(body: unknown): string {
  if (typeof body === "string") return body;
  if (body && typeof (body as GoogleAppsScript.Base.Blob).getDataAsString === "function")
    return (body as GoogleAppsScript.Base.Blob).getDataAsString("UTF-8");
  return String(body ?? "");
}

export function createFolder(name: string, retryLimit: number): DriveItem {
  return createOnce(`create the folder ${name}`, { name, mimeType: FOLDER }, undefined, retryLimit);
}

/**
 * Plans are written as Blobs: Apps Script refuses text content over 10 MB,
 * and a plan of 10,000 attributes is larger than that. A Google Doc is made
 * from HTML by Drive's conversion (no Docs scope needed).
 */
export function createFile(
  folderId: string,
  name: string,
  mimeType: string,
  content: { text: string; type: string },
  retryLimit: number,
): DriveItem {
  return createOnce(`create ${name}`, { name, mimeType, parents: [folderId] }, blob(content, name), retryLimit);
}

/** IDs reserved for this execution's creates, fetched ten at a time (one Drive call covers a whole first export). */
let reservedIds: string[] = [];

function reservedId(retryLimit: number): string {
  if (reservedIds.length === 0) {
    reservedIds = withRetry(
      "reserve Drive file IDs",
      retryLimit,
      () => files().generateIds({ count: 10, space: "drive", type: "files" }).ids ?? [],
    );
  }
  const id = reservedIds.shift();
  if (id === undefined) throw new Error("Google Drive returned no file IDs to create with.");
  return id;
}

/**
 * A create is retried like any call, which is only safe because it names
 * its ID: when a try landed but its reply was lost, the retry is answered
 * "already exists", and the file that try made is the one returned, never a
 * second copy beside it.
 */
function createOnce(what: string, resource: FileResource, media: GoogleAppsScript.Base.Blob | undefined, retryLimit: number): DriveItem {
  const id = reservedId(retryLimit);
  return withRetry(what, retryLimit, () => {
    try {
      return item(files().create({ ...resource, id }, media, { fields: FIELDS }));
    } catch (error) {
      if (isAlreadyCreated(error)) return item(files().get(id, { fields: FIELDS }));
      throw error;
    }
  });
}

/** The file as Drive holds it afterwards (its new md5 included). */
export function replaceContent(id: string, name: string, content: { text: string; type: string }, retryLimit: number): DriveItem {
  return withRetry(`write ${name}`, retryLimit, () => item(files().update({}, id, blob(content, name), { fields: FIELDS })));
}

/** Deletes a file or folder this run created (undoing a failed export). */
export function removeItem(id: string, retryLimit: number): void {
  try {
    withRetry("remove what a failed export created", retryLimit, () => files().remove(id), { final: isNotFound });
  } catch (error) {
    // Gone already: an earlier try removed it and only its reply was lost.
    if (!isNotFound(error)) throw error;
  }
}

const blob = (content: { text: string; type: string }, name: string) => Utilities.newBlob(content.text, content.type, name);
