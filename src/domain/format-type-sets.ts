import { getTypesForLanguage } from '@code4recovery/spec';

/**
 * Meeting Guide type sets are per program, as 12 Step Meeting List defines them
 * (`includes/variables.php`, `$tsml_programs`): AA and most fellowships use the spec's
 * types; NA sites, and BMLT's own tsml output, use NA's set, whose codes are NAWS's
 * (JFT, STEP, TRAD, SPK…). TC and ONL are flags every set has.
 */
export type TypeSet = 'na' | 'spec';

/** NA's type set (12 Step Meeting List's `na` program), with its English names. */
export const NA_TYPES: Readonly<Record<string, string>> = {
  CPT: '12 Concepts',
  BT: 'Basic Text',
  BEG: 'Beginner/Newcomer',
  CAN: 'Candlelight',
  CW: 'Children Welcome',
  C: 'Closed',
  DISC: 'Discussion/Participation',
  GL: 'Gay/Lesbian',
  IP: 'IP Study',
  IW: 'It Works Study',
  JFT: 'Just For Today Study',
  LIT: 'Literature Study',
  LC: 'Living Clean',
  M: 'Men',
  MED: 'Meditation',
  NS: 'Non-Smoking',
  O: 'Open',
  QA: 'Questions & Answers',
  RA: 'Restricted Access',
  SMOK: 'Smoking',
  SPAD: 'Spiritual Principle a Day',
  SPK: 'Speaker',
  STEP: 'Step',
  SWG: 'Step Working Guide Study',
  TOP: 'Topic',
  TRAD: 'Tradition',
  VAR: 'Format Varies',
  X: 'Wheelchair Accessible',
  W: 'Women',
  Y: 'Young People',
  TC: 'Temporarily Closed',
  ONL: 'Online',
};

/** The type set a program's meetings go out in. */
export function typeSetFor(program: string): TypeSet {
  return program.toUpperCase() === 'NA' ? 'na' : 'spec';
}

/**
 * NA's set is NAWS's codes, but for three that the set spells as the spec does, and
 * Speaker/Discussion, which the set says with two types.
 */
const NA_TYPES_BY_WORLD_ID: Readonly<Record<string, readonly string[]>> = {
  OPEN: ['O'],
  CLOSED: ['C'],
  WCHR: ['X'],
  'S-D': ['SPK', 'DISC'],
};

/** A format's types in NA's set, from its NAWS code; empty when the set has none for it. */
export function naTypesOfWorldId(worldId: string | null): readonly string[] {
  if (worldId === null) return [];
  const upper = worldId.toUpperCase();
  const mapped = NA_TYPES_BY_WORLD_ID[upper];
  if (mapped) return mapped;
  return Object.hasOwn(NA_TYPES, upper) ? [upper] : [];
}

/** Every code some type set gives a meaning, lower-cased: a format of our own must never go out as one. */
const RESERVED: ReadonlySet<string> = new Set(
  [...Object.keys(getTypesForLanguage('en')), ...Object.keys(NA_TYPES)].map((code) => code.toLowerCase()),
);

/** True when a type set means something by this code, in any case. */
export function isTypeSetCode(code: string): boolean {
  return RESERVED.has(code.toLowerCase());
}

const MAX_CODE = 24;

/**
 * The code for a format a feed brought that the catalogue lacks: the feed's own key (spaces
 * as hyphens), unless another format has it in any case or a type set means something by
 * it; then the key and the source's name ("Ti-east-area"), then a number after that.
 */
export function sourceFormatCode(key: string, source: string, isTaken: (code: string) => boolean): string {
  const base = key.trim().replace(/\s+/g, '-').slice(0, MAX_CODE) || 'format';
  const free = (code: string): boolean => !isTaken(code) && !isTypeSetCode(code);
  if (free(base)) return base;
  const scoped = `${base}-${source}`;
  if (free(scoped)) return scoped;
  for (let n = 2; ; n++) if (free(`${scoped}-${n}`)) return `${scoped}-${n}`;
}
