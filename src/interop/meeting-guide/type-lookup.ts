import { getTypesForLanguage } from '@code4recovery/spec';
import type { Format } from '../../domain/format.js';
import { NA_TYPES, naTypesOfWorldId } from '../../domain/format-type-sets.js';
import { FORMAT_CATALOGUE } from '../../domain/formats-catalogue.js';
import { CATALOGUE, languageOfFormat } from '../clean/catalogue-index.js';
import { MEETING_GUIDE_LANGUAGES } from '../clean/languages.js';

/** Meeting Guide type codes and their English names, from the spec's own package. */
const NAMES: Readonly<Record<string, string>> = getTypesForLanguage('en');

/** "Online" left the spec, but old feeds still carry it; it says how people attend. */
export const LEGACY_ONLINE = 'ONL';
export const TEMPORARILY_CLOSED = 'TC';

const CODES = new Set([...Object.keys(NAMES), LEGACY_ONLINE]);
const CODE_BY_UPPER = new Map([...CODES].map((code) => [code.toUpperCase(), code]));

// Names in English and Spanish (sheets are written in both), plus the old names 12 Step
// Meeting List still accepts on import, all lower-cased.
const CODE_BY_NAME = new Map<string, string>([
  ['sign language', 'ASL'],
  ['outdoor meeting', 'OUT'],
  ['step meeting', 'ST'],
  ['online', LEGACY_ONLINE],
  ['online meeting', LEGACY_ONLINE],
  ['wheelchair accessible', 'X'],
  ['temporarily closed', TEMPORARILY_CLOSED],
]);
for (const language of ['es', 'en']) {
  for (const [code, name] of Object.entries(getTypesForLanguage(language))) CODE_BY_NAME.set(name.toLowerCase(), code);
}

/**
 * Several of our literature formats share one Meeting Guide type (BT, JT, IW, LC … are all
 * "Literature"). Reading such a type, the general format is the honest one.
 */
const PREFERRED: Readonly<Record<string, string>> = { LIT: 'BK', ST: 'St', TR: 'Tr' };

function formatForType(code: string): Format | null {
  const preferred = PREFERRED[code];
  if (preferred !== undefined) return CATALOGUE.byCode.get(preferred) ?? null;
  const matches = FORMAT_CATALOGUE.filter((format) => format.meetingGuideCode === code);
  return matches.length === 1 ? matches[0]! : null;
}

/**
 * NA's type set (JFT, STEP, SPK…) read back: each code that means one catalogue format. The
 * codes it shares with the spec (O, C, X, LIT…) mean the same there, and are read as the spec's.
 */
const NA_FORMAT: ReadonlyMap<string, Format> = new Map(
  FORMAT_CATALOGUE.flatMap((format) => {
    const codes = naTypesOfWorldId(format.worldId);
    return codes.length === 1 && !CODES.has(codes[0]!) ? [[codes[0]!, format] as const] : [];
  }),
);

/** What a Meeting Guide type means here. */
export interface TypeMeaning {
  /** The spec's code ("X"), or our own format code when the feed used one of ours. */
  code: string;
  /** Our catalogue format, if one matches. */
  format: string | null;
  language: string | null;
  online: boolean;
  temporarilyClosed: boolean;
  /** The spec's English name, for warnings. */
  name: string;
}

function meaningOfCode(code: string): TypeMeaning {
  const format = formatForType(code);
  return {
    code,
    format: format?.code ?? null,
    language: MEETING_GUIDE_LANGUAGES.get(code) ?? (format ? languageOfFormat(format.code) : null),
    online: code === LEGACY_ONLINE,
    temporarilyClosed: code === TEMPORARILY_CLOSED,
    name: NAMES[code] ?? 'Online',
  };
}

function meaningOfFormat(format: Format): TypeMeaning {
  return {
    code: format.code,
    format: format.code,
    language: languageOfFormat(format.code),
    online: false,
    temporarilyClosed: format.code === TEMPORARILY_CLOSED,
    name: format.text.en.name,
  };
}

/**
 * How a token was read: a spec code as given, one repaired (case, spaces), a type's name, a
 * code of NA's set, one of our own codes, or nothing known.
 */
export type TypeReading = 'code' | 'repaired' | 'name' | 'na' | 'ours' | 'unknown';

// Every answer is computed once per distinct token: a feed repeats the same few dozen.
const resolved = new Map<string, { meaning: TypeMeaning | null; how: TypeReading }>();

/**
 * Reads one type token: the spec's code as given; a code of NA's set ("JFT", "STEP"); the
 * spec's code in another case or with spaces ("o", "X "); a type's name ("Closed",
 * "Cerrada"); else one of our own format codes, NAWS codes or names ("GP", "Basic Text").
 * `how` says which, so the caller can warn about repairs; null meaning is a type nobody knows.
 */
export function resolveType(token: string): { meaning: TypeMeaning | null; how: TypeReading } {
  const cached = resolved.get(token);
  if (cached) return cached;
  const text = token.trim();
  const na = NA_FORMAT.get(token);
  let answer: { meaning: TypeMeaning | null; how: TypeReading };
  const upper = CODE_BY_UPPER.get(text.toUpperCase());
  const byName = CODE_BY_NAME.get(text.toLowerCase());
  const ours = CATALOGUE.byCode.get(text) ?? CATALOGUE.byWorldId.get(text.toUpperCase()) ?? CATALOGUE.byEnglishName.get(text.toLowerCase());
  if (CODES.has(token)) answer = { meaning: meaningOfCode(token), how: 'code' };
  else if (na) answer = { meaning: { ...meaningOfFormat(na), code: token, name: NA_TYPES[token] ?? na.text.en.name }, how: 'na' };
  else if (upper !== undefined) answer = { meaning: meaningOfCode(upper), how: 'repaired' };
  else if (byName !== undefined) answer = { meaning: meaningOfCode(byName), how: 'name' };
  else if (ours) answer = { meaning: meaningOfFormat(ours), how: 'ours' };
  else answer = { meaning: null, how: 'unknown' };
  if (resolved.size < 5000) resolved.set(token, answer);
  return answer;
}
