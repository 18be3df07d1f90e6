/**
 * What one more write call costs, in cells written: Sheets charges a call
 * about 7 ms and a cell about 0.1 ms (DESIGN section 7; Google's best
 * practices: 10,000 per-cell writes ~70 s, one 10,000-cell write ~1 s).
 * Writes that can be split choose the split with the fewest cells plus
 * calls at this price.
 */
export const CELLS_PER_CALL = 70;
