import { documentPropertiesHandle } from "./service-handles";
import { readDocumentJson } from "./document-store";
import * as z from "zod/mini";
import { PlanStatus } from "../domain/plan/plan-status";

/**
 * Where the plan's exports live and which version came last: Drive IDs and
 * numbers, far below a property's 9 KB. Every Drive item is reached by the
 * ID kept here (drive.file sees only what the add-on made), never by name.
 */
export const EXPORT_STATE_KEY = "planExport";

export const ExportState = z.object({
  version: z.int(),
  status: PlanStatus,
  /** "" until the first export (an import keeps the version count without a folder). */
  folderId: z.string(),
  fileId: z.string(),
  docId: z.nullable(z.string()),
  contentHash: z.string(),
  exportedAt: z.string(),
  fileUrl: z.nullable(z.string()),
  folderUrl: z.nullable(z.string()),
  /** SHA-256 of what the Doc was last made from (documents.ts): an export with the same inputs leaves the Doc alone. */
  docHash: z.optional(z.string()),
  /** Drive's md5 of the plan file as this export wrote it, and the build that wrote it (build-id.ts): while both still hold, the next export reads the file back without checking it again. */
  fileMd5: z.optional(z.string()),
  writtenBy: z.optional(z.string()),
  /** The immutable -v<N> copies, by version: the only ones the add-on counts as final. */
  finalCopies: z.optional(z.array(z.object({ version: z.int(), fileId: z.string() }))),
});
export type ExportState = z.output<typeof ExportState>;

/** The stored state, or null when there is none or it no longer parses (the next export starts a new folder). */
export const readExportState = (all?: Readonly<Record<string, string>>): ExportState | null =>
  readDocumentJson(EXPORT_STATE_KEY, ExportState, all);

/** `beside`: other properties the same export sets, in the same call. */
export function saveExportState(state: ExportState, beside: Record<string, string> = {}): void {
  documentPropertiesHandle().setProperties({ ...beside, [EXPORT_STATE_KEY]: JSON.stringify(state) });
}
