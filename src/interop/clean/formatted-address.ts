import { stateByCode, stateByName } from '../../domain/us-states.js';
import { provinceFrom } from './canadian-provinces.js';
import { countryFromName } from './loose-country.js';

export interface AddressParts {
  street: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  /** As written ("USA", "Deutschland"); the caller turns it into a code. */
  country: string | null;
}

/** A US state or a Canadian province, named by its code or name. */
export interface Region {
  country: 'US' | 'CA';
  code: string;
}

/** "PA", "Pa.", "Pennsylvania", "AB", "Alberta", "Québec". */
export function regionFrom(text: string): Region | null {
  const plain = text.replace(/\./g, '').trim();
  if (plain === '') return null;
  const province = provinceFrom(plain);
  if (province) return { country: 'CA', code: province.code };
  const state = (plain.length === 2 ? stateByCode(plain) : undefined) ?? stateByName(plain);
  return state ? { country: 'US', code: state.code } : null;
}

const US_ZIP = String.raw`\d{5}(?:[- ]\d{4})?`;
const CANADIAN_POSTAL = String.raw`[A-Za-z]\d[A-Za-z][ -]?\d[A-Za-z]\d`;
const UK_POSTCODE = String.raw`[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}`;
/** A postal code that ends its part: "PA 19040", "Alberta T6E 4E8", "London SW1A 2AA", "19040". */
const POSTAL_LAST = new RegExp(String.raw`^(.*?)[\s,]*\b(${US_ZIP}|${CANADIAN_POSTAL}|${UK_POSTCODE})$`);
/** A postal code that begins its part, as most of Europe writes it: "10115 Berlin", "D-10115 Berlin", "1012 AB Amsterdam". */
const POSTAL_FIRST = /^((?:[A-Z]{1,2}-)?\d{4,5}(?: [A-Z]{2}(?= ))?|\d{2}-\d{3}|\d{3} \d{2})\s+(\D.*)$/;
const CANADIAN_ONLY = new RegExp(`^${CANADIAN_POSTAL}$`);
const UK_ONLY = new RegExp(`^${UK_POSTCODE}$`);
/** A country written after the ZIP with no comma: "PA 19040 USA". */
const TRAILING_US = /^(.*\d)\s+(USA|U\.S\.A\.?|US|United States)$/i;

/** Splits "Springfield IL" or "Kansas City MO" into city and state; null when it ends in no state. */
function cityAndRegion(text: string): { city: string | null; region: Region } | null {
  const whole = regionFrom(text);
  if (whole) return { city: null, region: whole };
  const words = text.split(/\s+/);
  for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
    const tail = words.slice(-count).join(' ');
    // A lower-case "in" or "me" at the end of a town name is no state code.
    if (count === 1 && tail.replace(/\./g, '').length === 2 && !/^[A-Z]{2}\.?$/.test(tail)) continue;
    const region = regionFrom(tail);
    if (region) return { city: words.slice(0, -count).join(' '), region };
  }
  return null;
}

function canonicalPostal(postal: string): string {
  if (CANADIAN_ONLY.test(postal)) {
    const compact = postal.replace(/[ -]/g, '').toUpperCase();
    return `${compact.slice(0, 3)} ${compact.slice(3)}`;
  }
  if (UK_ONLY.test(postal)) {
    const compact = postal.replace(/\s+/g, '').toUpperCase();
    return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  }
  return postal.replace(/^(\d{5}) (\d{4})$/, '$1-$2');
}

/**
 * Splits a one-line address as geocoders and people write it, reading from the end: a
 * country (a name in any language, or USA), then a postal code with the state or town it
 * follows or precedes ("PA 19040", "PA, 19040", "Alberta, T6E 4E8", "10115 Berlin",
 * "London SW1A 2AA"), then a state or province, then the city. Whatever comes before is
 * the street. An address with no commas is only a street, unless it ends in a state and ZIP.
 */
export function splitFormattedAddress(text: string): AddressParts {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const result: AddressParts = { street: null, city: null, state: null, postalCode: null, country: null };
  if (parts.length > 1 && countryFromName(parts[parts.length - 1]!) !== null) result.country = parts.pop()!;
  const trailing = parts.length > 0 ? TRAILING_US.exec(parts[parts.length - 1]!) : null;
  if (trailing) {
    parts[parts.length - 1] = trailing[1]!;
    result.country = trailing[2]!;
  }
  const single = parts.length === 1;

  // The postal code, and the state or town written in the same part.
  const last = parts[parts.length - 1];
  const postalLast = last === undefined ? null : POSTAL_LAST.exec(last);
  const postalFirst = last === undefined || postalLast ? null : POSTAL_FIRST.exec(last);
  let cityTaken = false;
  if (postalLast && (!single || postalLast[1] !== '')) {
    result.postalCode = canonicalPostal(postalLast[2]!);
    const before = postalLast[1]!.trim();
    parts.pop();
    if (before !== '') {
      const split = cityAndRegion(before);
      if (split) {
        result.state = split.region.code;
        // With no commas, street and town cannot be told apart: all of it is the street.
        if (split.city && single) parts.push(split.city);
        else if (split.city) {
          result.city = split.city;
          cityTaken = true;
        }
      } else if (single) {
        // "Main Street 19040": no state to split on, so the rest is the street.
        parts.push(before);
      } else {
        // "London SW1A 2AA", "Paris 75001": the town the code belongs to.
        result.city = before;
        cityTaken = true;
      }
    }
  } else if (postalFirst && !single) {
    result.postalCode = postalFirst[1]!.replace(/^[A-Z]{1,2}-/, '');
    result.city = postalFirst[2]!.trim();
    cityTaken = true;
    parts.pop();
  }

  // A state or province of its own ("PA", "Alberta"), or ending the city's part ("Springfield IL").
  if (result.state === null && !cityTaken && parts.length > (single ? 0 : 1)) {
    const split = cityAndRegion(parts[parts.length - 1]!);
    if (split && (split.city !== null || !single)) {
      parts.pop();
      result.state = split.region.code;
      if (split.city) {
        result.city = split.city;
        cityTaken = true;
      }
    } else if (!single && /^[A-Za-z]{2}$/.test(parts[parts.length - 1]!) && parts.length > 1) {
      // Two letters after a town are a state or province we do not know by name.
      result.state = parts.pop()!;
    }
  }

  // The city: the last part left, unless it is the street itself.
  if (!cityTaken && parts.length > 0) {
    const alone = parts.length === 1;
    const candidate = parts[parts.length - 1]!;
    const placed = result.state !== null || result.postalCode !== null || result.country !== null;
    if (!alone || (placed && !/\d/.test(candidate))) result.city = parts.pop()!;
  }
  result.street = parts.length > 0 ? parts.join(', ') : null;
  return result;
}
