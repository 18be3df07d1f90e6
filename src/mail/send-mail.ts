import type { MailProblem } from "../domain/escalation/mail-finding";
import { retried } from "../platform/service-retry";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";

/**
 * The only code that touches MailApp (scope script.send_mail). Google's
 * answers become a problem the caller can act on: an address Gmail refuses
 * and a used-up daily quota are final (a retry cannot help), anything else
 * is tried 1 + retryLimit times. A bounce is not among them: Gmail accepts
 * the message and the delivery failure arrives later in the sender's inbox,
 * which MailApp cannot read.
 */
export interface MailMessage {
  to: string;
  subject: string;
  body: string;
}

export type SendOutcome = { sent: true } | { sent: false; problem: MailProblem };

// MailApp's own words, the only place they are read: "Invalid email: x", "Failed to send email: no recipient",
// "Service invoked too many times for one day: email."
const INVALID = /^(Exception: )?(Invalid email|Failed to send email: no recipient)/;
const QUOTA = /too many times for one day: email/;

function problemOf(error: unknown): MailProblem {
  const message = error instanceof Error ? error.message : String(error);
  return INVALID.test(message) ? "invalid-address" : QUOTA.test(message) ? "quota" : "unavailable";
}

/** Recipients left today, or null when MailApp did not answer. */
export function remainingMailQuota(retryLimit = DEFAULT_RETRY_LIMIT): number | null {
  const result = attempt(() => MailApp.getRemainingDailyQuota(), retryLimit);
  return "value" in result ? result.value : null;
}

export function sendMail(message: MailMessage, retryLimit = DEFAULT_RETRY_LIMIT): SendOutcome {
  const result = attempt(() => MailApp.sendEmail(message.to, message.subject, message.body), retryLimit);
  return "value" in result ? { sent: true } : { sent: false, problem: result.problem };
}

function attempt<T>(call: () => T, retryLimit: number): { value: T } | { problem: MailProblem } {
  try {
    return { value: retried(call, retryLimit, (error) => problemOf(error) === "unavailable") };
  } catch (error) {
    return { problem: problemOf(error) };
  }
}

/** Check set-up's probe: MailApp's own answer, or its error for the step to explain. */
export function probeMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}
