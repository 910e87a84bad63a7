import { CHALLENGE_CATEGORIES } from './challenge.js';
import { FieldReader, isObj, readUrl } from './field-reader.js';
import { FORMAT_TYPES, type Format } from './format.js';
import type { Problem, Validated } from './problem.js';
import type { Program } from './program.js';

/** What an admin may set on a format: everything but its BMLT number, which is given once. */
export type FormatFields = Omit<Format, 'id'>;

// A code is a key in feeds and URLs: letters, digits, and the few marks NA's own codes use.
const CODE = /^[A-Za-z0-9][A-Za-z0-9_/+-]{0,19}$/;

/** Checks a format as an admin sent it (`text.en.name`, `text.es.name`, … as nested fields). */
export function validateFormatFields(raw: unknown): Validated<FormatFields> {
  if (!isObj(raw)) return { ok: false, problems: [{ field: '', message: 'must be an object' }] };
  const problems: Problem[] = [];
  const r = new FieldReader(raw, '', problems);
  const code = r.requiredText('code', 20);
  if (code !== '' && !CODE.test(code)) r.problem('code', 'must be letters and digits (up to 20), such as "BT" or "W"');
  const texts = r.nested('text');
  const en = texts.nested('en');
  const es = texts.nested('es');
  const value: FormatFields = {
    code,
    type: r.oneOf('type', FORMAT_TYPES),
    worldId: r.text('worldId', 40),
    meetingGuideCode: r.text('meetingGuideCode', 20),
    text: {
      en: { name: en.requiredText('name', 200), description: en.text('description', 2000) ?? '' },
      es: { name: es.text('name', 200) ?? '', description: es.text('description', 2000) ?? '' },
    },
  };
  // Spanish text may come later; until then the English stands in, as the catalogue's fallback does.
  if (value.text.es.name === '') value.text.es = { ...value.text.en };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/** Checks a program as an admin sent it. */
export function validateProgram(raw: unknown): Validated<Program> {
  if (!isObj(raw)) return { ok: false, problems: [{ field: '', message: 'must be an object' }] };
  const problems: Problem[] = [];
  const r = new FieldReader(raw, '', problems);
  const code = r.requiredText('code', 20);
  if (code !== '' && !CODE.test(code)) r.problem('code', 'must be letters and digits (up to 20), such as "NA" or "AL-ANON"');
  const categories = r.stringList('categories');
  const unknown = categories.filter((c) => !(CHALLENGE_CATEGORIES as readonly string[]).includes(c));
  if (unknown.length > 0) r.problem('categories', `must be some of: ${CHALLENGE_CATEGORIES.join(', ')}`);
  const value: Program = {
    code: code.toUpperCase(),
    name: r.requiredText('name', 200),
    url: readUrl(r, 'url'),
    categories: categories.filter((c): c is Program['categories'][number] => (CHALLENGE_CATEGORIES as readonly string[]).includes(c)),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
