// Which rows of a large sample to use. A preview must finish inside Apps
// Script's 6-minute execution limit, so at most `maxRows` rows are used
// (default 50,000: about 500,000 cells for 10 attributes). Rather than the
// first rows (often sorted by signup date or region, so biased), the rows
// come in equal blocks spread evenly from the first row to the last. Blocks,
// not single rows, so the Sheets adapter reads each with one getValues call
// (50 calls) and never the whole sheet. Deterministic: the same sheet
// gives the same sample, so two previews can be compared.

export const DEFAULT_MAX_ROWS = 50_000;
export const DEFAULT_BLOCK_SIZE = 1_000;

export interface RowBlock {
  /** 0-based index of the first data row in the block. */
  start: number;
  count: number;
}

export interface SamplePlan {
  totalRows: number;
  usedRows: number;
  sampled: boolean;
  blocks: RowBlock[];
}

export function planSample(totalRows: number, maxRows = DEFAULT_MAX_ROWS, blockSize = DEFAULT_BLOCK_SIZE): SamplePlan {
  if (totalRows <= maxRows)
    return { totalRows, usedRows: totalRows, sampled: false, blocks: totalRows > 0 ? [{ start: 0, count: totalRows }] : [] };
  const size = Math.max(1, Math.min(blockSize, maxRows));
  const blockCount = Math.ceil(maxRows / size);
  // Blocks never overlap and the last one ends inside the sample.
  const stride = Math.max(size, Math.floor(totalRows / blockCount));
  const blocks: RowBlock[] = [];
  for (let k = 0; k < blockCount; k++) {
    const count = k === blockCount - 1 ? maxRows - size * (blockCount - 1) : size;
    blocks.push({ start: k * stride, count });
  }
  return { totalRows, usedRows: maxRows, sampled: true, blocks };
}

export function describeSample(plan: SamplePlan): string {
  if (!plan.sampled) return `All ${plan.totalRows} rows were used.`;
  return `The sample has ${plan.totalRows} rows; the preview used ${plan.usedRows} of them, in ${plan.blocks.length} blocks spread evenly from first to last row, so it stays within Apps Script's 6-minute limit. Counts are for those rows.`;
}
