/** Plain code-unit order, the order of `<`: what `lowerBound` needs a list sorted by, and cheaper than `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
