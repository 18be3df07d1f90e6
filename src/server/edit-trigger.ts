import { recordEdit, type EditEvent } from "../use-cases/record-edit";

/**
 * The simple onEdit trigger: every user edit of a stage sheet goes to the
 * Change log. It stays a simple trigger (not an installable one) because it
 * needs only this spreadsheet, document properties, the document cache and
 * the document lock, all allowed without authorization, and it runs as the
 * person editing, for every editor, with no trigger to install or quota to
 * spend. An edit made before the add-on is used in the document (AuthMode
 * NONE) cannot be recorded; then the trigger does nothing rather than fail.
 */
export function onEdit(event?: EditEvent & { authMode?: unknown }): void {
  if (!event?.range) return;
  if (event.authMode !== undefined && String(event.authMode) === "NONE") return;
  recordEdit(event);
}
