/** The kinds of format that NA World Services and BMLT distinguish. */
export const FORMAT_TYPES = ['open_closed', 'meeting_style', 'literature', 'common_needs', 'location', 'language', 'attendance'] as const;
export type FormatType = (typeof FORMAT_TYPES)[number];

/** Languages the site is written in; every catalogue entry has text in each. */
export const SITE_LANGUAGES = ['en', 'es'] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

export interface FormatText {
  name: string;
  description: string;
}

export interface Format {
  /**
   * The number BMLT clients match the format by (`id`, `format_shared_id_list`). Fixed once
   * given: the catalogue pins its own, and a store gives others the next free number.
   */
  id: number;
  /** Our stable key, also the BMLT `key_string` we publish (e.g. "C", "BT"). */
  code: string;
  type: FormatType;
  /** NA World Services format code (e.g. "CLOSED", "BT"), where one exists. */
  worldId: string | null;
  /** Meeting Guide type code (e.g. "C", "X"), where one exists. */
  meetingGuideCode: string | null;
  text: Record<SiteLanguage, FormatText> & Partial<Record<string, FormatText>>;
}

/**
 * A format as a store holds it: a catalogue format (`source` null), or one a feed brought
 * that the catalogue lacks (a BMLT server's "Ti", an AA sheet's "Potluck"), which belongs to
 * that import source.
 */
export interface NumberedFormat extends Format {
  source: string | null;
}

/**
 * A format that a feed brought and the catalogue lacks, before the store numbers it: the
 * feed's own key, and its label (English, and Spanish where the feed has it; otherwise the
 * feed's words stand in for both).
 */
export interface SourceFormat extends Omit<Format, 'id' | 'code'> {
  /** The feed's key: a BMLT key_string ("Ti"), a Meeting Guide type or a sheet's words. */
  key: string;
}
