import type { ErrorCode } from "../errors";

/**
 * What a sidebar call answers. google.script.run hands a thrown error to the
 * failure handler as its message only (its code and any other property are
 * lost on the way), so the add-on's own failures travel as values, with the
 * stable code the sidebar branches on. Only what the platform itself raises
 * (authorization, the 6-minute limit, a lost connection) still arrives as a
 * thrown error.
 */
export type Reply<T> = { failed: false; value: T } | { failed: true; code: ErrorCode; message: string };

export const isReply = (value: unknown): value is Reply<unknown> =>
  typeof value === "object" && value !== null && typeof (value as { failed?: unknown }).failed === "boolean";
