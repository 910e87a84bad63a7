import { isMeetingType } from '@code4recovery/spec';
import type { Attendance } from '../../domain/attendance.js';
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
  formats: readonly string[];
  languages: readonly string[];
  attendance: Attendance;
}

const sharedCache = new WeakMap<ReadonlyMap<string, string | null>, Set<string>>();

/** The types that more than one format maps to. */
function sharedTypes(typeOfFormat: ReadonlyMap<string, string | null>): Set<string> {
  let shared = sharedCache.get(typeOfFormat);
  if (!shared) {
    const seen = new Set<string>();
    shared = new Set();
    for (const code of typeOfFormat.values()) {
      if (code === null) continue;
      if (seen.has(code)) shared.add(code);
      seen.add(code);
    }
    sharedCache.set(typeOfFormat, shared);
  }
  return shared;
}

/** Formats that say how a meeting is attended: the feed says that with its conference fields and TC. */
const ATTENDANCE_FORMATS = new Set(['VM', 'HY', 'TC']);

/**
 * The meeting's Meeting Guide types: its formats through the catalogue's meetingGuideCode,
 * TC for a temporarily closed venue, and its languages. English is left out when it is the
 * only language: almost every meeting here is in English, and a type on every meeting filters
 * nothing (TSML UI hides such filters anyway).
 *
 * A format the spec has no type for (Topic, Concepts, No Smoking…), or one that shares its type
 * with others (Basic Text, Just for Today… are all "Literature"), also goes out under our own
 * code as a custom type, which apps that do not know it ignore and our import reads back, so
 * that a feed loses no format. None of those codes is a spec code (a test holds that), so none
 * can be misread as another type.
 */
export function meetingGuideTypes(meeting: TypeSource, typeOfFormat: ReadonlyMap<string, string | null>): string[] {
  const types = new Set<string>();
  const custom = new Set<string>();
  const shared = sharedTypes(typeOfFormat);
  for (const format of meeting.formats) {
    const code = typeOfFormat.get(format);
    if (code) types.add(code);
    const ambiguous = code === null || (code !== undefined && shared.has(code));
    if (ambiguous && !ATTENDANCE_FORMATS.has(format) && !isMeetingType(format)) custom.add(format);
  }
  if (meeting.attendance === 'temporarily_closed') types.add('TC');
  const onlyEnglish = meeting.languages.every((language) => language.toLowerCase() === 'en');
  for (const language of meeting.languages) {
    const code = languageType(language);
    if (code !== null && !(onlyEnglish && code === 'EN')) types.add(code);
  }
  return [...[...types].filter((code) => isMeetingType(code)).sort(), ...[...custom].sort()];
}
