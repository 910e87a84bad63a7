import slugifyText from '@sindresorhus/slugify';

const MAX_LENGTH = 80;

/** A URL-safe, lower-case, hyphenated form of a text: "Café Hope, Portland" → "cafe-hope-portland". */
export function slugify(text: string): string {
  return slugifyText(text, { decamelize: false }).slice(0, MAX_LENGTH).replace(/-+$/, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The next free slug: "hope", then "hope-2", "hope-3", … */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  const root = base || 'meeting';
  if (!taken(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
