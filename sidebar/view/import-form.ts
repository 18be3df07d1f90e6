import type { ImportResult, MethodInput } from "../../src/domain/api/contract";
import { rowCountLabel } from "./status-view";

export interface ImportForm {
  source: "json" | "fileId";
  json: string;
  fileId: string;
}

/**
 * The import request for what the person filled in. An empty field is
 * caught here (the server would say the same, a round trip later); a Drive
 * link pasted whole is reduced to its ID, as people copy the link, not the ID.
 */
export function importSource(form: ImportForm): { ok: true; value: MethodInput<"importPlan"> } | { ok: false; message: string } {
  if (form.source === "json") {
    return form.json.trim() ? { ok: true, value: { json: form.json } } : { ok: false, message: "Paste the text of a plan file first." };
  }
  const text = form.fileId.trim();
  const id = /\/d\/([\w-]+)/.exec(text)?.[1] ?? text;
  return id ? { ok: true, value: { fileId: id } } : { ok: false, message: "Enter the Drive file ID of a plan file." };
}

/** "3 Profiles: 2 rows" per restored sheet. */
export function restoredLines(result: ImportResult): string[] {
  return result.restored.map((entry) => `${entry.sheet}: ${rowCountLabel(entry.rows)}`);
}
