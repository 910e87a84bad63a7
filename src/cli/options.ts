import { InvalidArgumentError } from 'commander';
import type { Program } from '../domain/program.js';
import { canonicalTimeZone } from '../domain/time-zone.js';
import { UsageError } from './usage-error.js';

/** A commander argument parser for a whole number in a range. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value: string) => {
    if (!/^\d+$/.test(value.replace(/_/g, '')) || Number(value.replace(/_/g, '')) < min || Number(value.replace(/_/g, '')) > max) {
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}.`);
    }
    return Number(value.replace(/_/g, ''));
  };
}

/** A commander argument parser for an IANA time zone, given in any case; the zone's proper name. */
export function timeZoneOption(value: string): string {
  const zone = canonicalTimeZone(value.trim());
  if (zone === null) throw new InvalidArgumentError('must be an IANA time zone such as America/Chicago or Europe/Berlin.');
  return zone;
}

/**
 * The store's program for `--program`, given in any case ("al-anon" is AL-ANON); a code the
 * store does not have is a usage error naming the codes it has.
 */
export function programCode(value: string, programs: readonly Pick<Program, 'code'>[]): string {
  const found = programs.find((program) => program.code.toLowerCase() === value.trim().toLowerCase());
  if (!found) {
    throw new UsageError(
      `--program ${JSON.stringify(value)} is not a program here; use one of: ${programs.map((p) => p.code).join(', ')} (any case)`,
    );
  }
  return found.code;
}
