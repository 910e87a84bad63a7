/** One field that differs between two versions of a record, by its path ("venue.city"), as text. */
export interface FieldDifference {
  field: string;
  before: string;
  after: string;
}

/** Stamps that change on every save and say nothing about what changed. */
const STAMPS = new Set(['id', 'createdAt', 'updatedAt', 'checkedAt']);

function flatten(value: unknown, path: string, into: Map<string, string>): void {
  if (value === null || value === undefined) {
    into.set(path, '');
  } else if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null))
      into.set(path, value.map((item) => String(item as string | number | boolean | null)).join(', '));
    else
      value.forEach((item, i) => {
        flatten(item, `${path}.${i}`, into);
      });
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (path === '' && STAMPS.has(key)) continue;
      flatten(inner, path === '' ? key : `${path}.${key}`, into);
    }
  } else {
    into.set(path, typeof value === 'string' ? value : JSON.stringify(value));
  }
}

/** What differs between two versions of a record, field by field, in the order the later one lists them. */
export function fieldDifferences(before: unknown, after: unknown): FieldDifference[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, '', a);
  flatten(after, '', b);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields
    .filter((field) => (a.get(field) ?? '') !== (b.get(field) ?? ''))
    .map((field) => ({ field, before: a.get(field) ?? '', after: b.get(field) ?? '' }));
}
