import { isMeetingType } from '@code4recovery/spec';
import type { Attendance } from '../../domain/attendance.js';

/**
 * Meeting Guide's language types by ISO 639-1 code. The spec's codes are not ISO codes
 * ("S" is Spanish, "NB" is non-binary, not Norwegian Bokmål; "SL" is Slovenian, not sign
 * language), so the table is written out rather than derived.
 */
const LANGUAGE_TYPES: Readonly<Record<string, string>> = {
  af: 'AF',
  am: 'AM',
  ar: 'AR',
  bg: 'BG',
  da: 'DA',
  de: 'DE',
  el: 'EL',
  en: 'EN',
  es: 'S',
  fa: 'FA',
  fi: 'FI',
  fr: 'FR',
  he: 'HE',
  hi: 'HI',
  hr: 'HR',
  hu: 'HU',
  is: 'IS',
  it: 'ITA',
  ja: 'JA',
  ka: 'KA',
  ko: 'KOR',
  lt: 'LT',
  ml: 'ML',
  mt: 'MT',
  nb: 'NO',
  ne: 'NE',
  nl: 'NL',
  nn: 'NO',
  no: 'NO',
  pa: 'PUN',
  pl: 'POL',
  pt: 'POR',
  ru: 'RUS',
  sk: 'SK',
  sl: 'SL',
  sv: 'SV',
  th: 'TH',
  tl: 'TL',
  tr: 'TUR',
  uk: 'UK',
};

/** The Meeting Guide type for a language, or null where the spec has none. */
export function languageType(language: string): string | null {
  const code = LANGUAGE_TYPES[language.toLowerCase()];
  return code !== undefined && isMeetingType(code) ? code : null;
}

export interface TypeSource {
  formats: readonly string[];
  languages: readonly string[];
  attendance: Attendance;
}

/**
 * The meeting's Meeting Guide types: its formats through the catalogue's meetingGuideCode,
 * TC for a temporarily closed venue, and its languages. English is left out when it is the
 * only language: almost every meeting here is in English, and a type on every meeting filters
 * nothing (TSML UI hides such filters anyway). Only codes the spec knows are emitted, once
 * each, in a stable order.
 */
export function meetingGuideTypes(meeting: TypeSource, typeOfFormat: ReadonlyMap<string, string | null>): string[] {
  const types = new Set<string>();
  for (const format of meeting.formats) {
    const code = typeOfFormat.get(format);
    if (code) types.add(code);
  }
  if (meeting.attendance === 'temporarily_closed') types.add('TC');
  const onlyEnglish = meeting.languages.every((language) => language.toLowerCase() === 'en');
  for (const language of meeting.languages) {
    const code = languageType(language);
    if (code !== null && !(onlyEnglish && code === 'EN')) types.add(code);
  }
  return [...types].filter((code) => isMeetingType(code)).sort();
}
