/** Three rows of the distance table, reused: a failed place lookup compares ~19,000 names. */
let rows = new Int32Array(3 * 64);

/**
 * Optimal-string-alignment distance (an insertion, deletion, substitution or swap of
 * neighbours is one edit: "Pheonix"), or `bound + 1` as soon as it must exceed `bound`:
 * most words are given up after a row or two.
 */
export function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // Offsets of the rows for i - 2, i - 1 and i within `rows`.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      const swapped = i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1);
      if (swapped) d = Math.min(d, rows[before + j - 2]! + 1);
      rows[current + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound) return bound + 1;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(rows[previous + b.length]!, bound + 1);
}
