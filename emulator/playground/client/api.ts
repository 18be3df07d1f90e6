import type { EmulatorState } from "../../state";
import type { RecordedAlert, RecordedMenu, RecordedToast } from "../../ui-recorder";

export interface Snapshot {
  version: number;
  state: EmulatorState;
  ui: { menus: RecordedMenu[]; sidebar: { title: string; opens: number } | null; toasts: RecordedToast[]; alerts: RecordedAlert[] };
}

export type Outcome = { ok: true; result: unknown } | { ok: false; message: string };

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: "no-store" });
  return (await response.json()) as T;
}

export async function post(path: string, body: unknown): Promise<Outcome> {
  try {
    const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return (await response.json()) as Outcome;
  } catch {
    return { ok: false, message: "The playground server is not answering. Is npm start still running?" };
  }
}
