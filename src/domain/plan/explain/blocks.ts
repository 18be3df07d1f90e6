// A tiny document model shared by the Markdown and HTML renderers, so the
// document's content is decided once and each format only escapes.

import type { Inline } from "./inline";

export type Block =
  | { kind: "heading"; level: 1 | 2; content: Inline[] }
  | { kind: "paragraph"; content: Inline[] }
  | { kind: "table"; header: string[]; rows: Inline[][][] };
