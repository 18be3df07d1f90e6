import { describe, expect, it } from "vitest";
import { createClient } from "../../sidebar/api/client";
import { createStatusSync } from "../../sidebar/state/status-sync";
import { fakeScriptRun } from "./fake-script-run";

/** A server whose state changes when an action runs; refreshStatus answers as the real one does. */
function server() {
  let version = 1;
  const calls: { method: string; args: unknown[] }[] = [];
  const status = () => ({ version });
  const methods = {
    refreshStatus: (input?: unknown) => {
      const stamp = (input as { stamp?: string } | undefined)?.stamp;
      return { stamp: `v${version}`, status: stamp === `v${version}` ? null : status() };
    },
    validatePlan: () => {
      version++;
      return { ok: true };
    },
    whereUsed: () => ({ attribute: null }),
  };
  const call = createClient(() => fakeScriptRun(methods, calls));
  return { call, calls, touch: () => version++, methods: () => calls.map((entry) => entry.method) };
}

describe("status sync", () => {
  it("shows the status once, then asks cheaply and shows nothing new while nothing changed", async () => {
    const { call, calls } = server();
    const shown: unknown[] = [];
    const sync = createStatusSync(call, (status) => shown.push(status));
    await sync.refresh(true);
    await sync.refresh();
    expect(shown).toEqual([{ version: 1 }]);
    expect(calls.map((entry) => entry.args)).toEqual([[{}], [{ stamp: "v1" }]]);
  });

  it("refreshes after an action that may write, not after a read", async () => {
    const { call, methods } = server();
    const shown: unknown[] = [];
    const sync = createStatusSync(call, (status) => shown.push(status));
    await sync.refresh(true);
    await sync.tracked("whereUsed", undefined);
    await sync.tracked("validatePlan", undefined);
    await sync.refresh();
    expect(methods()).toEqual(["refreshStatus", "whereUsed", "validatePlan", "refreshStatus", "refreshStatus"]);
    expect(shown).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it("a burst of focus events while one refresh is in flight costs one more call, which sees the latest change", async () => {
    const { call, calls, touch } = server();
    const shown: unknown[] = [];
    const sync = createStatusSync(call, (status) => shown.push(status));
    await sync.refresh(true);
    const first = sync.refresh();
    touch();
    await Promise.all([first, sync.refresh(), sync.refresh(), sync.refresh()]);
    expect(calls).toHaveLength(3);
    expect(shown.at(-1)).toEqual({ version: 2 });
  });
});
