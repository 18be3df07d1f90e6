import { retried } from "./service-retry";

/**
 * Who is signed in, as Google tells the add-on (scope userinfo.email): ""
 * when Google does not say (a consumer account outside the domain, a simple
 * trigger). Approvals need this very person, never the effective user.
 */
export function signedInUser(): string {
  return retried(() => Session.getActiveUser().getEmail()).trim();
}
