/** Presentation of counts: the shading steps of the states map and the week heatmap, and the heatmap's summary. */

/**
 * Shading steps for counts: upper bounds of each step above zero, from the quantiles of the
 * non-zero counts, so that a few very large states do not leave every other one pale.
 */
export function shadeBounds(counts: readonly number[], steps = 4): number[] {
  const positive = counts.filter((n) => n > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const bounds: number[] = [];
  for (let step = 1; step <= steps; step++) {
    const at = Math.min(positive.length - 1, Math.ceil((step / steps) * positive.length) - 1);
    const bound = positive[at]!;
    if (bounds.length === 0 || bound > bounds[bounds.length - 1]!) bounds.push(bound);
  }
  return bounds;
}

/** The step (0 for none, then 1…bounds.length) a count falls in. */
export function shadeStep(count: number, bounds: readonly number[]): number {
  if (count <= 0) return 0;
  const index = bounds.findIndex((bound) => count <= bound);
  return index === -1 ? bounds.length : index + 1;
}

/** Legend labels for shadeBounds: "1–12", "13–40", … */
export function shadeLabels(bounds: readonly number[]): string[] {
  return bounds.map((bound, i) => {
    const low = i === 0 ? 1 : bounds[i - 1]! + 1;
    return low === bound ? String(bound) : `${low}–${bound}`;
  });
}

/** The busiest hour of the week, for the heatmap's summary; null when there are no meetings. */
export function busiestHour(weekHours: readonly number[]): { weekday: number; hour: number; count: number } | null {
  let best = -1;
  let bestCount = 0;
  weekHours.forEach((count, i) => {
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return best === -1 ? null : { weekday: Math.floor(best / 24), hour: best % 24, count: bestCount };
}
