import * as z from "zod/mini";
import type { Contract, MethodName, MethodOutput } from "../domain/api/contract";
import { describeInputError } from "../domain/api/input-errors";
import type { Reply } from "../domain/api/reply";
import { operationFailure } from "../domain/errors";

export type Handlers = { [M in MethodName]: (input: z.output<Contract[M]["input"]>) => MethodOutput<M> };
export type ExposedApi = { [M in MethodName]: (input?: unknown) => Reply<MethodOutput<M>> };

/**
 * Wraps each handler so it never trusts the client: the input is parsed with
 * the contract's schema first, and a rejected input is answered as
 * REFUSED_INPUT with a message that names the field. Any other failure is
 * answered with its code, in words that name the operation (see Reply for
 * why failures are values, not throws).
 */
export function expose(contract: Contract, handlers: Handlers): ExposedApi {
  const api = {} as Record<MethodName, (input?: unknown) => Reply<unknown>>;
  for (const method of Object.keys(contract) as MethodName[]) {
    const schema = contract[method].input as z.ZodMiniType;
    const handler = handlers[method] as (input: unknown) => unknown;
    api[method] = (input?: unknown) => {
      const parsed = z.safeParse(schema, input);
      if (!parsed.success) return { failed: true, code: "REFUSED_INPUT", message: describeInputError(parsed.error) };
      try {
        return { failed: false, value: handler(parsed.data) };
      } catch (error) {
        const failure = operationFailure(contract[method].operation, error);
        return { failed: true, code: failure.code, message: failure.message };
      }
    };
  }
  return api as ExposedApi;
}
