const ZIP = /^\d{5}(-\d{4})?$/;
const ZIP_PLUS_FOUR = /^(\d{5})[\s-]?(\d{4})$/;
const SHORT_ZIP = /^\d{3,4}$/;

export interface PostalCode {
  postalCode: string | null;
  warning: string | null;
}

/**
 * A US ZIP in the form validation accepts. Spreadsheets drop the leading zeros of New
 * England ZIPs ("2134" for 02134) and write ZIP+4 without its hyphen; both are repaired.
 * Anything else in the US is dropped with a warning. Other countries keep their codes.
 */
export function loosePostalCode(value: string | null, country: string): PostalCode {
  if (value === null || country !== 'US' || ZIP.test(value)) return { postalCode: value, warning: null };
  const plusFour = ZIP_PLUS_FOUR.exec(value);
  const repaired = plusFour ? `${plusFour[1]}-${plusFour[2]}` : SHORT_ZIP.test(value) ? value.padStart(5, '0') : null;
  if (repaired === null) return { postalCode: null, warning: `postal code ${JSON.stringify(value)} is not a US ZIP: dropped` };
  return { postalCode: repaired, warning: `postal code ${JSON.stringify(value)} read as "${repaired}"` };
}
