import { AddOnError, type ErrorCode } from "../errors";

const RESTORE_FOLDER = "Restore it from Drive's trash, or clear Drive folder on the Plan sheet so the next export creates a new one.";
const FROM_EXTENSIONS = "Open the spreadsheet and run the add-on from its Extensions menu.";
const runAgain = (service: string) =>
  `Run Check set-up again in a few minutes. If it keeps failing, ask your Workspace admin whether ${service} is turned on for your account.`;

/**
 * What a probe found wrong beyond a refused call, each with its words and
 * its fix. Probes throw them; the use case turns them into failed steps by
 * their key, never by their text.
 */
const PROBLEMS = {
  "no-spreadsheet": { code: "NOT_SET_UP", detail: () => "The add-on is not running inside a spreadsheet.", fix: () => FROM_EXTENSIONS },
  "folder-trashed": {
    code: "DRIVE_MISSING",
    detail: () => "The plan folder is in Drive's trash, so the next export cannot write to it.",
    fix: () => RESTORE_FOLDER,
  },
  "folder-unreachable": {
    code: "DRIVE_MISSING",
    detail: () => "The plan folder of the last export can no longer be reached: it was deleted, or the add-on lost access to it.",
    fix: () => RESTORE_FOLDER,
  },
  "probe-mismatch": {
    code: "SERVICE_UNAVAILABLE",
    detail: () => "Drive gave back other content than the add-on wrote into the probe file (the probe was removed).",
    fix: () => runAgain("Google Drive"),
  },
  "probe-left": {
    code: "SERVICE_UNAVAILABLE",
    detail: (name: string) => `Drive did not let the add-on remove its probe file "${name}".`,
    fix: (name: string) => `Delete "${name}" from Drive by hand (it holds nothing), then run Check set-up again.`,
  },
  "lock-busy": {
    code: "LOCK_BUSY",
    detail: () => "Someone else is running the add-on in this spreadsheet, so the document lock was not free.",
    fix: () => "Run Check set-up again when they are done, usually within a minute.",
  },
  "no-document": {
    code: "NOT_SET_UP",
    detail: () => "The add-on is not running inside a spreadsheet, so there is no document lock.",
    fix: () => FROM_EXTENSIONS,
  },
  "property-mismatch": {
    code: "SERVICE_UNAVAILABLE",
    detail: () => "The document property read back differs from what the add-on wrote (it was deleted).",
    fix: () => runAgain("Apps Script"),
  },
  "email-hidden": {
    code: "BLOCKED",
    detail: () =>
      "Google did not tell the add-on who you are: your email address reads as blank, so the Change log and approvals cannot name you.",
    fix: () => "Sign in with your work account, or ask your Workspace admin to let add-ons see their users' email addresses.",
  },
  "permissions-unknown": {
    code: "SERVICE_UNAVAILABLE",
    detail: () => "Google did not say which permissions the add-on has.",
    fix: () => runAgain("Apps Script"),
  },
} as const satisfies Record<string, { code: ErrorCode; detail: (subject: string) => string; fix: (subject: string) => string }>;

export type CheckProblemKey = keyof typeof PROBLEMS;

export class CheckProblem extends AddOnError {
  readonly fix: string;
  constructor(
    readonly problem: CheckProblemKey,
    subject = "",
  ) {
    const spec = PROBLEMS[problem];
    super(spec.code, spec.detail(subject));
    this.name = "CheckProblem";
    this.fix = spec.fix(subject);
  }
}

export const isCheckProblem = (error: unknown): error is CheckProblem => error instanceof CheckProblem;

export { runAgain };
