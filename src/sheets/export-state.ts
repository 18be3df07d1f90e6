import { readDocumentJson, writeDocumentJson } from "./document-store";

/** Where the plan's exports live and which version came last (ids and numbers, far below 9 KB). */
export const EXPORT_STATE_KEY = "planExport";

export interface ExportState {
  version: number;
  status: "draft" | "final";
  folderId: string;
  fileId: string;
  docId: string | null;
  contentHash: string;
  exportedAt: string;
  fileUrl: string | null;
  folderUrl: string | null;
}

export const readExportState = (): ExportState | null => readDocumentJson<ExportState>(EXPORT_STATE_KEY);

export const saveExportState = (state: ExportState): void => writeDocumentJson(EXPORT_STATE_KEY, state);
