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
  /** Our stable key, also the BMLT `key_string` we publish (e.g. "C", "BT"). */
  code: string;
  type: FormatType;
  /** NA World Services format code (e.g. "CLOSED", "BT"), where one exists. */
  worldId: string | null;
  /** Meeting Guide type code (e.g. "C", "X"), where one exists. */
  meetingGuideCode: string | null;
  text: Record<SiteLanguage, FormatText> & Partial<Record<string, FormatText>>;
}

/** A format as a store holds it, with the number BMLT clients match it by. */
export interface NumberedFormat extends Format {
  id: number;
}
