import * as z from "zod/mini";
import { WarehouseEstimate } from "../domain/api/warehouse";
import { readChunked, writeChunked } from "./chunked-properties";

/** The last warehouse estimate; the query text of a large plan passes 9 KB, so it is stored in chunks. */
export const WAREHOUSE_ESTIMATE_KEY = "warehouseEstimate";

export function readWarehouseEstimate(): WarehouseEstimate | null {
  const text = readChunked(WAREHOUSE_ESTIMATE_KEY);
  if (!text) return null;
  try {
    const parsed = z.safeParse(WarehouseEstimate, JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWarehouseEstimate(estimate: WarehouseEstimate): void {
  writeChunked(WAREHOUSE_ESTIMATE_KEY, JSON.stringify(estimate));
}
