/**
 * Sheets reinterprets text written to a cell as if typed: "=…" becomes a
 * formula (and + - @ in some locales), "12" a number, "45%" a percentage,
 * "TRUE" a boolean, "2026-01-01" a date. A leading apostrophe keeps the text
 * exactly as it is (Sheets does not store the apostrophe), so
 * =IMPORTXML(...) in a plan file can never run and "007" stays "007".
 *
 * The patterns run on any text a plan file holds (up to 50,000 characters a
 * cell), so no two quantifiers in a row can match the same characters: a
 * number is dots and commas up to its first digit, then digits, dots and
 * commas; its trailing spaces are one run, then a % and more spaces.
 */
const REINTERPRETED = [/^[=+\-@']/, /^\s*[-+]?[.,]*\d[\d.,]*\s*(?:%\s*)?$/, /^\s*(true|false)\s*$/i, /^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/];

export function asLiteralText(text: string): string {
  return REINTERPRETED.some((pattern) => pattern.test(text)) ? `'${text}` : text;
}
