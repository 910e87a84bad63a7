import type { FormatType, NumberedFormat } from '../../domain/format.js';
import { QueryError } from '../../domain/query-params.js';
import { flag, list, signedIds, single, type Params } from './params.js';

/**
 * Our format types as BMLT's `format_type_enum`: FC1 meeting format, FC2 location, FC3 common
 * needs and restrictions, O open or closed, LANG language. BMLT's seeded catalogue files its
 * literature formats (BT, JT, IW…) under FC1 and VM, HY and TC under FC2, so ours follow.
 */
export const FORMAT_TYPE_ENUM: Readonly<Record<FormatType, string>> = {
  open_closed: 'O',
  meeting_style: 'FC1',
  literature: 'FC1',
  common_needs: 'FC3',
  location: 'FC2',
  language: 'LANG',
  attendance: 'FC2',
};

export interface BmltFormat {
  key_string: string;
  name_string: string;
  description_string: string;
  lang: string;
  id: string;
  world_id: string;
  format_type_enum: string;
  root_server_uri: string;
}

const LANG = /^[a-z]{2,3}$/;

/**
 * The language of format text. Formats hold English and Spanish; another language answers in
 * English (labelled `en`), so that a client set to it still has names to show.
 */
export function formatLanguage(params: Params): string {
  const lang = single(params, 'lang_enum')?.toLowerCase() ?? 'en';
  if (!LANG.test(lang)) throw new QueryError('lang_enum', 'lang_enum must be a two- or three-letter language code such as en or es');
  return lang;
}

export function bmltFormat(format: NumberedFormat, lang: string, rootServerUri: string): BmltFormat {
  const own = format.text[lang];
  const text = own ?? format.text.en;
  return {
    key_string: format.code,
    name_string: text.name,
    description_string: text.description,
    lang: own ? lang : 'en',
    id: String(format.id),
    world_id: format.worldId ?? '',
    format_type_enum: FORMAT_TYPE_ENUM[format.type],
    root_server_uri: rootServerUri,
  };
}

/** Formats by code, and the order BMLT lists a meeting's formats in: open or closed first, then by id. */
export class FormatTable {
  readonly byCode: ReadonlyMap<string, NumberedFormat>;

  constructor(readonly formats: readonly NumberedFormat[]) {
    this.byCode = new Map(formats.map((f) => [f.code, f]));
  }

  /** The known formats among some codes, in BMLT's order; unknown codes are dropped so both lists agree. */
  ordered(codes: readonly string[]): NumberedFormat[] {
    const found = [...new Set(codes)].flatMap((code) => this.byCode.get(code) ?? []);
    return found.sort((a, b) => rank(a) - rank(b) || a.id - b.id);
  }
}

function rank(format: NumberedFormat): number {
  return format.type === 'open_closed' ? 0 : 1;
}

/**
 * GetFormats' selection: `format_ids` (negative excludes), `key_strings`, and `show_all=1`
 * for every format rather than only those some meeting uses.
 */
export function selectFormats(params: Params, all: readonly NumberedFormat[], used: ReadonlySet<string>): NumberedFormat[] {
  const ids = signedIds(params, 'format_ids', 'format ids');
  const keys = new Set(list(params, 'key_strings'));
  const showAll = flag(params, 'show_all');
  return all
    .filter((f) => showAll || used.has(f.code))
    .filter((f) => ids.include.length === 0 || ids.include.includes(f.id))
    .filter((f) => !ids.exclude.includes(f.id))
    .filter((f) => keys.size === 0 || keys.has(f.code))
    .sort((a, b) => a.id - b.id);
}
