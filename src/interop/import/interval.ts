/** The shortest refresh interval: feeds are other people's servers. */
export const MIN_INTERVAL_SECONDS = 5 * 60;
/** The longest: a source refreshed less than monthly is better imported by hand. */
export const MAX_INTERVAL_SECONDS = 30 * 24 * 60 * 60;

const UNITS = { m: 60, h: 60 * 60, d: 24 * 60 * 60 } as const;
const INTERVAL = /^([1-9]\d{0,5})(m|h|d)$/;

export class IntervalError extends Error {
  constructor(text: string, reason: string) {
    super(`"${text}" is not a refresh interval: ${reason}`);
    this.name = 'IntervalError';
  }
}

export type IntervalProblem = 'format' | 'short' | 'long';

/** "30m", "6h" or "1d" in seconds, or what is wrong with it (a form says it in its own words). */
export function readInterval(text: string): { seconds: number } | { problem: IntervalProblem } {
  const match = INTERVAL.exec(text);
  if (!match) return { problem: 'format' };
  const seconds = Number(match[1]) * UNITS[match[2] as keyof typeof UNITS];
  if (seconds < MIN_INTERVAL_SECONDS) return { problem: 'short' };
  if (seconds > MAX_INTERVAL_SECONDS) return { problem: 'long' };
  return { seconds };
}

const INTERVAL_REASONS: Record<IntervalProblem, string> = {
  format: 'write a whole number and m, h or d, such as 30m, 6h or 1d',
  short: 'the shortest is 5m',
  long: 'the longest is 30d',
};

/** "30m", "6h" or "1d" in seconds; nothing else (no spaces, no mixed units, no seconds). */
export function parseInterval(text: string): number {
  const read = readInterval(text);
  if ('problem' in read) throw new IntervalError(text, INTERVAL_REASONS[read.problem]);
  return read.seconds;
}

/** The largest whole unit: 21600 → "6h", 5400 → "90m". */
export function formatInterval(seconds: number): string {
  for (const unit of ['d', 'h', 'm'] as const) {
    if (seconds % UNITS[unit] === 0) return `${seconds / UNITS[unit]}${unit}`;
  }
  return `${seconds}s`;
}
