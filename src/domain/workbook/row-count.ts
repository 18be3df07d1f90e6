/** Data rows below the header that hold anything: blank rows in between do not count. */
export function countFilledRows(values: readonly (readonly unknown[])[]): number {
  let count = 0;
  for (let index = 1; index < values.length; index++) {
    if (values[index].some((cell) => cell !== "" && cell !== null && cell !== undefined)) count++;
  }
  return count;
}
