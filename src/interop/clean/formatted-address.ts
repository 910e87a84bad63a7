export interface AddressParts {
  street: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
}

const STATE_AND_ZIP = /^(.*?)\s*(\d{5}(?:-\d{4})?)$/;
const COUNTRY_NAMES = /^(usa|us|united states|united states of america|canada|mexico)$/i;

/**
 * Splits a one-line address the way geocoders write it: "Street, City, ST 12345, USA".
 * Parts are read from the end: a country name, then "ST 12345" (state and ZIP), then the
 * city; whatever comes before is the street. An address with no commas is only a street.
 */
export function splitFormattedAddress(text: string): AddressParts {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const result: AddressParts = { street: null, city: null, state: null, postalCode: null, country: null };
  if (parts.length > 1 && COUNTRY_NAMES.test(parts[parts.length - 1]!)) result.country = parts.pop()!;
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    const withZip = STATE_AND_ZIP.exec(last);
    if (withZip) {
      parts.pop();
      result.state = withZip[1] === '' ? null : withZip[1]!;
      result.postalCode = withZip[2]!;
    } else if (/^[A-Za-z]{2}$/.test(last) || parts.length > 2) {
      parts.pop();
      result.state = last;
    }
  }
  // After a state, a lone part is the city ("Albany, NY"); otherwise the last of several is.
  if (parts.length > 1 || (parts.length === 1 && result.state !== null && !/^\d/.test(parts[0]!))) result.city = parts.pop()!;
  result.street = parts.length > 0 ? parts.join(', ') : null;
  return result;
}
