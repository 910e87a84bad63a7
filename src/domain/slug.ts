/** A URL-safe, lower-case, hyphenated form of a text: "Café Hope, Portland" → "cafe-hope-portland". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
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
