import type { MethodInput, MethodName, MethodOutput } from "../../src/domain/api/contract";
import type { Reply } from "../../src/domain/api/reply";
import type { Result } from "./result";

/**
 * The slice of `google.script.run` the client uses. Each `with…` call returns
 * a new runner (the real one does too), so concurrent calls never share
 * handlers.
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
  [method: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRunner } };
  }
}

export type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

const NOT_CONNECTED = "The sidebar is not connected to Google Sheets. Open it from Extensions › Personalization Profiles › Open sidebar.";

/**
 * Messages the platform itself raises before or around the add-on's code
 * (the add-on's own failures arrive as values with a code, see Reply),
 * reworded so a person knows what happened and what to do. Google gives
 * these only as text, so text is all there is to match.
 */
const PLATFORM_MESSAGES: readonly [RegExp, string][] = [
  [/NetworkError|Connection failure|HTTP 0\b/i, "The sidebar lost its connection to Google Sheets. Check your network and try again."],
  [
    /^Authorization is required/i,
    "The add-on needs your permission again: reload the spreadsheet, then open the sidebar from the Extensions menu.",
  ],
  [
    /Exceeded maximum execution time/i,
    "This took longer than Google allows (6 minutes) and was stopped. Try again; if it keeps happening, split the plan into smaller sheets.",
  ],
  [/Service (?:unavailable|invoked too many times)/i, "A Google service is busy right now. Wait a minute and try again."],
];

/**
 * Apps Script may prefix a thrown message with the error's name
 * ("Exception: ", "DriveFailure: "); the person reading the banner only
 * needs the sentence the server wrote.
 */
export function failureMessage(error: unknown, method: string): string {
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const message = raw.replace(/^(?:Error|Exception|[A-Z][A-Za-z]*(?:Error|Exception|Failure)):\s*/, "").trim();
  if (!message) return `The add-on could not finish "${method}". Check your connection and try again.`;
  return PLATFORM_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? message;
}

/**
 * Builds the typed promise client over a runner source. The source is read
 * on every call so a test (or a late-loading shim) can provide it later.
 */
export function createClient(runner: () => ScriptRunner | undefined): Call {
  return <M extends MethodName>(method: M, input: MethodInput<M>) =>
    new Promise<Result<MethodOutput<M>>>((resolve) => {
      const run = runner();
      if (!run) return resolve({ ok: false, message: NOT_CONNECTED, code: null });
      // The method name travels as the user object so the failure message can name what failed.
      const configured = run
        .withSuccessHandler((reply) => resolve(fromReply(reply as Reply<MethodOutput<M>>, method)))
        .withFailureHandler((error, userObject) => resolve({ ok: false, message: failureMessage(error, String(userObject)), code: null }))
        .withUserObject(method);
      const invoke = configured[method];
      if (typeof invoke !== "function")
        return resolve({ ok: false, message: `The server has no "${method}" function. Reload the sidebar.`, code: null });
      try {
        // A method without input is called with no argument: Apps Script would turn `undefined` into null.
        if (input === undefined) invoke.call(configured);
        else invoke.call(configured, input);
      } catch (error) {
        resolve({ ok: false, message: failureMessage(error, method), code: null });
      }
    });
}

/** The sidebar's one way to reach the server. */
export const call: Call = createClient(() => (typeof window === "undefined" ? undefined : window.google?.script?.run));

/** The server's answer: its value, or its failure with the code and the words the server chose (they name the operation). */
function fromReply<T>(reply: Reply<T> | null | undefined, method: string): Result<T> {
  if (!reply || typeof reply !== "object" || typeof reply.failed !== "boolean")
    return { ok: false, message: `The server's answer to "${method}" was not understood. Reload the sidebar.`, code: null };
  return reply.failed ? { ok: false, message: reply.message, code: reply.code } : { ok: true, value: reply.value };
}
