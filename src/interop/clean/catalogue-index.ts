import type { Format } from '../../domain/format.js';
import { FORMAT_CATALOGUE } from '../../domain/formats-catalogue.js';
import { MEETING_GUIDE_LANGUAGES } from './languages.js';

/** A key that names two catalogue entries matches neither: guessing would mislabel meetings. */
function uniqueIndex(key: (format: Format) => string | null): ReadonlyMap<string, Format> {
  const found = new Map<string, Format | null>();
  for (const format of FORMAT_CATALOGUE) {
    const k = key(format);
    if (k === null) continue;
    found.set(k, found.has(k) ? null : format);
  }
  const index = new Map<string, Format>();
  for (const [k, format] of found) if (format) index.set(k, format);
  return index;
}

/**
 * Lookups over the formats catalogue, built once at load so that parsing a 35,000-row feed
 * never scans the catalogue per row.
 */
export const CATALOGUE = {
  byCode: uniqueIndex((f) => f.code),
  byLowerCode: uniqueIndex((f) => f.code.toLowerCase()),
  // Every language format shares the NAWS code LANG, so LANG is left out (not unique) here.
  byWorldId: uniqueIndex((f) => f.worldId?.toUpperCase() ?? null),
  byEnglishName: uniqueIndex((f) => f.text.en.name.toLowerCase()),
} as const;

/** The ISO 639-1 language a catalogue language format stands for (ES → es), or null. */
export function languageOfFormat(code: string): string | null {
  const format = CATALOGUE.byCode.get(code);
  if (format?.type !== 'language' || format.meetingGuideCode === null) return null;
  return MEETING_GUIDE_LANGUAGES.get(format.meetingGuideCode) ?? null;
}

/** The formats that say how people attend; they follow the attendance, not the feed. */
export const ATTENDANCE_FORMATS = { online: 'VM', hybrid: 'HY', temporarilyClosed: 'TC' } as const;
