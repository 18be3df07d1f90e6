import * as z from "zod/mini";
import { parseStoredJson } from "../domain/storage/stored-json";

/**
 * The Change log's last row and its Hash as the edit trigger's last append
 * left them, kept in the document cache beside the edit snapshot, so the
 * snapshot's one getAll and one putAll carry it. A hint, not a fact: it is
 * used only while the log's last row is still that row; a row appended or
 * removed any other way sends the append back to reading the Hash.
 */
export const LOG_TAIL_KEY = "log|tail";

const LogTail = z.object({ lastRow: z.int().check(z.minimum(1)), lastHash: z.string() });
export type LogTail = z.infer<typeof LogTail>;

export const parseLogTail = (text: string | undefined): LogTail | null => parseStoredJson(LogTail, text);

export const logTailValues = (tail: LogTail | null): Record<string, string> => (tail ? { [LOG_TAIL_KEY]: JSON.stringify(tail) } : {});
