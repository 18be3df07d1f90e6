// "1 error", "2 errors": every summary line counts something.

export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
