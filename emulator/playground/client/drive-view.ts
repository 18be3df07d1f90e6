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

/**
 * Google Docs' own defaults for a document converted from HTML: Arial 11pt at
 * 1.15 lines, headings in Docs' sizes (normal weight, as its Heading styles),
 * tables with thin black borders. They come first, so the HTML's own styles
 * still win, as they do in the conversion.
 */
export const DOC_STYLE = `<style>
body { margin: 0; padding: 24px 28px; background: #fff; color: #000; font: 11pt/1.15 Arial, sans-serif; }
h1, h2, h3, h4 { font-weight: 400; margin: 0; }
h1 { font-size: 20pt; padding: 20pt 0 6pt; }
h2 { font-size: 16pt; padding: 18pt 0 6pt; }
h3 { font-size: 14pt; padding: 16pt 0 4pt; color: #434343; }
h4 { font-size: 12pt; padding: 14pt 0 4pt; color: #666; }
p, li { margin: 0 0 6pt; }
ul, ol { margin: 0 0 6pt; padding-left: 24pt; }
table { border-collapse: collapse; margin: 6pt 0; }
th, td { border: 1px solid #000; padding: 5pt; text-align: left; vertical-align: top; }
code, pre { font-family: "Courier New", monospace; }
</style>`;

export type ContentView = { kind: "text"; text: string } | { kind: "html"; html: string };

/**
 * JSON pretty-printed as text; a Google Doc (Drive keeps the HTML it was
 * converted from) rendered in a sandboxed frame with Docs' default styles,
 * HTML as it is; anything else as text.
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
  if (file.mimeType === "application/vnd.google-apps.document") return { kind: "html", html: DOC_STYLE + file.content };
  if (file.mimeType === "text/html") return { kind: "html", html: file.content };
  return { kind: "text", text: file.content };
}
