import type { MethodName, Status, StatusRefresh } from "../../src/domain/api/contract";
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
  /**
   * `call`, followed by a refresh after every method that may write (Approve,
   * Reminders…), unless its reply carries the status as it left it (Set up,
   * Validate, Export, Import): then that is shown, with no call.
   */
  tracked: Call;
}

/**
 * Keeps the sidebar's status current. The server answers refreshStatus with
 * its stamp (a hash of document properties) and the status only if the stamp
 * moved. Refreshes asked for while one is in flight share the next one, so a
 * burst of actions and focus events costs one more call, never a stale answer:
 * a refresh that was already under way when a reply brought a newer status
 * is not shown, and is asked again.
 */
export function createStatusSync(call: Call, onStatus: (status: Status) => void): StatusSync {
  let stamp: string | undefined;
  let running: Promise<Outcome> | null = null;
  let queued: Promise<Outcome> | null = null;
  let queuedForce = false;
  // Moves on each status a reply brought: an answer asked for before it is older.
  let adopted = 0;

  const once = async (force: boolean): Promise<Outcome> => {
    const asked = adopted;
    const result = await call("refreshStatus", force || stamp === undefined ? {} : { stamp });
    if (!result.ok) return { ok: false, message: result.message };
    if (asked !== adopted) return { ok: true };
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

  const adopt = (refreshed: StatusRefresh) => {
    adopted++;
    stamp = refreshed.stamp;
    onStatus(refreshed.status);
    // One under way may have read the server before this operation finished: its answer is dropped, and asked again.
    if (running) void refresh();
  };

  const tracked: Call = async (method, input) => {
    const result = await call(method, input);
    if (READS_ONLY.has(method)) return result;
    const refreshed = result.ok ? refreshedIn(result.value) : null;
    if (refreshed) adopt(refreshed);
    else void refresh();
    return result;
  };
  return { refresh, tracked };
}

/** The status a reply carries (`refreshed`), if it does and it could be read. */
function refreshedIn(value: unknown): StatusRefresh | null {
  if (typeof value !== "object" || value === null || !("refreshed" in value)) return null;
  return (value as { refreshed: StatusRefresh | null }).refreshed;
}
