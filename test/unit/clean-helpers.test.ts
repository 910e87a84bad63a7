import { describe, expect, it } from 'vitest';
import { splitFormattedAddress } from '../../src/interop/clean/formatted-address.js';
import { bmltDay, looseDay } from '../../src/interop/clean/loose-day.js';
import { looseCountry } from '../../src/interop/clean/loose-country.js';
import { looseCoordinates, looseNumber } from '../../src/interop/clean/loose-number.js';
import { loosePhone, looseUrl } from '../../src/interop/clean/loose-online.js';
import { loosePostalCode } from '../../src/interop/clean/loose-postal-code.js';
import { looseState } from '../../src/interop/clean/loose-state.js';
import { looseText } from '../../src/interop/clean/loose-text.js';
import { durationMinutes, looseTime, minutesBetween } from '../../src/interop/clean/loose-time.js';
import { plainTextFromHtml } from '../../src/interop/clean/plain-text-from-html.js';
import { zoneFor } from '../../src/interop/clean/zone-for.js';

describe('looseText', () => {
  it('trims strings, turns numbers into text, and reads blanks and other types as absent', () => {
    expect(looseText('  Sample  ')).toBe('Sample');
    expect(looseText(14)).toBe('14');
    expect(looseText('')).toBeNull();
    expect(looseText('   ')).toBeNull();
    expect(looseText(null)).toBeNull();
    expect(looseText({})).toBeNull();
    expect(looseText(Number.NaN)).toBeNull();
  });
});

