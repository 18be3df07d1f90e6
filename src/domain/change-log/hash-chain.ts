import { describeColumns } from "../schema/columns";
import { ChangeLogEntryRow, type ChangeLogEntry } from "../schema/change-log";
import { sha256Hex } from "../storage/sha256";
import { normalizeLabel } from "../workbook/sheet-template";

/**
 * The Change log's hash chain: each row's Hash is SHA-256 of the previous
 * row's Hash and its own cells as text, so editing, inserting or removing a
 * row breaks the chain at that row. Rows logged before the chain existed
 * (an empty Hash before the first hashed row) are kept as they are; after
 * the first hashed row every row must chain.
 */
export const CHAIN_FIELDS = describeColumns(ChangeLogEntryRow).map((column) => ({ key: column.key, label: column.label }));

const HASH_LABEL = normalizeLabel("Hash");

/** The hash of a row whose cells read as `cells` (by entry key), after the row hashed `previous` ("" for the first). */
export function rowHash(previous: string, cells: Partial<Record<string, unknown>>): string {
  const text = CHAIN_FIELDS.map(({ key }) => cellText(cells[key]));
  return sha256Hex(`${previous}\n${JSON.stringify(text)}`);
}

/** The hashes of entries appended after a row that hashed `previous`. */
export function chainHashes(previous: string, entries: readonly ChangeLogEntry[]): string[] {
  const hashes: string[] = [];
  let last = previous;
  for (const entry of entries) {
    last = rowHash(last, entry);
    hashes.push(last);
  }
  return hashes;
}

export interface ChainCheck {
  /** The last row's hash: what the plan file records as the chain head (null before any hashed row). */
  head: string | null;
  hashedRows: number;
  /** The first row (sheet row number) that does not chain, and why. */
  broken: { row: number; reason: string } | null;
}

/** Checks the Change log as read (header first): one pass, no service call. */
export function checkChain(values: readonly (readonly unknown[])[] | undefined): ChainCheck {
  if (!values || values.length < 2) return { head: null, hashedRows: 0, broken: null };
  const header = values[0].map(normalizeLabel);
  const hashAt = header.indexOf(HASH_LABEL);
  if (hashAt < 0) return { head: null, hashedRows: 0, broken: null };
  const positions = CHAIN_FIELDS.map(({ key, label }) => [key, header.indexOf(normalizeLabel(label))] as const);
  let previous: string | null = null;
  let hashedRows = 0;
  for (let index = 1; index < values.length; index++) {
    const cells = values[index];
    const stored = cellText(cells[hashAt]);
    const blank = stored === "" && positions.every(([, at]) => at < 0 || cellText(cells[at]) === "");
    if (blank) {
      if (previous !== null && values.slice(index + 1).some((later) => later.some((cell) => cellText(cell) !== "")))
        return { head: previous, hashedRows, broken: { row: index + 1, reason: "a row was cleared" } };
      continue;
    }
    if (previous === null && stored === "") continue;
    const row: Record<string, unknown> = {};
    for (const [key, at] of positions) row[key] = at < 0 ? "" : cells[at];
    const expected = rowHash(previous ?? "", row);
    if (stored !== expected) {
      const reason =
        stored === ""
          ? "its Hash is empty"
          : previous === null
            ? "the rows before it were removed or edited"
            : "it, or the row before it, was edited, inserted or removed";
      return { head: previous, hashedRows, broken: { row: index + 1, reason } };
    }
    previous = expected;
    hashedRows++;
  }
  return { head: previous, hashedRows, broken: null };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
