import { describe, expect, it } from "vitest";
import { chainHashes, checkChain } from "../../../src/domain/change-log/hash-chain";
import { describeColumns } from "../../../src/domain/schema/columns";
import { ChangeLogRow, type ChangeLogEntry } from "../../../src/domain/schema/change-log";

const HEADER = describeColumns(ChangeLogRow).map((column) => column.label);
const entry = (n: number): ChangeLogEntry => ({
  timestamp: `2026-12-0${n}T10:00:00.000Z`,
  user: "ana@example.com",
  sheet: "2 Attributes",
  rowKey: "signup_date",
  column: "Coverage SLA %",
  oldValue: n === 1 ? null : String(90 - n),
  newValue: String(89 - n),
  source: "edit",
});
/** The log as getValues returns it: header, then rows in template order, empty cells as "". */
const logOf = (entries: ChangeLogEntry[], previous = "") => {
  const hashes = chainHashes(previous, entries);
  return [HEADER, ...entries.map((e, i) => [...HEADER.slice(0, -1).map((_, j) => Object.values(e)[j] ?? ""), hashes[i]])];
};

describe("the Change log's hash chain", () => {
  it("verifies an untouched log and gives its head", () => {
    const log = logOf([entry(1), entry(2), entry(3)]);
    expect(checkChain(log)).toEqual({ head: log[3][8], hashedRows: 3, broken: null });
  });

  it("names the first row edited, removed or inserted", () => {
    const edited = logOf([entry(1), entry(2), entry(3)]);
    edited[2][6] = "95";
    expect(checkChain(edited).broken).toEqual({ row: 3, reason: expect.stringContaining("edited") });

    const removed = logOf([entry(1), entry(2), entry(3)]);
    removed.splice(2, 1);
    expect(checkChain(removed).broken?.row).toBe(3);

    const firstRemoved = logOf([entry(1), entry(2)]);
    firstRemoved.splice(1, 1);
    expect(checkChain(firstRemoved).broken).toEqual({ row: 2, reason: "the rows before it were removed or edited" });

    const cleared = logOf([entry(1), entry(2), entry(3)]);
    cleared[2] = cleared[2].map(() => "");
    expect(checkChain(cleared).broken).toEqual({ row: 3, reason: "a row was cleared" });
  });

  it("keeps rows logged before the chain existed, and chains from the first hashed row", () => {
    const legacy = [HEADER, [...Object.values(entry(1)).map((v) => v ?? ""), ""]];
    const log = [...legacy, ...logOf([entry(2), entry(3)]).slice(1)];
    expect(checkChain(log)).toMatchObject({ hashedRows: 2, broken: null });
    // A row appended by hand after the chain started has no hash.
    log.push([...Object.values(entry(4)).map((v) => v ?? ""), ""]);
    expect(checkChain(log).broken).toEqual({ row: 5, reason: "its Hash is empty" });
  });
});
