import { useState } from "preact/hooks";
import type { MethodInput, MethodName, MethodOutput } from "../../src/domain/api/contract";
import type { Call } from "../api/client";
import type { Result } from "../api/result";

export interface Action<M extends MethodName> {
  busy: boolean;
  error: string | null;
  /** The last successful result: kept when a later call fails, so the screen never goes blank. */
  value: MethodOutput<M> | null;
  run(input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
}

/**
 * One server method as screen state: busy while in flight, then the value or
 * the error. A click while busy is ignored rather than queued, so one user
 * action is one round trip.
 */
export function useAction<M extends MethodName>(call: Call, method: M): Action<M> {
  const [state, setState] = useState<{ busy: boolean; error: string | null; value: MethodOutput<M> | null }>({
    busy: false,
    error: null,
    value: null,
  });
  const run = async (input: MethodInput<M>): Promise<Result<MethodOutput<M>>> => {
    if (state.busy) return { ok: false, message: "Still working on the last request.", code: null };
    setState((previous) => ({ ...previous, busy: true, error: null }));
    const result = await call(method, input);
    setState((previous) =>
      result.ok ? { busy: false, error: null, value: result.value } : { ...previous, busy: false, error: result.message },
    );
    return result;
  };
  return { ...state, run };
}
