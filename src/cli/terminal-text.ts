// Plan text is anyone's typing: printed raw, an escape sequence in a profile
// name could move the cursor, recolour or retitle the terminal. Everything
// the CLI prints passes here; newlines and tabs are its own layout.

import type { CliIo } from "./io";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Control characters shown as `\u001b`, the way JSON writes them. */
export const escapeControls = (text: string): string =>
  text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

export const printable = (io: CliIo): CliIo => ({
  readFile: io.readFile,
  out: (text) => io.out(escapeControls(text)),
  err: (text) => io.err(escapeControls(text)),
});
