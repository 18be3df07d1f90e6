import { CheckProblem } from "../domain/setup-check/problems";

/** Long enough for a short run of someone else's to finish, short enough for a click to feel answered. */
const LOCK_WAIT_MS = 5_000;

/** Check set-up: take the document lock every write runs under, and release it. */
export function probeDocumentLock(): void {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new CheckProblem("no-document");
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new CheckProblem("lock-busy");
  lock.releaseLock();
}

/** Check set-up: Google tells the add-on who is signed in (userinfo.email); the Change log and approvals need it. */
export function probeAccount(): { email: string } {
  const email = Session.getActiveUser().getEmail();
  if (!email) throw new CheckProblem("email-hidden");
  return { email };
}

/** Check set-up: the add-on may read its installable triggers (script.scriptapp), as the weekly reminder does. */
export function probeTriggers(): { count: number } {
  return { count: ScriptApp.getProjectTriggers().length };
}
