/**
 * Defuses spreadsheet formula injection (OWASP "CSV Injection"): a cell that begins with
 * = + - @, a tab or a carriage return can be run as a formula by Excel, LibreOffice or Google
 * Sheets, so it gets a leading single quote, which spreadsheets show as plain text. The
 * full-width forms of = + - @ are included because some spreadsheets fold them to ASCII.
 * Quoting of commas, quotes and line breaks is the CSV writer's job, not this one's.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

export function safeText(value: string): string {
  return value.length > 0 && TRIGGERS.has(value[0]!) ? `'${value}` : value;
}

/**
 * A cell value ready for a CSV writer. A finite number is written as JavaScript prints it
 * (digits, one optional leading minus, a dot, an exponent), which every spreadsheet reads as
 * a number and none as a formula, so a longitude stays "-122.6784" and sorts and maps as a
 * number. Only a value that is a number in our own data gets this: text that merely looks
 * numeric ("-1+2") is text and is defused like any other. Null and NaN become empty cells.
 */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return safeText(value);
}
