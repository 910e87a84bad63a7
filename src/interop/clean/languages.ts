/**
 * Meeting Guide's language types (@code4recovery/spec types.json) and the ISO 639-1 code of
 * each. The spec lists the types but not their ISO codes, and a few types are not ISO codes
 * ("S" is Spanish, "ITA" Italian), so the pairing is written out here once.
 */
export const MEETING_GUIDE_LANGUAGES: ReadonlyMap<string, string> = new Map([
  ['AF', 'af'], ['AM', 'am'], ['AR', 'ar'], ['BG', 'bg'], ['DA', 'da'], ['DE', 'de'],
  ['EL', 'el'], ['EN', 'en'], ['FA', 'fa'], ['FI', 'fi'], ['FR', 'fr'], ['HE', 'he'],
  ['HI', 'hi'], ['HR', 'hr'], ['HU', 'hu'], ['IS', 'is'], ['ITA', 'it'], ['JA', 'ja'],
  ['KA', 'ka'], ['KOR', 'ko'], ['LT', 'lt'], ['ML', 'ml'], ['MT', 'mt'], ['NE', 'ne'],
  ['NL', 'nl'], ['NO', 'no'], ['POL', 'pl'], ['POR', 'pt'], ['PUN', 'pa'], ['RUS', 'ru'],
  ['S', 'es'], ['SK', 'sk'], ['SL', 'sl'], ['SV', 'sv'], ['TH', 'th'], ['TL', 'tl'],
  ['TUR', 'tr'], ['UK', 'uk'],
]);
