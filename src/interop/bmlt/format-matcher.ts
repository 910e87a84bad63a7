import type { FormatText, FormatType, SourceFormat } from '../../domain/format.js';
import { CATALOGUE, languageOfFormat } from '../clean/catalogue-index.js';
import { MEETING_GUIDE_LANGUAGES } from '../clean/languages.js';
import { formatLabel, sourceFormat } from '../clean/source-formats.js';
import { FORMAT_TYPE_ENUM } from './formats.js';
import type { BmltFormatRow } from './parse-formats.js';

/** BMLT's format_type_enum read back; a server's own kinds (or none) are meeting styles. */
const TYPE_OF_ENUM: ReadonlyMap<string, FormatType> = new Map(
  (Object.entries(FORMAT_TYPE_ENUM) as [FormatType, string][])
    .filter(([type]) => type !== 'literature' && type !== 'attendance')
    .map(([type, value]) => [value, type]),
);

/** What one BMLT format means here: a catalogue code, a language, or neither. */
export interface FormatMeaning {
  code: string | null;
  language: string | null;
}

const NOTHING: FormatMeaning = { code: null, language: null };

function byKey(key: string): FormatMeaning {
  // Last, a key that is a NAWS code ("JFT" on a server that gives no world id): better read
  // as Just for Today than kept as a second format of the same meaning.
  const format = CATALOGUE.byCode.get(key) ?? CATALOGUE.byLowerCode.get(key.toLowerCase()) ?? CATALOGUE.byWorldId.get(key.toUpperCase());
  return format ? { code: format.code, language: languageOfFormat(format.code) } : NOTHING;
}

/**
 * A language format the catalogue lacks (a server's "DE" or "ITA") still tells the
 * meeting's language, when its key is a known language code.
 */
function languageOnly(key: string): FormatMeaning {
  const upper = key.toUpperCase();
  const language = MEETING_GUIDE_LANGUAGES.get(upper) ?? (/^[A-Z]{2}$/.test(upper) ? upper.toLowerCase() : null);
  return language === null ? NOTHING : { code: null, language };
}

/**
 * Matches a server's formats to ours, in this order: its NAWS world id (the one code every
 * server shares), then its key string exactly (BMLT keys are case-sensitive: "So", "St"),
 * then its key string in any case, then its key string as a NAWS code. Answers are remembered per key, so a feed of 35,000
 * meetings costs one lookup per distinct format, not per meeting.
 */
export class BmltFormatMatcher {
  private readonly byId = new Map<string, BmltFormatRow>();
  private readonly labels = new Map<string, Partial<Record<string, FormatText>>>();
  private readonly known = new Map<string, FormatMeaning>();

  constructor(formats: readonly BmltFormatRow[]) {
    for (const row of formats) {
      // GetFormats lists a format once per language; the English row is the reference.
      if (!this.byId.has(row.id) || row.lang === 'en') this.byId.set(row.id, row);
      const labels = this.labels.get(row.id) ?? {};
      const lang = row.lang.toLowerCase() || 'en';
      labels[lang] ??= formatLabel(row.key_string, row.name_string, row.description_string);
      this.labels.set(row.id, labels);
    }
  }

  /**
   * The server's formats that mean nothing here (neither a catalogue format nor a language),
   * with their labels in every language the server gave: what a source keeps as its own.
   */
  sourceFormats(): SourceFormat[] {
    const byKey = new Map<string, SourceFormat>();
    for (const [id, row] of this.byId) {
      const meaning = this.meaningOfRow(row);
      if (meaning.code !== null || meaning.language !== null || byKey.has(row.key_string)) continue;
      const type = TYPE_OF_ENUM.get(row.format_type_enum) ?? 'meeting_style';
      byKey.set(row.key_string, sourceFormat(row.key_string, this.labels.get(id) ?? {}, type, row.world_id.trim() || null));
    }
    return [...byKey.values()];
  }

  get hasFormats(): boolean {
    return this.byId.size > 0;
  }

  /** The server's format with this shared id, or undefined. */
  row(id: string): BmltFormatRow | undefined {
    return this.byId.get(id);
  }

  meaningOfRow(row: BmltFormatRow): FormatMeaning {
    const cacheKey = `row\u0000${row.id}`;
    const cached = this.known.get(cacheKey);
    if (cached) return cached;
    const world = CATALOGUE.byWorldId.get(row.world_id.toUpperCase());
    let meaning = world ? { code: world.code, language: languageOfFormat(world.code) } : byKey(row.key_string);
    const isLanguage = row.format_type_enum === 'LANG' || row.world_id.toUpperCase() === 'LANG';
    if (meaning.code === null && isLanguage) meaning = languageOnly(row.key_string);
    this.known.set(cacheKey, meaning);
    return meaning;
  }

  meaningOfKey(key: string): FormatMeaning {
    const cacheKey = `key\u0000${key}`;
    const cached = this.known.get(cacheKey);
    if (cached) return cached;
    const meaning = byKey(key);
    this.known.set(cacheKey, meaning);
    return meaning;
  }
}
