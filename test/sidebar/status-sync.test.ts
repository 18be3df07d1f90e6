import { describe, expect, it, vi } from "vitest";
import { type Call, createClient } from "../../sidebar/api/client";
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
    // Replies that carry the status as the action left it, or say it could not be read (null).
    setupSheets: () => {
      version++;
      return { refreshed: { stamp: `v${version}`, status: status() } };
    },
    exportPlan: () => {
      version++;
      return { refreshed: null };
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

  it("shows the status a reply carries, with no refresh; a reply that could not carry it is followed by one", async () => {
    const { call, methods, calls } = server();
    const shown: unknown[] = [];
    const sync = createStatusSync(call, (status) => shown.push(status));
    await sync.refresh(true);
    await sync.tracked("setupSheets", { initiative: "PLG", channels: ["web"] });
    expect(shown).toEqual([{ version: 1 }, { version: 2 }]);
    await sync.tracked("exportPlan", undefined);
    await vi.waitFor(() => expect(shown).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]));
    expect(methods()).toEqual(["refreshStatus", "setupSheets", "exportPlan", "refreshStatus"]);
    // The stamp the reply brought is the one asked with next.
    await sync.refresh();
    expect(calls.at(-1)?.args).toEqual([{ stamp: "v3" }]);
  });

  it("drops a refresh under way when a reply brings a newer status, and asks once more", async () => {
    const answers: ((result: unknown) => void)[] = [];
    const asked: unknown[][] = [];
    const call = ((method: string, input: unknown) => {
      asked.push([method, input]);
      return new Promise((resolve) => answers.push(resolve));
    }) as unknown as Call;
    const shown: unknown[] = [];
    const sync = createStatusSync(call, (status) => shown.push(status));
    const underway = sync.refresh(true);
    const setup = sync.tracked("setupSheets", { initiative: "PLG", channels: ["web"] });
    answers[1]({ ok: true, value: { refreshed: { stamp: "v2", status: { version: 2 } } } });
    await setup;
    // Read before Set up wrote: older than what is shown.
    answers[0]({ ok: true, value: { stamp: "v1", status: { version: 1 } } });
    await underway;
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    expect(asked[2]).toEqual(["refreshStatus", { stamp: "v2" }]);
    answers[2]({ ok: true, value: { stamp: "v2", status: null } });
    expect(shown).toEqual([{ version: 2 }]);
  });
});
