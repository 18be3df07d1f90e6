/**
 * Where the emulator's scope table departs from Google's reference (or fills
 * a gap in it), with the source of each fact. Live behaviour wins over the
 * reference. Scopes are written without "https://www.googleapis.com/auth/".
 */
export interface ScopeOverride {
  /** "Class.method", or "Class.*" for every method of the class. */
  method: string;
  /** Any one of these suffices. */
  scopes: string[];
  source: string;
}

const DRIVE_V3_DISCOVERY =
  "Drive API v3 discovery document, resources.files.methods.*.scopes (googleapis/google-api-go-client drive/v3/drive-api.json; " +
  "the same lists appear under 'Authorization scopes' on developers.google.com/workspace/drive/api/reference/rest/v3/files)";

/** files.get and files.list accept the same read scopes in the discovery document. */
const DRIVE_READ_SCOPES = [
  "drive",
  "drive.appdata",
  "drive.file",
  "drive.meet.readonly",
  "drive.metadata",
  "drive.metadata.readonly",
  "drive.photos.readonly",
  "drive.readonly",
];

export const SCOPE_OVERRIDES: readonly ScopeOverride[] = [
  {
    method: "DriveApp.*",
    scopes: ["drive"],
    source:
      "Public live reports (issue 13): under drive.file alone every DriveApp call throws 'Specified permissions are not sufficient " +
      "to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive'; the reference also lists " +
      "drive.readonly for getters, but no DriveApp call works without the full drive scope.",
  },
  // The advanced Drive service is not in gas-types-detailed: its calls need the Drive API's own scopes.
  {
    method: "Drive.Files.create",
    scopes: ["drive", "drive.appdata", "drive.file"],
    source: DRIVE_V3_DISCOVERY,
  },
  {
    method: "Drive.Files.get",
    scopes: DRIVE_READ_SCOPES,
    source: DRIVE_V3_DISCOVERY,
  },
  {
    method: "Drive.Files.list",
    scopes: DRIVE_READ_SCOPES,
    source: DRIVE_V3_DISCOVERY,
  },
  {
    method: "Drive.Files.export",
    scopes: ["drive", "drive.file", "drive.meet.readonly", "drive.readonly"],
    source: DRIVE_V3_DISCOVERY,
  },
  {
    method: "Drive.Files.update",
    scopes: ["drive", "drive.appdata", "drive.file", "drive.metadata", "drive.scripts"],
    source: DRIVE_V3_DISCOVERY,
  },
  {
    method: "Drive.Files.copy",
    scopes: ["drive", "drive.appdata", "drive.file", "drive.photos.readonly"],
    source: DRIVE_V3_DISCOVERY,
  },
  {
    method: "Drive.Files.generateIds",
    scopes: ["drive", "drive.appdata", "drive.file"],
    source: DRIVE_V3_DISCOVERY,
  },
  {
    method: "Drive.Files.remove",
    scopes: ["drive", "drive.appdata", "drive.file"],
    source: `${DRIVE_V3_DISCOVERY} (files.delete)`,
  },
  // Methods the emulator exposes that the typings do not list.
  {
    method: "Range.getColumnIndex",
    scopes: ["spreadsheets", "spreadsheets.currentonly"],
    source: "Undocumented alias of Range.getColumn; given Range.getColumn's scopes.",
  },
  {
    method: "ScriptApp.requireScopes",
    scopes: [],
    source:
      "Added to Apps Script in 2025 for granular consent (developers.google.com/apps-script/reference/script/script-app); it checks scopes, needs none.",
  },
  {
    method: "HtmlOutput.getSandboxMode",
    scopes: [],
    source: "Missing from gas-types-detailed; like every HtmlOutput method in the reference it needs no scope.",
  },
];
