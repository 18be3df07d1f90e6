/** Pure helpers for the Drive panel: sizes, labels, and how a file's content is shown. */
export type { DriveListing as DriveFile } from "../workbook-host";
import type { DriveListing as DriveFile } from "../workbook-host";

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const MIME_LABELS: Record<string, string> = {
  "application/json": "JSON",
  "application/vnd.google-apps.document": "Google Doc",
  "text/html": "HTML",
  "text/plain": "Text",
  "text/csv": "CSV",
};

/** "JSON (application/json)": the kind at a glance, the exact type for people checking it. */
export function mimeLabel(mimeType: string): string {
  const label = MIME_LABELS[mimeType];
  return label ? `${label} (${mimeType})` : mimeType;
}

export type ContentView = { kind: "text"; text: string } | { kind: "html"; html: string };

/**
 * JSON pretty-printed as text; a Google Doc (Drive keeps the HTML it was
 * converted from) rendered in a sandboxed frame; anything else as text.
 * Nothing is ever inserted as markup into the page itself.
 */
export function contentView(file: Pick<DriveFile, "mimeType" | "content">): ContentView {
  if (file.mimeType === "application/json" || file.content.trimStart().startsWith("{")) {
    try {
      return { kind: "text", text: JSON.stringify(JSON.parse(file.content), null, 2) };
    } catch {
      return { kind: "text", text: file.content };
    }
  }
  if (file.mimeType === "application/vnd.google-apps.document" || file.mimeType === "text/html")
    return { kind: "html", html: file.content };
  return { kind: "text", text: file.content };
}
