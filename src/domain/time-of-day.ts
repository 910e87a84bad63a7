const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A local wall-clock time as "HH:MM" (24 h). */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && HH_MM.test(value);
}

export function minutesOfDay(time: string): number {
  const match = HH_MM.exec(time);
  if (!match) throw new RangeError(`not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
