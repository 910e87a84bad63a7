import type { FormatText, FormatType, SourceFormat } from '../../domain/format.js';

/**
 * A feed's format the catalogue lacks, from its labels by language (BMLT GetFormats sends
 * one row per language). English and Spanish are what every format has here: a label in
 * neither stands in for English, and English for Spanish.
 */
export function sourceFormat(
  key: string,
  labels: Readonly<Partial<Record<string, FormatText>>>,
  type: FormatType = 'meeting_style',
  worldId: string | null = null,
): SourceFormat {
  const first = Object.values(labels).find((text): text is FormatText => text !== undefined);
  const en = labels.en ?? first ?? { name: key, description: key };
  return { key, type, worldId, meetingGuideCode: null, text: { ...labels, en, es: labels.es ?? en } };
}

/** A label from a feed's name and description, either of which may be blank. */
export function formatLabel(key: string, name: string, description: string): FormatText {
  const shown = name.trim() || key;
  return { name: shown, description: description.trim() || shown };
}

/** The formats, described by their keys alone, of keys that meetings carry: a Meeting Guide feed's unknown types. */
export function formatsOfKeys(meetings: readonly { sourceFormats?: readonly string[] }[]): SourceFormat[] {
  const keys = new Set(meetings.flatMap((meeting) => meeting.sourceFormats ?? []));
  return [...keys].map((key) => sourceFormat(key, { en: formatLabel(key, key, '') }));
}
