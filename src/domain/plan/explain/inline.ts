// Explanations are built as runs of text and code rather than strings, so
// the Markdown and HTML renderers can escape user text once, at the edge,
// and a fallback to the exact expression stays a code span in both.

export type Inline = { kind: "text"; text: string } | { kind: "code"; text: string };

export const text = (value: string): Inline => ({ kind: "text", text: value });
export const code = (value: string): Inline => ({ kind: "code", text: value });

/** "A", "A or B", "A, B or C": `word` is "or" or "and". */
export function joinWords(parts: Inline[][], word: string): Inline[] {
  const joined: Inline[] = [];
  parts.forEach((part, index) => {
    if (index > 0) joined.push(text(index === parts.length - 1 ? ` ${word} ` : ", "));
    joined.push(...part);
  });
  return joined;
}

/** Upper-cases the first letter, after any opening parentheses, when the runs start with text (never inside code). */
export function capitalize(runs: Inline[]): Inline[] {
  const [first, ...rest] = runs;
  if (first === undefined || first.kind !== "text") return runs;
  return [text(first.text.replace(/^(\(*)(.)/, (_, open: string, letter: string) => open + letter.toUpperCase())), ...rest];
}

/** Adjacent text runs merged, so renderers and tests see whole phrases. */
export function compact(runs: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (run.kind === "text" && last?.kind === "text") merged[merged.length - 1] = text(last.text + run.text);
    else if (run.kind === "code" || run.text !== "") merged.push(run);
  }
  return merged;
}

/** Plain text with code in backticks, for places that show a single string (the sidebar). */
export function toPlainText(runs: Inline[]): string {
  return runs.map((run) => (run.kind === "text" ? run.text : codeSpan(run.text))).join("");
}

/**
 * A Markdown code span that survives backticks in its content: the fence is
 * one backtick longer than the longest run inside, padded where the content
 * starts or ends with a backtick (CommonMark strips one space each side).
 */
export function codeSpan(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = content.startsWith("`") || content.endsWith("`") ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
