/**
 * A conference line as feeds write it: "+16699009128,,530851127#", "+1 646 931 3860,,812 3456 7890#,,,,*123456#",
 * "(617) 675-4444 PIN: 123 456 789#", "555-0100 x12". Phones dial the main number, wait at each
 * comma (about two seconds), then send the codes; "#" and "*" are keys to press. Words between
 * the number and a code ("PIN:", "ID", "ext.") stand for a wait, so they become one.
 */
export interface DialString {
  /** The number to call: a leading "+" and digits. */
  number: string;
  /** What follows it, as a phone dials it: pauses (",") and keys (digits, "*", "#"). Empty for none. */
  after: string;
}

/** A list of numbers ("…; …", "… / …", "… or …"): the first one, as the one a tap should dial. */
function firstOf(text: string): string {
  return text.split(/;|\/|\bor\b/i)[0] ?? '';
}

export function parseDialString(text: string): DialString | null {
  const first = firstOf(text).trim();
  // The number runs until a pause, a key that is not part of a number, or a word.
  const main = /^\+?[\d\s().-]*\d/.exec(first);
  if (!main) return null;
  const number = `${main[0].trim().startsWith('+') ? '+' : ''}${main[0].replace(/\D/g, '')}`;
  let after = '';
  for (const part of first.slice(main[0].length).match(/[\d*#]+|,|[^\d*#,]+/g) ?? []) {
    if (/^[\d*#]+$/.test(part)) {
      // A code straight after the number with no pause would be dialled as part of it.
      if (after === '') after = ',';
      after += part;
    } else if (part === ',') after += ',';
    // "PIN:", "ID", "ext.", "x", or a phone's own "p" and "w" for a pause and a wait.
    else if (/\p{L}/u.test(part) && !after.endsWith(',')) after += ',';
  }
  return { number, after: after.replace(/,+$/, '') };
}

/** "+1 669-900-9128" for a North American number; any other as its digits (there is no one way to group them). */
export function readableNumber(number: string): string {
  // Area codes and exchanges never start with 0 or 1: a number that does is not North American.
  const nanp = /^\+?1?([2-9]\d{2})([2-9]\d{2})(\d{4})$/.exec(number);
  if (nanp && (number.startsWith('+1') || number.length === 10 || number.length === 11)) return `+1 ${nanp[1]}-${nanp[2]}-${nanp[3]}`;
  return number;
}

/** The codes a caller enters after the number, each after its wait: ["530851127#"], ["81234567890#", "*123456#"]. */
export function codesOf(dial: DialString): string[] {
  return dial.after.split(/,+/).filter((code) => code !== '');
}
