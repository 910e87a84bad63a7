import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MeetingInput } from '../../src/domain/meeting.js';
import { validateMeetingInput } from '../../src/domain/meeting-validation.js';
import { parseBmltFormats, parseBmltMeetings, parseBmltServiceBodies } from '../../src/interop/bmlt/parse-meetings.js';
import type { ParsedFeed } from '../../src/interop/parsed-feed.js';
import { CATALOGUE_RULES, TEST_HALL_ADDRESS } from '../support/fixtures.js';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/bmlt/${name}`, import.meta.url), 'utf8'));
}

const feed = parseBmltMeetings(fixture('search-results.json'));

function meeting(
  parsed: ParsedFeed,
  externalId: string,
): { input: MeetingInput; warnings: string[]; serviceBodyExternalId: string | null; sourceFormats: string[] | undefined } {
  const found = parsed.meetings.find((m) => m.externalId === externalId);
  if (!found) throw new Error(`no meeting ${externalId}; skipped: ${JSON.stringify(parsed.skipped)}`);
  return {
    input: found.input as unknown as MeetingInput,
    warnings: found.warnings,
    serviceBodyExternalId: found.serviceBodyExternalId,
    sourceFormats: found.sourceFormats,
  };
}

function skipReason(parsed: ParsedFeed, row: number): string | undefined {
  return parsed.skipped.find((s) => s.row === row)?.reason;
}

describe('parseBmltMeetings: a clean row', () => {
  it('maps every field of a GetSearchResults meeting', () => {
    const { input, warnings, serviceBodyExternalId } = meeting(feed, '101');
    expect(warnings).toEqual([]);
    expect(serviceBodyExternalId).toBe('3');
    expect(input.name).toBe('Sample Hope Group');
    expect(input.worldId).toBe('G00000101');
    expect(input.schedule).toEqual({ weekday: 1, startTime: '19:00', durationMinutes: 90, timeZone: 'America/Los_Angeles' });
    expect(input.attendance).toBe('in_person');
    expect(input.formats).toEqual(['C', 'BT', 'WC']);
    expect(input.languages).toEqual(['en']);
    expect(input.venue).toMatchObject({
      name: 'Sample Community Hall',
      ...TEST_HALL_ADDRESS,
      neighborhood: 'Old Town',
      county: 'Multnomah',
      notes: 'Side door, basement',
      trainLines: 'Sample Line',
      busLines: '15',
    });
    expect(input.published).toBe(true);
    expect(input.sample).toBe(false);
    expect(input.serviceBodyId).toBeNull();
    expect(input.provenance).toEqual({ source: null, externalId: null });
    // Answer-level fields are not kept; nothing else was unknown.
    expect(input.extras).toEqual({});
  });

  it('passes validation with the catalogue codes, for every meeting produced', () => {
    expect(feed.meetings.length).toBeGreaterThan(10);
    for (const m of feed.meetings) {
      const result = validateMeetingInput(m.input, CATALOGUE_RULES);
      expect(result.ok, `${m.externalId}: ${JSON.stringify(result.ok ? null : result.problems)}`).toBe(true);
    }
  });
});

describe('parseBmltMeetings: dirt that is repaired', () => {
  it.each([
    ['102', ['state "Oregon" read as "OR"', 'no time zone: America/Los_Angeles from the state OR']],
    [
      '103',
      [
        'conference phone "(555) 555-0100 PIN 1234#" read as "555 555-0100", the rest moved to the notes',
        'no time zone: America/Chicago from the coordinates',
      ],
    ],
    ['107', ['duration_time "00:00:00" not usable: 60 minutes assumed', 'unknown format id "999" dropped']],
    ['108', ['unknown format "XYZ" kept as a format of this source', 'HTML removed from notes']],
    ['112', ['postal code "2134" read as "02134"', 'no time zone: America/New_York from ZIP 02134 (Allston, MA)']],
    // DE is a language format the catalogue lacks: the meeting's language, not a format.
    ['114', []],
    ['115', []],
    ['116', ['latitude and longitude were swapped: put back']],
    ['117', ['time zone "Mars/Olympus_Mons" not recognised: America/Los_Angeles from the coordinates']],
    ['118', ['conference URL "meet.example.org/j/558" read as "https://meet.example.org/j/558"']],
  ])('meeting %s is kept with warnings %j', (id, warnings) => {
    expect(meeting(feed, id).warnings).toEqual(warnings);
  });

  it('reads a virtual meeting without a zone or a place', () => {
    const { input } = meeting(feed, '102');
    expect(input.attendance).toBe('online');
    expect(input.formats).toEqual(['O', 'VM']);
    expect(input.online).toEqual({
      conferenceUrl: 'https://meet.example.org/j/555',
      conferenceUrlNotes: 'Passcode 1234',
      conferencePhone: null,
      conferencePhoneNotes: null,
    });
    // "0","0" is BMLT's "no point".
    expect(input.venue.latitude).toBeNull();
  });

  it('reads a hybrid meeting and keeps the words of its phone field', () => {
    const { input } = meeting(feed, '103');
    expect(input.attendance).toBe('hybrid');
    expect(input.formats).toEqual(['O', 'HY']);
    expect(input.online.conferencePhone).toBe('555 555-0100');
    expect(input.online.conferencePhoneNotes).toBe('PIN 1234#');
  });

  it('strips HTML from comments', () => {
    expect(meeting(feed, '108').input.notes).toBe('Bring a friend.\n\nCoffee & cookies');
  });

  it('reads published "0" as unpublished', () => {
    expect(meeting(feed, '109').input.published).toBe(false);
  });

  it('turns a TC format into attendance: closed venue, or online when it meets online', () => {
    expect(meeting(feed, '111').input).toMatchObject({ attendance: 'temporarily_closed', formats: ['C', 'TC'] });
    expect(meeting(feed, '118').input).toMatchObject({ attendance: 'online', formats: ['VM', 'TC'] });
  });

  it('turns language formats into languages', () => {
    expect(meeting(feed, '113').input).toMatchObject({ formats: ['ES', 'O'], languages: ['es'] });
    expect(meeting(feed, '114').input).toMatchObject({ formats: [], languages: ['de'] });
  });

  it('reads numbers in strings with spaces, a lower-case zone, and keeps unknown fields as extras', () => {
    const { input } = meeting(feed, '115');
    expect(input.schedule.weekday).toBe(6);
    expect(input.schedule.timeZone).toBe('America/Los_Angeles');
    expect(input.venue.latitude).toBe(45.5);
    expect(input.extras).toEqual({ shared_group_id_bigint: '77' });
  });
});

describe('parseBmltMeetings: places for rows without coordinates', () => {
  it('places a virtual meeting with only a ZIP at that ZIP, approximately, and takes its zone from there', () => {
    const { input, warnings } = meeting(feed, '104');
    expect(input.attendance).toBe('online');
    expect(input.venue).toMatchObject({ postalCode: '97201', country: 'US', approximate: true });
    expect(input.venue.latitude).toBeCloseTo(45.5, 0);
    expect(input.schedule.timeZone).toBe('America/Los_Angeles');
    expect(warnings).toEqual(['no time zone: America/Los_Angeles from ZIP 97201 (Portland, OR)']);
  });

  it('reads the city subsection as the city when the municipality is empty', () => {
    const row = {
      id_bigint: '1',
      meeting_name: 'Sample Borough Group',
      weekday_tinyint: '2',
      start_time: '19:00:00',
      duration_time: '01:00:00',
      time_zone: 'America/New_York',
      venue_type: '1',
      location_street: '1 Example Ave',
      location_city_subsection: 'Brooklyn',
      location_municipality: '',
      location_province: 'NY',
      location_nation: 'US',
    };
    expect(parseBmltMeetings([row]).meetings[0]?.input.venue).toMatchObject({ city: 'Brooklyn', citySubsection: 'Brooklyn' });
    const withTown = parseBmltMeetings([{ ...row, location_municipality: 'New York' }]).meetings[0];
    expect(withTown?.input.venue).toMatchObject({ city: 'New York', citySubsection: 'Brooklyn' });
  });
});

describe('parseBmltMeetings: rows that are skipped', () => {
  it.each([
    [5, 'no id_bigint'],
    [6, 'duplicate id_bigint'],
    [7, 'weekday_tinyint "8" is not 1 (Sunday) to 7 (Saturday)'],
    [8, 'start_time "" is not a time'],
    [12, 'online meeting without a conference URL or phone'],
    [21, 'in-person meeting without an address'],
    [22, 'no meeting_name'],
    [23, 'not a meeting object'],
    [24, 'not a meeting object'],
    [25, 'not a meeting object'],
    [26, 'no id_bigint'],
  ])('row %i: %s', (row, reason) => {
    expect(skipReason(feed, row)).toBe(reason);
  });

  it('accounts for every row', () => {
    expect(feed.meetings.length + feed.skipped.length).toBe(26);
  });

  it('reports an answer that is not a list', () => {
    for (const payload of [null, 'x', 42, { meetings: 'no' }, {}]) {
      expect(parseBmltMeetings(payload)).toEqual({
        meetings: [],
        serviceBodies: [],
        skipped: [{ row: 0, externalId: null, name: null, reason: 'not a BMLT GetSearchResults answer (a list of meetings)' }],
      });
    }
    expect(parseBmltMeetings([])).toEqual({ meetings: [], serviceBodies: [], skipped: [] });
  });
});

describe('format matching', () => {
  it('matches by world id, then exact key, then key in any case, then key as a NAWS code', () => {
    const parsed = parseBmltMeetings(fixture('search-results-keys.json'));
    const { input, warnings } = meeting(parsed, '201');
    // "st" matches St in any case; "JFT" is no key of ours, but NAWS's code for Just for Today.
    expect(input.formats).toEqual(['O', 'BT', 'So', 'St', 'JT']);
    expect(warnings).toEqual(['unknown format "ZZ" kept as a format of this source']);
    expect(meeting(parsed, '201').sourceFormats).toEqual(['ZZ']);
  });

  it('reads attendance from VM and HY formats on servers without venue_type', () => {
    const parsed = parseBmltMeetings(fixture('search-results-keys.json'));
    expect(meeting(parsed, '202').input).toMatchObject({ attendance: 'online', formats: ['O', 'VM'] });
  });

  it('prefers a formats list given by the caller over the one in the answer', () => {
    const payload = fixture('search-results.json') as { meetings: unknown[] };
    const formats = parseBmltFormats(fixture('formats.json')).filter((f) => f.id !== '33');
    const parsed = parseBmltMeetings(payload, formats);
    expect(meeting(parsed, '101').warnings).toEqual(['unknown format id "33" dropped']);
  });

  it('falls back to key strings when there is no formats list', () => {
    const payload = fixture('search-results.json') as { meetings: unknown[] };
    const parsed = parseBmltMeetings(payload.meetings);
    // formats "C,Basic,wc": "Basic" has no world id to go by without the list.
    expect(meeting(parsed, '101').input.formats).toEqual(['C', 'WC']);
    expect(meeting(parsed, '101').warnings).toEqual(['unknown format "Basic" kept as a format of this source']);
    expect(meeting(parsed, '101').sourceFormats).toEqual(['Basic']);
    expect(parsed.formats).toEqual([
      {
        key: 'Basic',
        type: 'meeting_style',
        worldId: null,
        meetingGuideCode: null,
        text: { en: { name: 'Basic', description: 'Basic' }, es: { name: 'Basic', description: 'Basic' } },
      },
    ]);
  });
});

describe('formats a server has that the catalogue lacks', () => {
  const row = (id: string, key: string, lang: string, name: string, description: string, type = 'FC1') => ({
    id,
    key_string: key,
    name_string: name,
    description_string: description,
    lang,
    world_id: '',
    format_type_enum: type,
  });
  const getFormats = [
    row('1', 'O', 'en', 'Open', 'Anyone may attend.', 'O'),
    row('30', 'Ti', 'en', 'Timer', 'Shares are timed.'),
    row('30', 'Ti', 'de', 'Zeitnehmer', 'Die Redezeit wird gemessen.'),
    row('31', 'Rr', 'en', 'Round Robin', ''),
    row('32', 'Pi', 'de', 'Pitch', 'Ein Meeting mit Pitch.'),
    row('33', 'SC', 'en', 'Surveillance Cameras', 'Cameras in the building.', 'FC2'),
    { ...row('34', 'ITA', 'en', 'Italian', 'In Italian.', 'LANG'), world_id: 'LANG' },
  ];
  const meetingRow = {
    id_bigint: '900',
    meeting_name: 'Timed Shares',
    weekday_tinyint: '2',
    start_time: '19:00:00',
    duration_time: '01:00:00',
    time_zone: 'Europe/Berlin',
    latitude: '52.52',
    longitude: '13.405',
    location_text: 'Gemeindehaus',
    location_street: 'Beispielstraße 1',
    location_municipality: 'Berlin',
    location_nation: 'DE',
    format_shared_id_list: '1,30,31,32,34',
  };

  it('keeps Ti, Rr and Pi on the meeting, as formats of the source with the server’s labels in each language', () => {
    const parsed = parseBmltMeetings([meetingRow], parseBmltFormats(getFormats));
    const only = meeting(parsed, '900');
    expect(only.input.formats).toEqual(['O']);
    expect(only.input.languages).toEqual(['it']);
    expect(only.sourceFormats).toEqual(['Ti', 'Rr', 'Pi']);
    const byKey = new Map(parsed.formats?.map((f) => [f.key, f]));
    expect(byKey.get('Ti')?.text).toEqual({
      en: { name: 'Timer', description: 'Shares are timed.' },
      de: { name: 'Zeitnehmer', description: 'Die Redezeit wird gemessen.' },
      es: { name: 'Timer', description: 'Shares are timed.' },
    });
    // A blank description is the name; a format in German only shows its German words in English too.
    expect(byKey.get('Rr')?.text.en).toEqual({ name: 'Round Robin', description: 'Round Robin' });
    expect(byKey.get('Pi')?.text.en).toEqual({ name: 'Pitch', description: 'Ein Meeting mit Pitch.' });
  });

  it('grows from the whole GetFormats, used or not, with the kind BMLT files each under', () => {
    const parsed = parseBmltMeetings([meetingRow], parseBmltFormats(getFormats));
    expect(parsed.formats?.map((f) => [f.key, f.type])).toEqual([
      ['Ti', 'meeting_style'],
      ['Rr', 'meeting_style'],
      ['Pi', 'meeting_style'],
      ['SC', 'location'],
    ]);
  });
});

describe('parseBmltFormats', () => {
  it('reads rows with an id and a key, one per language', () => {
    const rows = parseBmltFormats(fixture('formats.json'));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({
      id: '17',
      key_string: 'O',
      name_string: 'Open',
      description_string: 'Anyone may attend.',
      lang: 'en',
      world_id: 'OPEN',
      format_type_enum: 'O',
    });
    expect(parseBmltFormats('nonsense')).toEqual([]);
    expect(parseBmltFormats({ formats: [{ id: 1, key_string: 'O' }] })).toHaveLength(1);
  });
});

describe('parseBmltServiceBodies', () => {
  const { serviceBodies, skipped } = parseBmltServiceBodies(fixture('service-bodies.json'));

  it('maps types, parents and contact fields', () => {
    expect(serviceBodies.map((b) => [b.externalId, b.parentExternalId, b.input.type])).toEqual([
      ['1', null, 'zone'],
      ['2', '1', 'region'],
      ['3', '2', 'area'],
      ['4', '2', 'metro'],
      ['5', '3', 'other'],
      ['6', null, 'other'],
    ]);
    expect(serviceBodies[1]!.input).toEqual({
      name: 'Sample Region',
      type: 'region',
      description: 'Serving the sample counties.',
      website: 'https://region.example.org',
      helpline: '555 555-0100',
      email: null,
      worldId: 'RG001',
    });
    // A bad url or helpline is left out, not fatal.
    expect(serviceBodies[2]!.input).toMatchObject({ website: null, helpline: null });
  });

  it('skips bodies without an id or name, and repeats', () => {
    expect(skipped).toEqual([
      { row: 7, externalId: null, name: 'No Id Body', reason: 'no id' },
      { row: 8, externalId: '7', name: null, reason: 'no name' },
      { row: 9, externalId: '3', name: 'Sample Area Again', reason: 'duplicate id' },
      { row: 10, externalId: null, name: null, reason: 'not a service body object' },
    ]);
    expect(parseBmltServiceBodies({}).skipped[0]!.reason).toBe('not a BMLT GetServiceBodies answer (a list of service bodies)');
  });
});
