import { contentStamp } from "../domain/status/content-stamp";
import { allProperties } from "./chunked-properties";

/**
 * The sidebar's cheap "has anything changed?" check: two service calls
 * (getDocumentProperties, getProperties). Every action that changes what the
 * status shows writes a document property (the last validation, the export
 * state, escalations, reminders), and so does every recorded edit of a stage
 * sheet (the changed-since-export marker counts it).
 */
export const readStatusStamp = (all: Readonly<Record<string, string>> = allProperties()): string => contentStamp(all);
