import type { CheckStepId } from "../api/check-setup";

/** OAuth scopes are written short here ("drive.file"); Google names them by URL. */
export const SCOPE_PREFIX = "https://www.googleapis.com/auth/";
export const scopeUrl = (scope: string): string => (scope.startsWith("https://") ? scope : `${SCOPE_PREFIX}${scope}`);

export interface CheckStepSpec {
  id: CheckStepId;
  title: string;
  /** The scope the step's calls need (short name), or null for services that need none (locks, properties). */
  scope: string | null;
  /** What the add-on cannot do without that scope, as the middle of a sentence. */
  denied: string | null;
  /** The Google service a Workspace admin could have turned off for the user. */
  service: string;
}

/**
 * Check set-up's steps, in the order they run: one registry, so the server,
 * the alert and the sidebar list the same steps. Each manifest scope is
 * exercised by exactly one step, so a missing scope fails exactly one step.
 */
export const CHECK_STEPS: readonly CheckStepSpec[] = [
  {
    id: "spreadsheet",
    title: "Spreadsheet",
    scope: "spreadsheets.currentonly",
    denied: "the add-on may not read or change this spreadsheet",
    service: "Google Sheets",
  },
  { id: "drive", title: "Drive", scope: "drive.file", denied: "the add-on may not create files", service: "Google Drive" },
  { id: "lock", title: "Document lock", scope: null, denied: null, service: "Apps Script" },
  { id: "properties", title: "Document properties", scope: null, denied: null, service: "Apps Script" },
  {
    id: "account",
    title: "Your account",
    scope: "userinfo.email",
    denied: "the add-on may not see your email address, so the Change log and approvals cannot name you",
    service: "Google accounts",
  },
  {
    id: "triggers",
    title: "Reminder trigger",
    scope: "script.scriptapp",
    denied: "the add-on may not install its weekly governance reminder",
    service: "Apps Script",
  },
  {
    id: "mail",
    title: "Escalation email",
    scope: "script.send_mail",
    denied: "the add-on may not email escalations and review reminders",
    service: "Gmail",
  },
  {
    id: "ui",
    title: "Sidebar and dialogs",
    scope: "script.container.ui",
    denied: "the add-on may not open its sidebar or dialogs",
    service: "Google Sheets",
  },
];

export function checkStepSpec(id: CheckStepId): CheckStepSpec {
  const spec = CHECK_STEPS.find((step) => step.id === id);
  if (!spec) throw new Error(`No Check set-up step ${id}`);
  return spec;
}

/** Where the Drive probe ran: the plan folder of the last export, or the Drive root before the first export. */
export type ProbePlace = "plan folder" | "root";

/** What each step did when it passed, in a sentence. */
export const PASSED = {
  spreadsheet: (name: string) => `Read this spreadsheet ("${name}").`,
  drive: (place: ProbePlace) =>
    place === "plan folder"
      ? "Created, read and trashed a probe file in the plan folder."
      : "Created, read and trashed a probe file in your Drive's root folder (there is no plan folder yet: the first export creates one).",
  lock: () => "Took and released the document lock.",
  properties: () => "Wrote, read and deleted a document property.",
  account: (email: string) => `Signed in as ${email}.`,
  triggers: (count: number) =>
    `May manage its weekly reminder (${count === 0 ? "none installed" : count === 1 ? "1 trigger installed" : `${count} triggers installed`} for you).`,
  mail: (remaining: number) =>
    remaining > 0
      ? `May send escalation and reminder email (${remaining} recipient${remaining === 1 ? "" : "s"} left today).`
      : "May send email, but today's quota is used up: escalation email waits for the first Validate after it frees up.",
  ui: () => "Google reports the add-on may open its sidebar and dialogs.",
} as const;
