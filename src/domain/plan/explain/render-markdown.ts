// Markdown for the plan JSON. User text is escaped so that a name, a note or
// a string literal can never become markup: backslash before the characters
// CommonMark and GFM give a meaning inline, whitespace runs (newlines
// included) become one space so no text starts a block, and in tables a
// pipe is escaped even inside code, since GFM splits cells before code spans.
// A paragraph that would open with a list marker ("1. ", "- ") is escaped too.

import type { Block } from "./blocks";
import { codeSpan } from "./inline";
import type { Inline } from "./inline";

const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#&~]/g;

function escapeMarkdown(value: string): string {
  return value.replace(/\s+/g, " ").replace(MARKDOWN_SPECIAL, "\\$&");
}

function inlineMarkdown(runs: Inline[], inTable: boolean): string {
  return runs
    .map((run) => {
      if (run.kind === "text") return escapeMarkdown(run.text);
      const span = codeSpan(run.text.replace(/\s+/g, " "));
      return inTable ? span.replace(/\|/g, "\\|") : span;
    })
    .join("");
}

function tableMarkdown(header: string[], rows: Inline[][][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(header.map(escapeMarkdown)),
    line(header.map(() => "---")),
    ...rows.map((row) => line(row.map((cell) => inlineMarkdown(cell, true)))),
  ].join("\n");
}

export function renderMarkdown(blocks: Block[]): string {
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case "heading":
        return `${"#".repeat(block.level)} ${inlineMarkdown(block.content, false)}`;
      case "paragraph":
        return inlineMarkdown(block.content, false).replace(
          /^([-+]|\d+[.)])(?= |$)/,
          (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`,
        );
      case "table":
        return tableMarkdown(block.header, block.rows);
    }
  });
  return `${parts.join("\n\n")}\n`;
}
