// HTML for a Google Doc made by Drive's HTML conversion: plain semantic tags,
// the few inline styles the conversion keeps (borders, padding, monospace),
// and every piece of user text escaped.

import type { Block } from "./blocks";
import type { Inline } from "./inline";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

const CELL_STYLE = "border:1px solid #999;padding:4px";

function inlineHtml(runs: Inline[]): string {
  return runs
    .map((run) => (run.kind === "text" ? escapeHtml(run.text) : `<code style="font-family:monospace">${escapeHtml(run.text)}</code>`))
    .join("");
}

function tableHtml(header: string[], rows: Inline[][][]): string {
  const head = `<tr>${header.map((cell) => `<th style="${CELL_STYLE};text-align:left">${escapeHtml(cell)}</th>`).join("")}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td style="${CELL_STYLE}">${inlineHtml(cell)}</td>`).join("")}</tr>`);
  return `<table style="border-collapse:collapse">\n${[head, ...body].join("\n")}\n</table>`;
}

/** The blocks as HTML elements, without a page around them (documents are combined into one Google Doc). */
export function renderHtmlBody(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "heading":
          return `<h${block.level}>${inlineHtml(block.content)}</h${block.level}>`;
        case "paragraph":
          return `<p>${inlineHtml(block.content)}</p>`;
        case "table":
          return tableHtml(block.header, block.rows);
      }
    })
    .join("\n");
}

/** A whole page: what Drive converts into a Google Doc. `body` is already HTML. */
export function htmlPage(title: string, body: string): string {
  return [
    "<!DOCTYPE html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    "<body>",
    body,
    "</body></html>",
    "",
  ].join("\n");
}
