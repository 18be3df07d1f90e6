/**
 * Sheets reads text that starts with = (and + - @ in some locales) as a
 * formula. A leading apostrophe keeps what a person typed as plain text,
 * so =IMPORTXML(...) in a plan can never run.
 */
export function asLiteralText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}
