import { basename, extname } from 'node:path';
import { slugify } from '../../domain/slug.js';
import { SAMPLE_SOURCE } from '../../store/sample/generate.js';

/** Source names are short slugs: they end up in provenance and on the command line. */
export const SOURCE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LENGTH = 60;

export class SourceNameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceNameError';
  }
}

export const MAX_SOURCE_NAME_LENGTH = MAX_LENGTH;

/** What is wrong with a source name given by hand, if anything; "sample" belongs to the sample data. */
export function sourceNameProblem(name: string): 'format' | 'reserved' | null {
  if (!SOURCE_NAME.test(name) || name.length > MAX_LENGTH) return 'format';
  if (name === SAMPLE_SOURCE) return 'reserved';
  return null;
}

/** Checks a source name given by hand. */
export function checkSourceName(name: string): string {
  const problem = sourceNameProblem(name);
  if (problem === 'format') {
    throw new SourceNameError(
      `source name "${name}" must be lower-case letters, digits and single hyphens, at most ${MAX_LENGTH} characters`,
    );
  }
  if (problem === 'reserved') throw new SourceNameError(`source name "${SAMPLE_SOURCE}" is kept for the sample data`);
  return name;
}

/** A name for a source from where it comes from: https://www.example.org/… → "example-org", ./area-list.csv → "area-list". */
export function deriveSourceName(location: string, isUrl: boolean): string {
  const base = isUrl ? new URL(location).hostname.replace(/^www\./, '') : basename(location, extname(location));
  const name = slugify(base).slice(0, MAX_LENGTH).replace(/-+$/, '') || 'import';
  return name === SAMPLE_SOURCE ? `${name}-import` : name;
}