describe('looseTime', () => {
  it.each([
    ['19:30', '19:30'],
    ['7:30', '07:30'],
    ['19:30:00', '19:30'],
    ['7:30 pm', '19:30'],
    ['7:30PM', '19:30'],
    ['7pm', '19:00'],
    ['7 p.m.', '19:00'],
    ['12:00 am', '00:00'],
    ['12:15 PM', '12:15'],
    ['noon', '12:00'],
    ['Midnight', '00:00'],
    ['24:00', '00:00'],
  ])('reads %j as %j', (text, time) => {
    expect(looseTime(text)).toBe(time);
  });

  it.each(['25:99', '19:60', '13:00 pm', '7', '', 'soon', '19:30:00:00'])('refuses %j', (text) => {
    expect(looseTime(text)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(looseTime(1930)).toBeNull();
  });
});

describe('durations', () => {
  it('reads BMLT durations in minutes', () => {
    expect(durationMinutes('01:30:00')).toBe(90);
    expect(durationMinutes('1:00')).toBe(60);
    expect(durationMinutes('24:00:00')).toBe(1440);
    expect(durationMinutes('00:00:00')).toBeNull();
    expect(durationMinutes('25:00:00')).toBeNull();
    expect(durationMinutes('abc')).toBeNull();
  });

  it('counts minutes to an end time, past midnight when the end is earlier', () => {
    expect(minutesBetween('19:00', '20:30')).toBe(90);
    expect(minutesBetween('23:30', '00:30')).toBe(60);
    expect(minutesBetween('19:00', '19:00')).toBeNull();
  });
});

describe('days', () => {
  it.each([
    [0, 0],
    [6, 6],
    ['3', 3],
    [' 3 ', 3],
    ['Monday', 1],
    ['monday', 1],
    ['Thurs.', 4],
    ['sábado', 6],
  ])('reads Meeting Guide day %j as %j', (raw, day) => {
    expect(looseDay(raw)).toBe(day);
  });

  it.each([7, -1, 1.5, 'Funday', '', null, [1]])('refuses %j', (raw) => {
    expect(looseDay(raw)).toBeNull();
  });

  it('turns BMLT 1 = Sunday days into 0 = Sunday days', () => {
    expect(bmltDay('1')).toBe(0);
    expect(bmltDay(' 7 ')).toBe(6);
    expect(bmltDay(2)).toBe(1);
    expect(bmltDay('0')).toBeNull();
    expect(bmltDay('8')).toBeNull();
  });
});

describe('numbers and coordinates', () => {
  it('reads numbers from numbers and numeric strings', () => {
    expect(looseNumber(' 45.5 ')).toBe(45.5);
    expect(looseNumber(-122.6)).toBe(-122.6);
    expect(looseNumber('')).toBeNull();
    expect(looseNumber('north')).toBeNull();
  });

  it('treats 0,0 as no point and swaps a reversed pair back', () => {
    expect(looseCoordinates('0', '0')).toEqual({ latitude: null, longitude: null, warning: null });
    expect(looseCoordinates('-122.6', '45.5')).toEqual({
      latitude: 45.5,
      longitude: -122.6,
      warning: 'latitude and longitude were swapped: put back',
    });
    expect(looseCoordinates('', '')).toEqual({ latitude: null, longitude: null, warning: null });
    expect(looseCoordinates('45.5', '')).toEqual({ latitude: null, longitude: null, warning: 'coordinates 45.5,  not usable: dropped' });
    expect(looseCoordinates(200, 300)).toEqual({ latitude: null, longitude: null, warning: 'coordinates 200, 300 out of range: dropped' });
  });
});

describe('places', () => {
  it('splits a one-line address from the end', () => {
    expect(splitFormattedAddress('4953 W Example St, Chicago, IL 60641, USA')).toEqual({
      street: '4953 W Example St',
      city: 'Chicago',
      state: 'IL',
      postalCode: '60641',
      country: 'USA',
    });
    expect(splitFormattedAddress('Albany, NY, USA')).toEqual({
      street: null,
      city: 'Albany',
      state: 'NY',
      postalCode: null,
      country: 'USA',
    });
    expect(splitFormattedAddress('100 Example St')).toEqual({
      street: '100 Example St',
      city: null,
      state: null,
      postalCode: null,
      country: null,
    });
  });

  it('reads states by code or name, and drops what is neither', () => {
    expect(looseState('or', 'US')).toEqual({ state: 'OR', warning: null });
    expect(looseState('Oregon', 'US')).toEqual({ state: 'OR', warning: 'state "Oregon" read as "OR"' });
    expect(looseState('Atlantis', 'US')).toEqual({ state: null, warning: 'state "Atlantis" not recognised: dropped' });
    expect(looseState('Ontario', 'CA')).toEqual({ state: 'ON', warning: 'state "Ontario" read as "ON"' });
    expect(looseState('Québec', 'CA')).toEqual({ state: 'QC', warning: 'state "Québec" read as "QC"' });
    expect(looseState('Nowhere', 'CA')).toEqual({ state: 'Nowhere', warning: null });
    expect(looseState('Bayern', 'DE')).toEqual({ state: 'Bayern', warning: null });
  });

  it('repairs US ZIPs that lost their zeros or their hyphen', () => {
    expect(loosePostalCode('2134', 'US')).toEqual({ postalCode: '02134', warning: 'postal code "2134" read as "02134"' });
    expect(loosePostalCode('972011234', 'US')).toEqual({
      postalCode: '97201-1234',
      warning: 'postal code "972011234" read as "97201-1234"',
    });
    expect(loosePostalCode('97201', 'US')).toEqual({ postalCode: '97201', warning: null });
    expect(loosePostalCode('ABC', 'US')).toEqual({ postalCode: null, warning: 'postal code "ABC" is not a US ZIP: dropped' });
    expect(loosePostalCode('K1A 0B1', 'CA')).toEqual({ postalCode: 'K1A 0B1', warning: null });
  });

  it('reads countries by code, alpha-3 or a name in any language, and assumes none', () => {
    expect(looseCountry(null)).toEqual({ code: null, warning: null });
    for (const [name, code] of [
      ['Deutschland', 'DE'],
      ['U.S.A', 'US'],
      ['U.S.A.', 'US'],
      ['Canadá', 'CA'],
      ['México', 'MX'],
      ['Mexico', 'MX'],
      ['États-Unis', 'US'],
      ['Estados Unidos', 'US'],
      ['Österreich', 'AT'],
      ['the Netherlands', 'NL'],
      ['UK', 'GB'],
      ['uk', 'GB'],
      ['de', 'DE'],
    ]) {
      expect(looseCountry(name!), name).toEqual({ code, warning: null });
    }
    expect(looseCountry('USA').code).toBe('US');
    expect(looseCountry('United States').code).toBe('US');
    expect(looseCountry('Canada').code).toBe('CA');
    expect(looseCountry('us').code).toBe('US');
    expect(looseCountry('Narnia')).toEqual({ code: null, warning: 'country "Narnia" not recognised: dropped' });
  });
});

describe('links and phones', () => {
  it('keeps web addresses, repairs bare domains and drops the rest', () => {
    expect(looseUrl('https://meet.example.org/j/1', 'conference URL')).toEqual({ value: 'https://meet.example.org/j/1', warning: null });
    expect(looseUrl('meet.example.org/j/1', 'conference URL')).toEqual({
      value: 'https://meet.example.org/j/1',
      warning: 'conference URL "meet.example.org/j/1" read as "https://meet.example.org/j/1"',
    });
    expect(looseUrl('see our site', 'website')).toEqual({ value: null, warning: 'website "see our site" is not a web address: dropped' });
    expect(looseUrl('javascript:alert(1)', 'website').value).toBeNull();
  });

  it('repairs phone numbers and keeps the words for the notes', () => {
    expect(loosePhone('+1 555 555 0100,,123#', 'conference phone')).toEqual({ phone: '+1 555 555 0100,,123#', rest: null, warning: null });
    expect(loosePhone('(555) 555-0100', 'conference phone')).toEqual({ phone: '555 555-0100', rest: null, warning: null });
    expect(loosePhone('Dial 555-555-0100 then PIN', 'conference phone')).toEqual({
      phone: '555-555-0100',
      rest: 'Dial then PIN',
      warning: 'conference phone "Dial 555-555-0100 then PIN" read as "555-555-0100", the rest moved to the notes',
    });
    // Longer than the 41 characters that used to be kept: never cut in the middle of its digits.
    const zoom = '+1 646 558 8656,,86912345678#,,,,*123456#,,,,9876543210#';
    expect(loosePhone(zoom, 'conference phone')).toEqual({ phone: zoom, rest: null, warning: null });
    const two = '+1 646 558 8656,,86912345678#; +1 301 715 8592,,86912345678#';
    expect(loosePhone(two, 'conference phone')).toEqual({ phone: two, rest: null, warning: null });
    expect(loosePhone(`Dial ${zoom} from a landline`, 'conference phone')).toMatchObject({ phone: zoom, rest: 'Dial from a landline' });
    expect(loosePhone('ask the secretary', 'conference phone')).toEqual({
      phone: null,
      rest: 'ask the secretary',
      warning: 'conference phone "ask the secretary" is not a phone number: moved to the notes',
    });
  });
});

describe('plainTextFromHtml', () => {
  it('turns markup into text with its line breaks', () => {
    expect(plainTextFromHtml('<p>Bring a <b>friend</b>.</p><p>Coffee &amp; cookies</p>')).toEqual({
      text: 'Bring a friend.\n\nCoffee & cookies',
      changed: true,
    });
    expect(plainTextFromHtml('<script>alert(1)</script>Hello')).toEqual({ text: 'Hello', changed: true });
  });

  it("keeps the feed's own newlines, <br>, </p> and list items as lines (Zoom instructions stay on theirs)", () => {
    expect(plainTextFromHtml('Meeting ID: 869 1234 5678\nPasscode: 123456 &amp; bring coffee\r\nOne tap: +16465588656')).toEqual({
      text: 'Meeting ID: 869 1234 5678\nPasscode: 123456 & bring coffee\nOne tap: +16465588656',
      changed: true,
    });
    expect(plainTextFromHtml('Meeting ID: 869<br>Passcode: 1<br />\r\nDial: 2<BR/>Done').text).toBe(
      'Meeting ID: 869\nPasscode: 1\nDial: 2\nDone',
    );
    expect(plainTextFromHtml('<p>One</p>\n<p>Two</p>').text).toBe('One\n\nTwo');
    expect(plainTextFromHtml('<ul><li>Step one</li><li>Step two</li></ul>').text).toBe('• Step one\n• Step two');
  });

  it('decodes named and numeric entities', () => {
    expect(plainTextFromHtml('Tom&apos;s &hellip; caf&eacute; &#8211; &#x2014; &lt;b&gt;').text).toBe("Tom's … café – — <b>");
  });

  it('leaves plain text alone, including angle brackets that are not tags', () => {
    expect(plainTextFromHtml('Steps 1 < 2 > 0')).toEqual({ text: 'Steps 1 < 2 > 0', changed: false });
    expect(plainTextFromHtml(null)).toEqual({ text: null, changed: false });
  });
});

describe('zoneFor', () => {
  const place = {
    latitude: null,
    longitude: null,
    state: null,
    country: 'US',
    countryFrom: 'row',
    onlineOnly: false,
    approximate: null,
  } as const;

  it('keeps a good zone, repairing its case', () => {
    expect(zoneFor({ ...place, given: 'america/chicago' })).toEqual({ zone: 'America/Chicago', warning: null, certainty: 'firm' });
  });

  it('finds a missing zone from coordinates, then from the state', () => {
    expect(zoneFor({ ...place, given: null, latitude: 41.88, longitude: -87.63 })).toEqual({
      zone: 'America/Chicago',
      warning: 'no time zone: America/Chicago from the coordinates',
      certainty: 'firm',
    });
    expect(zoneFor({ ...place, given: 'Mars/Base', state: 'AZ' })).toEqual({
      zone: 'America/Phoenix',
      warning: 'time zone "Mars/Base" not recognised: America/Phoenix from the state AZ',
      certainty: 'firm',
    });
  });

  it('answers null when nothing places the meeting', () => {
    expect(zoneFor({ ...place, given: null })).toEqual({ zone: null, warning: null, certainty: 'none' });
  });

  it("outside the US, takes a one-zone country's zone, whatever the coordinates", () => {
    const berlin = { ...place, given: null, country: 'DE', latitude: 52.52, longitude: 13.4 };
    expect(zoneFor(berlin)).toEqual({
      zone: 'Europe/Berlin',
      warning: 'no time zone: Europe/Berlin from the country DE',
      certainty: 'firm',
    });
    // A German virtual meeting with placeholder coordinates in California.
    expect(zoneFor({ ...berlin, latitude: 37.77, longitude: -122.42, onlineOnly: true }).zone).toBe('Europe/Berlin');
    expect(zoneFor({ ...place, given: null, country: 'IE' }).zone).toBe('Europe/Dublin');
  });

  it('in a country of several zones, uses the coordinates, then the province', () => {
    const edmonton = { ...place, given: null, country: 'CA', state: 'AB', latitude: 53.52, longitude: -113.5 };
    expect(zoneFor(edmonton)).toMatchObject({ zone: 'America/Edmonton', certainty: 'firm' });
    expect(zoneFor({ ...edmonton, latitude: null, longitude: null })).toEqual({
      zone: 'America/Edmonton',
      warning: 'no time zone: America/Edmonton from the province AB',
      certainty: 'firm',
    });
    expect(zoneFor({ ...edmonton, state: 'ON', latitude: null, longitude: null }).zone).toBe('America/Toronto');
  });

  it("trusts an online meeting's coordinates only when its own address puts them in its country", () => {
    const online = { ...place, given: null, onlineOnly: true, latitude: 41.88, longitude: -87.63 };
    expect(zoneFor(online)).toMatchObject({ zone: 'America/Chicago', certainty: 'firm' });
    // Known only from the coordinates themselves, the country and zone are guesses for the feed to weigh.
    expect(zoneFor({ ...online, countryFrom: 'coordinates' })).toMatchObject({ zone: 'America/Chicago', certainty: 'guess' });
    // Coordinates in another country than the row names are a placeholder: the state decides, or nothing.
    expect(zoneFor({ ...online, latitude: 52.52, longitude: 13.4, state: 'IL' })).toMatchObject({
      zone: 'America/Chicago',
      certainty: 'firm',
    });
    expect(zoneFor({ ...online, latitude: 52.52, longitude: 13.4, country: 'MX' })).toMatchObject({ zone: null, certainty: 'none' });
  });
});
