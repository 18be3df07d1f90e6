import { type ChangedSinceExportView, ChangeMarker, viewOf } from "../domain/maintenance/changed-since-export";
import { readDocumentJson } from "./document-store";
import { documentPropertiesHandle } from "./service-handles";

/**
 * Which stage sheets changed since the last export: a document property
 * that edits and imports set and an export deletes (the Plan sheet's
 * "Changed since export" line shows it).
 */
export const CHANGED_SINCE_EXPORT_KEY = "changedSinceExport";

export const readChangeMarker = (all?: Readonly<Record<string, string>>): ChangeMarker | null =>
  readDocumentJson(CHANGED_SINCE_EXPORT_KEY, ChangeMarker, all);

export const readChangedSinceExport = (all?: Readonly<Record<string, string>>): ChangedSinceExportView => viewOf(readChangeMarker(all));

/** `alsoStore` goes into the same setProperties call. */
export function writeChangeMarker(marker: ChangeMarker, alsoStore: Record<string, string> = {}): void {
  documentPropertiesHandle().setProperties({ [CHANGED_SINCE_EXPORT_KEY]: JSON.stringify(marker), ...alsoStore });
}

export const deleteChangeMarker = (): void => {
  documentPropertiesHandle().deleteProperty(CHANGED_SINCE_EXPORT_KEY);
};
