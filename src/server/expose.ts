import * as z from "zod/mini";
import type { Contract, MethodName, MethodOutput } from "../domain/api/contract";
import { describeInputError } from "../domain/api/input-errors";
import { AddOnError, operationFailure } from "../domain/errors";

export type Handlers = { [M in MethodName]: (input: z.output<Contract[M]["input"]>) => MethodOutput<M> };
export type ExposedApi = { [M in MethodName]: (input?: unknown) => MethodOutput<M> };

/**
 * Wraps each handler so it never trusts the client: the input is parsed with
 * the contract's schema first, and a rejected input throws an Error whose
 * message names the field (google.script.run hands it to the failure handler).
 * Any other failure reaches the sidebar in words that name the operation.
 */
export function expose(contract: Contract, handlers: Handlers): ExposedApi {
  const api = {} as Record<MethodName, (input?: unknown) => unknown>;
  for (const method of Object.keys(contract) as MethodName[]) {
    const schema = contract[method].input as z.ZodMiniType;
    const handler = handlers[method] as (input: unknown) => unknown;
    api[method] = (input?: unknown) => {
      const parsed = z.safeParse(schema, input);
      if (!parsed.success) throw new AddOnError("REFUSED_INPUT", describeInputError(parsed.error));
      try {
        return handler(parsed.data);
      } catch (error) {
        throw operationFailure(contract[method].operation, error);
      }
    };
  }
  return api as ExposedApi;
}
