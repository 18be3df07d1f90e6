import { retried } from "./service-retry";

/**
 * Who is signed in, as Google tells the add-on (scope userinfo.email): ""
 * when Google does not say (a consumer account outside the domain, a simple
 * trigger). Approvals need this very person, never the effective user.
 */
export function signedInUser(): string {
  return retried(() => Session.getActiveUser().getEmail()).trim();
}

/** Who is running the add-on, for the audit trail (empty for consumer accounts outside the domain). */
export function activeUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || "unknown user";
}
