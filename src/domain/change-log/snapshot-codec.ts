import * as z from "zod/mini";
import { parseStoredJson } from "../storage/stored-json";
import { SnapshotBlock } from "./snapshot-blocks";

/**
 * A block's JSON in parts of at most `partChars` characters (a cache entry
 * holds 100 KB; 32,000 characters stay below it even at 3 bytes each). The
 * first part starts with the count, so stale parts of a longer earlier
 * version are ignored.
 */
export function encodeBlock(block: SnapshotBlock, partChars: number): string[] {
  const json = JSON.stringify(block);
  const parts: string[] = [];
  for (let start = 0; start < json.length; start += partChars) parts.push(json.slice(start, start + partChars));
  parts[0] = `${parts.length}:${parts[0]}`;
  return parts;
}

/** The block, or null when a part is missing (expired, torn) or the text is not a block. */
export function decodeBlock(parts: readonly (string | null | undefined)[]): SnapshotBlock | null {
  const first = parts[0];
  const match = first ? /^(\d+):/.exec(first) : null;
  if (!first || !match) return null;
  const count = Number(match[1]);
  const texts = [first.slice(match[0].length)];
  for (let part = 1; part < count; part++) {
    const text = parts[part];
    if (typeof text !== "string") return null;
    texts.push(text);
  }
  return parseStoredJson(SnapshotBlock, texts.join(""));
}

/** What a sheet's snapshot knows beside its blocks. */
export const SnapshotMeta = z.object({ lastRow: z.int().check(z.minimum(0)) });

/**
 * Seeds taken since `since` (ms) may hold pastes whose triggers have not
 * run: kept in the cache for as long as a trigger may take to start.
 */
export const SeedFence = z.object({ since: z.number() });
