import { describe, expect, it } from 'vitest';
import { codesOf, parseDialString, readableNumber } from '../../src/domain/dial-string.js';
import { phoneText, telHref } from '../../src/web/site.js';

/** Conference phone strings as meeting lists publish them (Zoom, Google Meet, Webex, Teams, a plain extension). */
const REAL: { given: string; tel: string; codes: string[] }[] = [
  // Zoom's one-tap mobile number: the meeting ID after two pauses.
  { given: '+16699009128,,530851127#', tel: 'tel:+16699009128,,530851127%23', codes: ['530851127#'] },
  // Zoom with a passcode: the ID, four pauses, then the passcode with its star.
  {
    given: '+16469313860,,81234567890#,,,,*123456#',
    tel: 'tel:+16469313860,,81234567890%23,,,,*123456%23',
    codes: ['81234567890#', '*123456#'],
  },
  // Spaced as people type it.
  { given: '+1 646 931 3860,,812 3456 7890#', tel: 'tel:+16469313860,,81234567890%23', codes: ['81234567890#'] },
  // Google Meet prints a PIN after words: the words become a pause, or the PIN would be dialled as part of the number.
  { given: '(617) 675-4444 PIN: 123 456 789#', tel: 'tel:6176754444,123456789%23', codes: ['123456789#'] },
  { given: '+1 617-675-4444‬ PIN: ‪123 456 789#', tel: 'tel:+16176754444,123456789%23', codes: ['123456789#'] },
  // Webex and Teams write "access code" and "Conference ID".
  { given: '+1-415-655-0001 access code: 2634 123 4567', tel: 'tel:+14156550001,26341234567', codes: ['26341234567'] },
  {
    given: '+1 323-555-0100,,987654321# Conference ID: 987 654 321#',
    tel: 'tel:+13235550100,,987654321%23,987654321%23',
    codes: ['987654321#', '987654321#'],
  },
  // An office line with an extension.
  { given: '503-555-0100 x12', tel: 'tel:5035550100,12', codes: ['12'] },
  // Two numbers: the first is the one a tap dials.
  { given: '+16699009128,,530851127# / +12532158782,,530851127#', tel: 'tel:+16699009128,,530851127%23', codes: ['530851127#'] },
  { given: '1-800-662-4357', tel: 'tel:18006624357', codes: [] },
];

describe('dial strings', () => {
  it.each(REAL)('$given dials the number, waits, then sends the codes', ({ given, tel, codes }) => {
    expect(telHref(given)).toBe(tel);
    const dial = parseDialString(given);
    expect(dial).not.toBeNull();
    expect(codesOf(dial!)).toEqual(codes);
  });

  it('dials the right digits: the number alone before the first pause, and nothing lost after it', () => {
    for (const { given, tel } of REAL) {
      const href = decodeURIComponent(tel.slice('tel:'.length));
      const [number] = href.split(',');
      // The main number is 10 or 11 digits (with or without the country code), never the codes run into it.
      expect(number!.replace(/\D/g, '').length, given).toBeGreaterThanOrEqual(10);
      expect(number!.replace(/\D/g, '').length, given).toBeLessThanOrEqual(11);
    }
  });

  it('shows a North American number readably, and leaves others as they are', () => {
    expect(readableNumber('+16699009128')).toBe('+1 669-900-9128');
    expect(readableNumber('6176754444')).toBe('+1 617-675-4444');
    expect(readableNumber('+442079460000')).toBe('+442079460000');
  });

  it('reads a conference line out as a person dials it by hand', () => {
    expect(phoneText('+16469313860,,81234567890#,,,,*123456#')).toBe('+1 646-931-3860, then 81234567890#, then *123456#');
    expect(phoneText('1-800-662-4357')).toBe('+1 800-662-4357');
    expect(phoneText('call us')).toBe('call us');
  });

  it('keeps the digits of a number it cannot read', () => {
    expect(parseDialString('call us')).toBeNull();
    expect(telHref('call us')).toBe('tel:');
  });
});
