import type { ErrorCode } from "../../src/domain/errors";

/**
 * What every server call resolves to: the UI branches on `ok` instead of
 * catching, and on `code` when a failure needs more than its message (null:
 * the platform or the connection failed, not the add-on).
 */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string; code: ErrorCode | null };
