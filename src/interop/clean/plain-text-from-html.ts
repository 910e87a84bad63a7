import { compile } from 'html-to-text';

// Compiled once: html-to-text builds its selector tables per call otherwise.
const toText = compile({
  wordwrap: false,
  // A feed's own newlines are line breaks too (notes mix them with <br>): Zoom instructions
  // keep their lines.
  preserveNewlines: true,
  selectors: [
    { selector: 'ul', options: { itemPrefix: '• ' } },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'img', format: 'skip' },
  ],
});

// Something that looks like a tag or an entity; plain text such as "a < b" is left alone.
const MARKUP = /<\/?[a-z][^>]*>|&(#\d+|#x[\da-f]+|[a-z]+);/i;

const BREAK_THEN_NEWLINE = /<br\s*\/?>[ \t]*\n/gi;

export interface PlainText {
  text: string | null;
  /** True when markup was found and removed, so the caller can say so. */
  changed: boolean;
}

/**
 * Feeds put HTML in notes although both specs say plain text. Markup becomes text with its
 * line breaks kept; text without markup is returned as it is (the common, fast case).
 */
export function plainTextFromHtml(value: string | null): PlainText {
  if (value === null) return { text: null, changed: false };
  if (!MARKUP.test(value)) return { text: value, changed: false };
  // "<br>" followed by a newline is one line break, as a browser shows it.
  const text = toText(value.replace(/\r\n?/g, '\n').replace(BREAK_THEN_NEWLINE, '<br>'))
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: text === '' ? null : text, changed: true };
}
