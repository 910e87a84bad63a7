import { PHONE } from '../../domain/field-reader.js';
import { quote } from './loose-text.js';

const BARE_DOMAIN = /^[a-z\d-]+(\.[a-z\d-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export interface Repaired {
  value: string | null;
  warning: string | null;
}

/**
 * A web address validation will accept. A bare "zoom.us/j/123" gets https:// in front;
 * anything else that is not an http(s) address is dropped with a warning naming the field.
 */
export function looseUrl(value: string | null, field: string): Repaired {
  if (value === null) return { value: null, warning: null };
  if (isWebAddress(value)) return { value, warning: null };
  if (BARE_DOMAIN.test(value) && isWebAddress(`https://${value}`)) {
    return { value: `https://${value}`, warning: `${field} ${quote(value)} read as ${quote(`https://${value}`)}` };
  }
  return { value: null, warning: `${field} ${quote(value)} is not a web address: dropped` };
}

const AREA_CODE_IN_BRACKETS = /^\((\d{3})\)\s*/;
// Greedy and unbounded: a long dial string is taken whole, never cut in its digits (a value
// too long to store is refused by validation, with its reason, rather than shortened here).
const PHONE_INSIDE_TEXT = /\+?\d[\d\s().,#*+;/-]{5,}/;

export interface Phone {
  phone: string | null;
  /** Words that came with the number ("PIN 1234", "Meeting ID ..."), kept for the notes. */
  rest: string | null;
  warning: string | null;
}

/**
 * A dial-in number validation will accept. "(555) 555-0100" loses its brackets (the number
 * must start with a digit or +); a number inside words ("Call +1 555 0100 PIN 42") is taken
 * out and the words kept for the notes; no number at all is dropped with a warning.
 */
export function loosePhone(value: string | null, field: string): Phone {
  if (value === null) return { phone: null, rest: null, warning: null };
  if (PHONE.test(value)) return { phone: value, rest: null, warning: null };
  const unbracketed = value.replace(AREA_CODE_IN_BRACKETS, '$1 ');
  if (PHONE.test(unbracketed)) return { phone: unbracketed, rest: null, warning: null };
  const inside = PHONE_INSIDE_TEXT.exec(unbracketed);
  if (!inside) return { phone: null, rest: value, warning: `${field} ${quote(value)} is not a phone number: moved to the notes` };
  const phone = inside[0].trim().replace(/[\s,.(;/-]+$/, '');
  const rest = (unbracketed.slice(0, inside.index) + ' ' + unbracketed.slice(inside.index + inside[0].length)).replace(/\s+/g, ' ').trim();
  return {
    phone,
    rest: rest === '' ? null : rest,
    warning: `${field} ${quote(value)} read as ${quote(phone)}${rest === '' ? '' : ', the rest moved to the notes'}`,
  };
}
