/** RFC 5545 §3.1: a content line SHOULD NOT be longer than 75 octets, excluding the CRLF. */
const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line: CRLF and a space before the octet that would pass 75, never inside a
 * character. ical-generator folds too, but encodes each character with a new TextEncoder,
 * which made a 2000-meeting calendar take two seconds; nearly every line needs no folding,
 * and that is checked first.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  let folded = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      folded += '\r\n ';
      // The leading space counts toward the continuation line's 75.
      octets = 1;
    }
    folded += character;
    octets += size;
  }
  return folded;
}

/** Folds every line of CRLF-separated content lines. */
export function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}
