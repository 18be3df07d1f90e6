/**
 * Sheets turns "22%" typed in a cell into 0.22 shown with a percent format.
 * The plan means what was typed (the Baseline note: "12% may be written 12
 * or 12%"), so a number under a percent format is read back as its text,
 * "22%", which the number columns parse as 22 and the sidebar shows as 22%.
 */
export function percentsAsTyped(values: unknown[][], formats: readonly (readonly string[])[]): unknown[][] {
  return values.map((row, r) =>
    row.map((value, c) =>
      typeof value === "number" && (formats[r]?.[c] ?? "").includes("%") ? `${Number((value * 100).toPrecision(12))}%` : value,
    ),
  );
}

/** Whether a cell, as read, was written as a percentage. */
export const isPercentText = (value: unknown): boolean => typeof value === "string" && /^\s*[-+]?[\d.,]+\s*%\s*$/.test(value);
