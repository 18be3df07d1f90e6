// "Did you mean …?" — the closest candidate by edit distance, counting a swap
// of two neighbouring letters as one edit (the commonest typo).

/**
 * Optimal string alignment distance (Levenshtein plus adjacent
 * transpositions). With `atMost`, stops once no path can end within it and
 * returns atMost + 1: suggestions only care about near words, and an
 * inventory holds thousands of candidates.
 */
export function editDistance(a: string, b: string, atMost = Infinity): number {
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return Math.min(a.length + b.length, atMost + 1);
  let before = new Uint32Array(b.length + 1);
  let previous = Uint32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Uint32Array(b.length + 1);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2] + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Later rows are at least min(this row, the previous row + 1): the transposition looks back one row.
    if (rowMin > atMost && previousMin >= atMost) return atMost + 1;
    previousMin = rowMin;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length], atMost + 1);
}

/**
 * The candidate closest to `word`, or undefined when none is close enough
 * (at most a third of the word's length, and at least 2 edits allowed).
 * A candidate equal to `word` ignoring case always wins.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    // The distance is at least the length difference: skip hopeless candidates cheaply (inventories hold thousands).
    if (Math.abs(candidate.length - word.length) > Math.min(limit, bestDistance)) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
