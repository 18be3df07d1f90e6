/** What every server call resolves to: the UI branches on `ok` instead of catching. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };
