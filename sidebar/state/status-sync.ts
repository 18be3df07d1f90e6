import type { MethodName, Status } from "../../src/domain/api/contract";
import type { Call } from "../api/client";

/** Methods that only read: everything else may change what the status shows, so a refresh follows it. */
const READS_ONLY: ReadonlySet<MethodName> = new Set<MethodName>([
  "getStatus",
  "refreshStatus",
  "openSheet",
  "selectCell",
  "previewAudiences",
  "getProfileSql",
  "whereUsed",
  "checkSetup",
]);

type Outcome = { ok: true } | { ok: false; message: string };

export interface StatusSync {
  /** Brings the status up to date: one cheap call when nothing changed. `force` fetches it whatever the stamp says. */
  refresh(force?: boolean): Promise<Outcome>;
  /** `call`, followed by a refresh after every method that may write (Validate, Export, Import, Set up, Approve…). */
  tracked: Call;
}

/**
 * Keeps the sidebar's status current. The server answers refreshStatus with
 * its stamp (a hash of document properties) and the status only if the stamp
 * moved. Refreshes asked for while one is in flight share the next one, so a
 * burst of actions and focus events costs one more call, never a stale answer.
 */
export function createStatusSync(call: Call, onStatus: (status: Status) => void): StatusSync {
  let stamp: string | undefined;
  let running: Promise<Outcome> | null = null;
  let queued: Promise<Outcome> | null = null;
  let queuedForce = false;

  const once = async (force: boolean): Promise<Outcome> => {
    const result = await call("refreshStatus", force || stamp === undefined ? {} : { stamp });
    if (!result.ok) return { ok: false, message: result.message };
    stamp = result.value.stamp;
    if (result.value.status) onStatus(result.value.status);
    return { ok: true };
  };

  const refresh = (force = false): Promise<Outcome> => {
    if (!running) {
      running = once(force).finally(() => {
        running = null;
      });
      return running;
    }
    // The one in flight may have read the server before this change: run once more after it.
    queuedForce ||= force;
    queued ??= running.then(() => {
      queued = null;
      const forceIt = queuedForce;
      queuedForce = false;
      return refresh(forceIt);
    });
    return queued;
  };

  const tracked: Call = async (method, input) => {
    const result = await call(method, input);
    if (!READS_ONLY.has(method)) void refresh();
    return result;
  };
  return { refresh, tracked };
}
