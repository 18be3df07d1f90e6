/**
 * Where the plan's exports live and which version came last, kept in the
 * document's properties (small: ids and numbers, far below 9 KB).
 */
const KEY = "planExport";

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

export function readExportState(): ExportState | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as ExportState;
  } catch {
    return null;
  }
}

export function saveExportState(state: ExportState): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(state));
}
