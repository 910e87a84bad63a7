import { isObj } from '../../domain/field-reader.js';
import { looseText } from '../clean/loose-text.js';

/** One format as a BMLT server describes it (GetFormats, or `formats` with get_used_formats=1). */
export interface BmltFormatRow {
  /** The server's shared id, what `format_shared_id_list` holds. */
  id: string;
  key_string: string;
  name_string: string;
  description_string: string;
  lang: string;
  /** NA World Services code ("OPEN", "WCHR", "LANG"), often empty. */
  world_id: string;
  format_type_enum: string;
}

/**
 * Reads a GetFormats answer. Rows without an id or a key cannot be matched to anything and
 * are left out; every other field defaults to "" as BMLT itself sends it.
 */
export function parseBmltFormats(payload: unknown): BmltFormatRow[] {
  const list = Array.isArray(payload) ? payload : isObj(payload) && Array.isArray(payload.formats) ? payload.formats : [];
  const rows: BmltFormatRow[] = [];
  for (const item of list as unknown[]) {
    if (!isObj(item)) continue;
    const id = looseText(item.id) ?? looseText(item.shared_id_bigint);
    const key = looseText(item.key_string);
    if (id === null || key === null) continue;
    rows.push({
      id,
      key_string: key,
      name_string: looseText(item.name_string) ?? '',
      description_string: looseText(item.description_string) ?? '',
      lang: looseText(item.lang) ?? looseText(item.lang_enum) ?? '',
      world_id: looseText(item.world_id) ?? looseText(item.worldid_mixed) ?? '',
      format_type_enum: looseText(item.format_type_enum) ?? '',
    });
  }
  return rows;
}
