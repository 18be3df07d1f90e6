/**
 * google.script.run for the playground's sidebar frame, injected at the
 * start of <head> so it exists before the sidebar's own script runs. Like
 * the real one it knows the script's callable functions up front (names
 * ending in "_" are private and absent), every with… call returns a new
 * runner, results arrive asynchronously as JSON, and a failure reaches the
 * handler as (Error, userObject).
 */
interface Handlers {
  success?: (value: unknown, userObject?: unknown) => void;
  failure?: (error: Error, userObject?: unknown) => void;
  userObject?: unknown;
}

type Runner = Record<string, unknown>;

declare global {
  interface Window {
    __playgroundFunctions?: string[];
  }
}

async function runOnServer(fn: string, args: unknown[]): Promise<{ ok: true; result: unknown } | { ok: false; message: string }> {
  try {
    const response = await fetch("/api/run", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ fn, args }),
    });
    return await response.json();
  } catch {
    return { ok: false, message: "NetworkError: Connection failure due to HTTP 0" };
  }
}

function runner(functions: readonly string[], handlers: Handlers): Runner {
  const run: Runner = {
    withSuccessHandler: (success: Handlers["success"]) => runner(functions, { ...handlers, success }),
    withFailureHandler: (failure: Handlers["failure"]) => runner(functions, { ...handlers, failure }),
    withUserObject: (userObject: unknown) => runner(functions, { ...handlers, userObject }),
  };
  for (const fn of functions) {
    if (fn.endsWith("_")) continue;
    run[fn] = (...args: unknown[]) => {
      // Arguments are copied now, as the real runner serializes them at call time.
      const sent = JSON.parse(JSON.stringify(args)) as unknown[];
      void runOnServer(fn, sent).then((outcome) => {
        // Tell the playground page the workbook may have changed.
        window.parent.postMessage({ type: "playground:ran", fn }, window.location.origin);
        if (outcome.ok) handlers.success?.(outcome.result, handlers.userObject);
        else handlers.failure?.(new Error(outcome.message), handlers.userObject);
      });
    };
  }
  return run;
}

const noop = () => undefined;

export {};

window.google = {
  script: {
    run: runner(window.__playgroundFunctions ?? [], {}),
    host: { close: noop, setHeight: noop, setWidth: noop, editor: { focus: noop } },
  },
} as unknown as Window["google"];
