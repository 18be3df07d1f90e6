import { isReply } from "../../src/domain/api/reply";
import type { ScriptRunner } from "../../sidebar/api/client";

type Server = Record<string, (...args: unknown[]) => unknown>;

interface Handlers {
  success?: (value: unknown, userObject?: unknown) => void;
  failure?: (error: unknown, userObject?: unknown) => void;
  userObject?: unknown;
}

/**
 * A google.script.run look-alike: every `with…` returns a new runner (so
 * handlers never leak between calls), results arrive asynchronously through
 * a JSON round trip, and a throw reaches the failure handler with the user
 * object, as in Apps Script. A value is answered as the add-on's server
 * answers it (a Reply); a server function may return a failure Reply itself.
 */
export function fakeScriptRun(server: Server, calls: { method: string; args: unknown[] }[] = []): ScriptRunner {
  const runner = (handlers: Handlers): ScriptRunner => {
    const target: ScriptRunner = {
      withSuccessHandler: (success) => runner({ ...handlers, success }),
      withFailureHandler: (failure) => runner({ ...handlers, failure }),
      withUserObject: (userObject) => runner({ ...handlers, userObject }),
    };
    return new Proxy(target, {
      get(object, name) {
        if (typeof name !== "string" || name in object) return object[name as keyof ScriptRunner];
        if (!(name in server)) return undefined;
        return (...args: unknown[]) => {
          calls.push({ method: name, args });
          setTimeout(() => {
            try {
              const value = server[name](...JSON.parse(JSON.stringify(args)));
              const reply = isReply(value) ? value : { failed: false, value: value ?? null };
              handlers.success?.(JSON.parse(JSON.stringify(reply)), handlers.userObject);
            } catch (error) {
              handlers.failure?.(error, handlers.userObject);
            }
          }, 0);
        };
      },
    });
  };
  return runner({});
}
