import type { NumberedFormat } from '../domain/format.js';
import type { Choice } from './components/filter-form.js';
import type { FormatInfo, FormatLookup } from './components/meeting-item.js';

/** Formats offered as checkboxes: the ones people most often look for. */
const COMMON_FORMATS = ['B', 'BT', 'JT', 'SD', 'QA', 'W', 'M', 'YP', 'GL', 'WC', 'CW', 'SL'];

/** What pages show of the formats: each format's name and description by code, and the filter's checkboxes. */
export interface PageFormats {
  lookup: FormatLookup;
  choices: Choice[];
}

const made = new WeakMap<readonly NumberedFormat[], PageFormats>();

/**
 * The formats as pages show them, built once per formats list (the search service hands out a
 * new list whenever the formats change), not once per request.
 */
export function pageFormats(formats: readonly NumberedFormat[]): PageFormats {
  let built = made.get(formats);
  if (!built) {
    const lookup = new Map<string, FormatInfo>(
      formats.map((f) => [f.code, { code: f.code, name: f.text.en.name, description: f.text.en.description, type: f.type }]),
    );
    const choices = COMMON_FORMATS.flatMap((code) => {
      const format = lookup.get(code);
      return format ? [{ value: code, label: format.name }] : [];
    });
    built = { lookup, choices };
    made.set(formats, built);
  }
  return built;
}
