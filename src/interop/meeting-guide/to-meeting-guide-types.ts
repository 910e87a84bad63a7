import { isMeetingType } from '@code4recovery/spec';
import type { Attendance } from '../../domain/attendance.js';
import type { Format } from '../../domain/format.js';
import { isTypeSetCode, naTypesOfWorldId, typeSetFor, type TypeSet } from '../../domain/format-type-sets.js';
import { ATTENDANCE_FORMATS } from '../clean/catalogue-index.js';
import { MEETING_GUIDE_LANGUAGES } from '../clean/languages.js';

/** ISO 639-1 → Meeting Guide language type: the import's table read backwards, plus Norwegian's two written forms. */
const LANGUAGE_TYPES: ReadonlyMap<string, string> = new Map([
  ...[...MEETING_GUIDE_LANGUAGES].map(([type, iso]): [string, string] => [iso, type]),
  ['nb', 'NO'],
  ['nn', 'NO'],
]);

/** The Meeting Guide type for a language, or null where the spec has none. */
export function languageType(language: string): string | null {
  const code = LANGUAGE_TYPES.get(language.toLowerCase());
  return code !== undefined && isMeetingType(code) ? code : null;
}

export interface TypeSource {
  program: string;
  formats: readonly string[];
  languages: readonly string[];
  attendance: Attendance;
}

/** What a format needs for its types: its code, its spec type and its NAWS code (NA's set is NAWS's codes). */
export type TypedFormat = Pick<Format, 'code' | 'meetingGuideCode' | 'worldId'>;

/** A format's types in one set: the set's own codes, and our code where the set has none. */
export interface FormatTypes {
  types: readonly string[];
  custom: readonly string[];
  /** The spec type this general format shares with specific ones (Book Study's LIT), whose own code then goes out too. */
  generalOf?: string;
  /** The spec type this format shares with others. */
  shares?: string;
}

/** Each format's types in each set, worked out once per list of formats. */
export type TypeTable = ReadonlyMap<string, Readonly<Record<TypeSet, FormatTypes>>>;

/** Formats that say how a meeting is attended: the feed says that with its conference fields and TC. */
const ATTENDANCE_CODES: ReadonlySet<string> = new Set(Object.values(ATTENDANCE_FORMATS));

/** Reading a type several formats share, the import takes this one (type-lookup.ts): it needs no code of its own. */
const GENERAL_FORMAT: Readonly<Record<string, string>> = { LIT: 'BK', ST: 'St', TR: 'Tr' };

/** Speaker/Discussion: no set has one type for it, and every set has the two. */
const SPEAKER_DISCUSSION: Readonly<Record<TypeSet, FormatTypes>> = {
  spec: { types: ['SP', 'D'], custom: [] },
  na: { types: ['SPK', 'DISC'], custom: [] },
};
const NONE: FormatTypes = { types: [], custom: [] };

/**
 * Our own code as a custom type, which apps that do not know it ignore and our import reads
 * back, so that a feed loses no format; never one that a type set means something else by.
 */
function customCode(format: TypedFormat): string[] {
  // NA's No Smoking is NA's set's NS: the same meaning, so the code can go out in either set.
  return isTypeSetCode(format.code) && !naTypesOfWorldId(format.worldId).includes(format.code) ? [] : [format.code];
}

function specTypes(format: TypedFormat, shared: ReadonlySet<string>): FormatTypes {
  const type = format.meetingGuideCode;
  if (type === null || !isMeetingType(type)) return { types: [], custom: customCode(format) };
  // A format that shares its type (Basic Text, Just for Today… are all "Literature") also goes out under its own code.
  if (shared.has(type) && GENERAL_FORMAT[type] !== format.code) return { types: [type], custom: customCode(format) };
  return { types: [type], custom: [] };
}

function naTypes(format: TypedFormat, shared: ReadonlySet<string>): FormatTypes {
  const own = naTypesOfWorldId(format.worldId);
  if (own.length > 0) return { types: own, custom: [] };
  // A format NA's set lacks goes out as the spec's type when that says it alone (Big Book, Outdoor, ASL, a
  // language), else as our own code (Guiding Principles is no Tradition Study).
  const type = format.meetingGuideCode;
  if (type !== null && isMeetingType(type) && !shared.has(type)) return { types: [type], custom: [] };
  return { types: [], custom: customCode(format) };
}

/** Each format's types, in NA's set and in the spec's. */
export function typeTable(formats: readonly TypedFormat[]): TypeTable {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { meetingGuideCode: type } of formats) {
    if (type === null) continue;
    if (seen.has(type)) shared.add(type);
    seen.add(type);
  }
  const table = new Map<string, Record<TypeSet, FormatTypes>>();
  for (const format of formats) {
    if (ATTENDANCE_CODES.has(format.code)) table.set(format.code, { spec: NONE, na: NONE });
    else if (format.worldId === 'S-D') table.set(format.code, SPEAKER_DISCUSSION);
    else {
      const type = format.meetingGuideCode;
      const sharing =
        type !== null && shared.has(type) ? { shares: type, ...(GENERAL_FORMAT[type] === format.code ? { generalOf: type } : {}) } : {};
      table.set(format.code, { spec: { ...specTypes(format, shared), ...sharing }, na: { ...naTypes(format, shared), ...sharing } });
    }
  }
  return table;
}

/**
 * The meeting's Meeting Guide types, in its program's type set (12 Step Meeting List's
 * `$tsml_programs`): NA meetings in NA's (JFT, STEP, TRAD, SPK…), others in the spec's.
 * TC marks a temporarily closed venue. Languages go out as the spec's language types in
 * either set (NA's has none); English is left out when it is the only language: almost
 * every meeting here is in English, and a type on every meeting filters nothing.
 *
 * A format a set has no type for goes out under our own code as a custom type (see
 * `customCode`), so a feed loses no format. No two codes differ only in case.
 */
export function meetingGuideTypes(meeting: TypeSource, table: TypeTable): string[] {
  const set = typeSetFor(meeting.program);
  const types = new Set<string>();
  const custom = new Set<string>();
  const sharing = new Map<string, number>();
  for (const format of meeting.formats) {
    const found = table.get(format)?.[set];
    for (const code of found?.types ?? []) types.add(code);
    for (const code of found?.custom ?? []) custom.add(code);
    if (found?.shares !== undefined) sharing.set(found.shares, (sharing.get(found.shares) ?? 0) + 1);
  }
  // Book Study beside Basic Text: "LIT" with "BT" alone reads as Basic Text only, so Book Study says so too.
  for (const format of meeting.formats) {
    const general = table.get(format)?.[set].generalOf;
    if (general !== undefined && (sharing.get(general) ?? 0) > 1 && !isTypeSetCode(format)) custom.add(format);
  }
  if (meeting.attendance === 'temporarily_closed') types.add('TC');
  const onlyEnglish = meeting.languages.every((language) => language.toLowerCase() === 'en');
  for (const language of meeting.languages) {
    const code = languageType(language);
    if (code !== null && !(onlyEnglish && code === 'EN')) types.add(code);
  }
  const all = [...[...types].sort(), ...[...custom].sort()];
  const cases = new Set<string>();
  return all.filter((code) => !cases.has(code.toLowerCase()) && cases.add(code.toLowerCase()));
}
