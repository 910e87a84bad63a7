import { describe, expect, it } from 'vitest';
import { FORMAT_CATALOGUE } from '../../src/domain/formats-catalogue.js';
import { KM_PER_MILE } from '../../src/domain/geo.js';
import { STARTER_PROGRAMS } from '../../src/domain/program.js';
import {
  cursorFor,
  parseQueryParams,
  QUERY_PARAMETERS,
  QueryError,
  type QueryContext,
  type RawParams,
} from '../../src/domain/query-params.js';
import { emptyQuery, type Query } from '../../src/domain/query.js';
import { usPlaces, type Place } from '../../src/geo/places.js';

const context: QueryContext = {
  resolvePlace: (text) => usPlaces().resolve(text),
  formatCodes: new Set(FORMAT_CATALOGUE.map((f) => f.code)),
  programCodes: new Set(STARTER_PROGRAMS.map((p) => p.code)),
};

function parse(params: RawParams, ctx: QueryContext = context): Query {
  return parseQueryParams(params, ctx);
}

/** The QueryError the parameters are refused with; fails the test when they parse. */
function refusal(params: RawParams, ctx: QueryContext = context): QueryError {
  let parsed: Query;
  try {
    parsed = parse(params, ctx);
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(params)} parsed without error: ${JSON.stringify(parsed)}`);
}

/** Asserts the parameters are refused, naming `parameter`. */
function expectRefused(params: RawParams, parameter: string): QueryError {
  const error = refusal(params);
  expect(error.parameter, `${JSON.stringify(params)}: ${error.message}`).toBe(parameter);
  expect(error.name).toBe('QueryError');
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

/** What the gazetteer itself answers for a text, to compare the parser's place with. */
function resolved(text: string): Place {
  const resolution = usPlaces().resolve(text);
  if (!resolution.ok) throw new Error(`${text} does not resolve`);
  return resolution.place;
}

const kmOf = (miles: number): number => Math.round(miles * KM_PER_MILE * 10) / 10;

describe('parseQueryParams: defaults', () => {
  it('gives the empty query for no parameters', () => {
    const query = parse({});
    expect(query).toEqual(emptyQuery());
    expect(query).toMatchObject({
      place: null,
      radius: null,
      nearest: null,
      unit: 'mi',
      sort: 'next',
      limit: 25,
      offset: 0,
      timeZone: 'UTC',
      withinMinutes: 60,
      status: null,
      text: null,
    });
  });

  it('ignores blank values', () => {
    expect(parse({ near: '', day: ' , ', q: '   ', formats: '', limit: ' ' })).toEqual(emptyQuery());
    expect(parse({ near: undefined })).toEqual(emptyQuery());
  });

  it('with a place, sorts today first, uses the place zone and its default radius', () => {
    const portland = resolved('Portland, OR');
    const query = parse({ near: 'Portland, OR' });
    expect(query.sort).toBe('today');
    expect(query.timeZone).toBe('America/Los_Angeles');
    expect(query.radius).toBe(portland.radiusMiles);
    expect(query.unit).toBe('mi');
    expect(query.nearest).toBeNull();
    expect(query.limit).toBe(25);
  });

  it('converts the default radius to kilometres, to one decimal', () => {
    const portland = resolved('Portland, OR');
    const query = parse({ near: 'Portland, OR', unit: 'km' });
    expect(query.unit).toBe('km');
    expect(query.radius).toBe(kmOf(portland.radiusMiles));
    expect(query.radius).toBeCloseTo(portland.radiusMiles * KM_PER_MILE, 1);
  });

  it('has no radius when nearest is given without one', () => {
    expect(parse({ near: '97201', nearest: '5' })).toMatchObject({ nearest: 5, radius: null });
    expect(parse({ near: '97201', nearest: '5', radius: '3' })).toMatchObject({ nearest: 5, radius: 3 });
  });

  it('lets sort and tz override the place defaults', () => {
    expect(parse({ near: '97201', sort: 'name', tz: 'America/New_York' })).toMatchObject({
      sort: 'name',
      timeZone: 'America/New_York',
    });
    expect(parse({ near: '97201', sort: 'next' }).sort).toBe('next');
    expect(parse({ near: '97201', sort: 'distance' }).sort).toBe('distance');
  });

  it('parses every parameter at once', () => {
    const query = parse({
      near: 'Portland, OR',
      radius: '30',
      unit: 'km',
      nearest: '10',
      day: ['monday', '3', 'tomorrow'],
      after: '18:00',
      before: '21:30',
      status: 'soon',
      within: '90',
      attendance: 'in_person,hybrid',
      formats: 'C,BT',
      formats_any: 'W,M',
      formats_not: 'SD',
      program: 'na',
      category: 'addiction',
      language: 'EN',
      state: 'Oregon,wa',
      city: 'Portland',
      service_body: '12',
      ids: '1,2',
      q: 'clean serene',
      sort: 'name',
      limit: '50',
      cursor: cursorFor(100),
      tz: 'America/Chicago',
    });
    const portland = resolved('Portland, OR');
    expect(query).toEqual<Query>({
      place: { latitude: portland.latitude, longitude: portland.longitude, label: 'Portland, OR', timeZone: 'America/Los_Angeles' },
      radius: 30,
      unit: 'km',
      nearest: 10,
      days: [1, 3],
      relativeDays: ['tomorrow'],
      after: '18:00',
      before: '21:30',
      status: 'soon',
      withinMinutes: 90,
      attendance: ['in_person', 'hybrid'],
      formats: ['C', 'BT'],
      formatsAny: ['W', 'M'],
      formatsNot: ['SD'],
      programs: ['NA'],
      categories: ['addiction'],
      languages: ['en'],
      states: ['OR', 'WA'],
      cities: ['Portland'],
      serviceBodies: [12],
      ids: [1, 2],
      text: 'clean serene',
      sort: 'name',
      limit: 50,
      offset: 100,
      timeZone: 'America/Chicago',
    });
  });
});

describe('parseQueryParams: near', () => {
  it('takes a ZIP code', () => {
    const zip = resolved('97201');
    const query = parse({ near: '97201' });
    expect(query.place).toEqual({
      latitude: zip.latitude,
      longitude: zip.longitude,
      label: '97201 (Portland, OR)',
      timeZone: 'America/Los_Angeles',
    });
    expect(query.radius).toBe(zip.radiusMiles);
    expect(query.radius).toBe(10);
  });

  it('takes "City, ST" whole: the comma does not split it', () => {
    const city = resolved('Portland, OR');
    for (const near of ['Portland, OR', ['Portland, OR'], '  Portland, OR  ']) {
      const query = parse({ near });
      expect(query.place).toEqual({
        latitude: city.latitude,
        longitude: city.longitude,
        label: 'Portland, OR',
        timeZone: 'America/Los_Angeles',
      });
      expect(query.radius).toBe(city.radiusMiles);
    }
  });

  it('takes a state name', () => {
    const state = resolved('Oregon');
    const query = parse({ near: 'Oregon' });
    expect(query.place).toMatchObject({
      label: 'Oregon',
      latitude: state.latitude,
      longitude: state.longitude,
      timeZone: 'America/Los_Angeles',
    });
    expect(query.radius).toBe(state.radiusMiles);
    expect(query.radius).toBeGreaterThan(100);
  });

  it('refuses an unknown place with suggestions', () => {
    const error = expectRefused({ near: 'Portlnd, OR' }, 'near');
    expect(error.suggestions).toContain('Portland, OR');
    expect(error.message).toContain('Portlnd, OR');
    expect(error.message).toContain('Portland, OR');
  });

  it('suggests every same-named city for an ambiguous name', () => {
    const error = expectRefused({ near: 'Portland' }, 'near');
    expect(error.suggestions).toEqual(expect.arrayContaining(['Portland, OR', 'Portland, ME']));
  });

  it('refuses a place it knows nothing like, with a hint and no suggestions', () => {
    const error = expectRefused({ near: 'Xyzzyqq' }, 'near');
    expect(error.suggestions).toEqual([]);
    expect(error.message).toMatch(/ZIP/);
  });

  it('refuses a near longer than 100 characters', () => {
    expectRefused({ near: `Portland, OR ${'x'.repeat(100)}` }, 'near');
  });

  it('refuses near together with lat or lng', () => {
    expectRefused({ near: '97201', lat: '45', lng: '-122' }, 'near');
    expectRefused({ near: '97201', lat: '45' }, 'near');
    expectRefused({ near: '97201', lng: '-122' }, 'near');
  });
});

describe('parseQueryParams: lat and lng', () => {
  it('takes raw coordinates with the default 25-mile radius and no zone', () => {
    const query = parse({ lat: '45.5', lng: '-122.6' });
    expect(query.place).toEqual({ latitude: 45.5, longitude: -122.6, label: null, timeZone: null });
    expect(query.radius).toBe(25);
    expect(query.sort).toBe('today');
    expect(query.timeZone).toBe('UTC');
    expect(parse({ lat: '45.5', lng: '-122.6', unit: 'km' }).radius).toBe(kmOf(25));
    expect(parse({ lat: '45.5', lng: '-122.6', tz: 'America/Los_Angeles' }).timeZone).toBe('America/Los_Angeles');
  });

  it('needs both', () => {
    expectRefused({ lat: '45' }, 'lng');
    expectRefused({ lng: '-122' }, 'lat');
  });

  it('accepts the ends of their ranges', () => {
    expect(parse({ lat: '90', lng: '180' }).place).toMatchObject({ latitude: 90, longitude: 180 });
    expect(parse({ lat: '-90', lng: '-180' }).place).toMatchObject({ latitude: -90, longitude: -180 });
    expect(parse({ lat: '0', lng: '0' }).place).toMatchObject({ latitude: 0, longitude: 0 });
  });

  it('refuses values out of range or not numbers', () => {
    expectRefused({ lat: '90.5', lng: '0' }, 'lat');
    expectRefused({ lat: '-91', lng: '0' }, 'lat');
    expectRefused({ lat: '0', lng: '180.01' }, 'lng');
    expectRefused({ lat: '0', lng: '-181' }, 'lng');
    expectRefused({ lat: 'north', lng: '0' }, 'lat');
    expectRefused({ lat: '1e1', lng: '0' }, 'lat');
    expectRefused({ lat: '0', lng: 'NaN' }, 'lng');
    expectRefused({ lat: '0', lng: 'Infinity' }, 'lng');
  });
});

describe('parseQueryParams: radius, nearest and sort=distance', () => {
  it('need a place', () => {
    expectRefused({ radius: '5' }, 'radius');
    expectRefused({ nearest: '5' }, 'nearest');
    expectRefused({ sort: 'distance' }, 'sort');
  });

  it('takes radius in miles from 0.1 to 500', () => {
    expect(parse({ near: '97201', radius: '0.1' }).radius).toBe(0.1);
    expect(parse({ near: '97201', radius: '12.5' }).radius).toBe(12.5);
    expect(parse({ near: '97201', radius: '500' }).radius).toBe(500);
    expectRefused({ near: '97201', radius: '0.05' }, 'radius');
    expectRefused({ near: '97201', radius: '0' }, 'radius');
    expectRefused({ near: '97201', radius: '500.5' }, 'radius');
    expectRefused({ near: '97201', radius: '600' }, 'radius');
    expectRefused({ near: '97201', radius: '-5' }, 'radius');
    expectRefused({ near: '97201', radius: 'far' }, 'radius');
  });

  it('takes radius in kilometres from 0.1 to 800', () => {
    expect(parse({ near: '97201', radius: '600', unit: 'km' })).toMatchObject({ radius: 600, unit: 'km' });
    expect(parse({ near: '97201', radius: '800', unit: 'KM' })).toMatchObject({ radius: 800, unit: 'km' });
    expectRefused({ near: '97201', radius: '800.1', unit: 'km' }, 'radius');
    expectRefused({ near: '97201', radius: '0.01', unit: 'km' }, 'radius');
  });

  it('refuses a unit other than mi or km', () => {
    expectRefused({ unit: 'miles' }, 'unit');
    expectRefused({ near: '97201', unit: 'm' }, 'unit');
  });

  it('takes nearest as a whole number from 1 to 1000', () => {
    expect(parse({ near: '97201', nearest: '1' }).nearest).toBe(1);
    expect(parse({ near: '97201', nearest: '1000' }).nearest).toBe(1000);
    for (const bad of ['0', '1001', '2.5', '-3', 'ten', '1e2']) expectRefused({ near: '97201', nearest: bad }, 'nearest');
  });

  it('takes sort today, distance, next or name, case-insensitively', () => {
    expect(parse({ near: '97201', sort: 'Today' }).sort).toBe('today');
    expect(parse({ near: '97201', sort: 'distance' }).sort).toBe('distance');
    expect(parse({ sort: 'NAME' }).sort).toBe('name');
    expect(parse({ sort: 'next' }).sort).toBe('next');
    expectRefused({ sort: 'random' }, 'sort');
    expect(() => parse({ sort: 'random' })).toThrow(/today, distance, next, name/);
  });

  it('takes sort=today without a place as soonest first: there is nothing to be near', () => {
    expect(parse({ sort: 'today' }).sort).toBe('next');
  });
});

describe('parseQueryParams: day', () => {
  it('takes numbers 0 (Sunday) to 6', () => {
    for (let day = 0; day <= 6; day++) expect(parse({ day: String(day) }).days).toEqual([day]);
  });

  it('takes English and Spanish names and abbreviations, in any case', () => {
    const cases: [string, number][] = [
      ['Sunday', 0],
      ['sun', 0],
      ['domingo', 0],
      ['MONDAY', 1],
      ['Mon', 1],
      ['lunes', 1],
      ['tuesday', 2],
      ['tue', 2],
      ['Tues', 2],
      ['martes', 2],
      ['wednesday', 3],
      ['wed', 3],
      ['miercoles', 3],
      ['miércoles', 3],
      ['MIÉRCOLES', 3],
      ['thursday', 4],
      ['thu', 4],
      ['thur', 4],
      ['thurs', 4],
      ['jueves', 4],
      ['friday', 5],
      ['fri', 5],
      ['viernes', 5],
      ['saturday', 6],
      ['sat', 6],
      ['sabado', 6],
      ['Sábado', 6],
    ];
    for (const [word, day] of cases) expect(parse({ day: word }).days, word).toEqual([day]);
  });

  it('takes today and tomorrow as days in the viewer zone', () => {
    expect(parse({ day: 'today' })).toMatchObject({ days: [], relativeDays: ['today'] });
    expect(parse({ day: 'Tomorrow' })).toMatchObject({ days: [], relativeDays: ['tomorrow'] });
    expect(parse({ day: 'today,tomorrow,today' }).relativeDays).toEqual(['today', 'tomorrow']);
  });

  it('takes repeated and comma-separated values, sorted and without repeats', () => {
    expect(parse({ day: ['1', '3'] }).days).toEqual([1, 3]);
    expect(parse({ day: '5,1' }).days).toEqual([1, 5]);
    expect(parse({ day: [' monday , friday ', '1', 'sat'] }).days).toEqual([1, 5, 6]);
    expect(parse({ day: ['1,2', '2', 'today'] })).toMatchObject({ days: [1, 2], relativeDays: ['today'] });
  });

  it('refuses anything else', () => {
    for (const bad of ['7', '-1', '1.0', 'funday', 'yesterday', 'mo', 'constructor', '__proto__', 'tostring']) {
      expectRefused({ day: bad }, 'day');
    }
    expectRefused({ day: ['1', 'someday'] }, 'day');
    expectRefused({ day: '1,someday' }, 'day');
  });
});

describe('parseQueryParams: after and before', () => {
  it('take a 24-hour HH:MM', () => {
    expect(parse({ after: '18:00', before: '21:30' })).toMatchObject({ after: '18:00', before: '21:30' });
    expect(parse({ after: '00:00', before: '23:59' })).toMatchObject({ after: '00:00', before: '23:59' });
  });

  it('refuse other forms', () => {
    for (const bad of ['9:00', '24:00', '18:60', '6pm', '1800', '18:00:00', 'noon']) {
      expectRefused({ after: bad }, 'after');
      expectRefused({ before: bad }, 'before');
    }
  });
});

describe('parseQueryParams: status and within', () => {
  it('takes now, soon and today', () => {
    expect(parse({ status: 'now' })).toMatchObject({ status: 'now', withinMinutes: 60 });
    expect(parse({ status: 'soon' })).toMatchObject({ status: 'soon', withinMinutes: 60 });
    expect(parse({ status: 'TODAY' }).status).toBe('today');
    expectRefused({ status: 'later' }, 'status');
    expectRefused({ status: 'now,soon' }, 'status');
  });

  it('takes within only with status=soon, from 1 to 1440 minutes', () => {
    expect(parse({ status: 'soon', within: '30' }).withinMinutes).toBe(30);
    expect(parse({ status: 'soon', within: '1' }).withinMinutes).toBe(1);
    expect(parse({ status: 'soon', within: '1440' }).withinMinutes).toBe(1440);
    expectRefused({ within: '30' }, 'within');
    expectRefused({ status: 'now', within: '30' }, 'within');
    expectRefused({ status: 'today', within: '30' }, 'within');
    for (const bad of ['0', '1441', '2.5', 'soon', '-5']) expectRefused({ status: 'soon', within: bad }, 'within');
  });
});

describe('parseQueryParams: attendance', () => {
  it('takes the four ways of attending, as a list', () => {
    for (const value of ['in_person', 'online', 'hybrid', 'temporarily_closed'] as const) {
      expect(parse({ attendance: value }).attendance).toEqual([value]);
    }
    expect(parse({ attendance: 'online,hybrid' }).attendance).toEqual(['online', 'hybrid']);
    expect(parse({ attendance: ['Online', 'IN_PERSON'] }).attendance).toEqual(['online', 'in_person']);
  });

  it('refuses anything else', () => {
    expectRefused({ attendance: 'remote' }, 'attendance');
    expectRefused({ attendance: 'online,in-person' }, 'attendance');
  });
});

describe('parseQueryParams: formats, formats_any, formats_not', () => {
  const names = [
    ['formats', 'formats'],
    ['formats_any', 'formatsAny'],
    ['formats_not', 'formatsNot'],
  ] as const;

  it('take known codes as a list', () => {
    for (const [parameter, field] of names) {
      expect(parse({ [parameter]: 'C,BT' })[field]).toEqual(['C', 'BT']);
      expect(parse({ [parameter]: ['So', 'St', 'SPAD'] })[field]).toEqual(['So', 'St', 'SPAD']);
    }
  });

  it('take a code in another case when it matches exactly one code', () => {
    for (const [parameter, field] of names) {
      expect(parse({ [parameter]: 'c,bt,so,st,spad' })[field]).toEqual(['C', 'BT', 'So', 'St', 'SPAD']);
    }
  });

  it('refuse an unknown code, naming the parameter', () => {
    for (const [parameter] of names) {
      expectRefused({ [parameter]: 'XYZ' }, parameter);
      expectRefused({ [parameter]: 'C,nope' }, parameter);
    }
  });

  it('refuse a code that matches several codes only loosely', () => {
    const ambiguous: QueryContext = { ...context, formatCodes: new Set(['So', 'SO', 'C']) };
    expect(parse({ formats: 'So' }, ambiguous).formats).toEqual(['So']);
    expect(parse({ formats: 'SO' }, ambiguous).formats).toEqual(['SO']);
    expect(parse({ formats: 'c' }, ambiguous).formats).toEqual(['C']);
    expect(refusal({ formats: 'so' }, ambiguous).parameter).toBe('formats');
  });
});

describe('parseQueryParams: program, category, language, state, city', () => {
  it('takes known program codes, case-insensitively', () => {
    expect(parse({ program: 'NA' }).programs).toEqual(['NA']);
    expect(parse({ program: 'na,nar-anon' }).programs).toEqual(['NA', 'NAR-ANON']);
    expectRefused({ program: 'XA' }, 'program');
  });

  it('takes challenge categories', () => {
    expect(parse({ category: 'addiction,grief_trauma' }).categories).toEqual(['addiction', 'grief_trauma']);
    expect(parse({ category: 'Life_Transitions' }).categories).toEqual(['life_transitions']);
    expectRefused({ category: 'sadness' }, 'category');
  });

  it('takes two- and three-letter language codes, lower-cased', () => {
    expect(parse({ language: 'en,ES' }).languages).toEqual(['en', 'es']);
    expect(parse({ language: 'fil' }).languages).toEqual(['fil']);
    for (const bad of ['english', 'e', 'e1', 'en-US']) expectRefused({ language: bad }, 'language');
  });

  it('takes states by code or name', () => {
    expect(parse({ state: 'OR' }).states).toEqual(['OR']);
    expect(parse({ state: 'or' }).states).toEqual(['OR']);
    expect(parse({ state: 'Oregon' }).states).toEqual(['OR']);
    expect(parse({ state: ['new york', 'District of Columbia'] }).states).toEqual(['NY', 'DC']);
    expect(parse({ state: 'OR,wa' }).states).toEqual(['OR', 'WA']);
    expectRefused({ state: 'XX' }, 'state');
    expectRefused({ state: 'Oregn' }, 'state');
  });

  it('takes cities as given, each at most 100 characters', () => {
    expect(parse({ city: 'Portland' }).cities).toEqual(['Portland']);
    expect(parse({ city: ['Portland', 'salem'] }).cities).toEqual(['Portland', 'salem']);
    expect(parse({ city: 'x'.repeat(100) }).cities).toEqual(['x'.repeat(100)]);
    expectRefused({ city: 'x'.repeat(101) }, 'city');
  });
});

describe('parseQueryParams: service_body and ids', () => {
  for (const [parameter, field] of [
    ['service_body', 'serviceBodies'],
    ['ids', 'ids'],
  ] as const) {
    it(`${parameter} takes positive whole numbers`, () => {
      expect(parse({ [parameter]: '3' })[field]).toEqual([3]);
      expect(parse({ [parameter]: ['3,7', '12'] })[field]).toEqual([3, 7, 12]);
      for (const bad of ['0', '-1', '1.5', 'abc', '01', '12345678901']) expectRefused({ [parameter]: bad }, parameter);
    });
  }
});

describe('parseQueryParams: q', () => {
  it('takes text of at most 200 characters', () => {
    expect(parse({ q: 'clean and serene' }).text).toBe('clean and serene');
    expect(parse({ q: '  serene ' }).text).toBe('serene');
    expect(parse({ q: 'a, b' }).text).toBe('a, b');
    expect(parse({ q: 'x'.repeat(200) }).text).toBe('x'.repeat(200));
    expectRefused({ q: 'x'.repeat(201) }, 'q');
  });
});

describe('parseQueryParams: limit and cursor', () => {
  it('takes limit from 1 to 200', () => {
    expect(parse({ limit: '1' }).limit).toBe(1);
    expect(parse({ limit: '200' }).limit).toBe(200);
    for (const bad of ['0', '201', '-1', '2.5', 'all', '1e2']) expectRefused({ limit: bad }, 'limit');
  });

  it('round-trips an offset through cursorFor', () => {
    for (const offset of [0, 1, 25, 100, 4975, 1_234_567]) {
      const cursor = cursorFor(offset);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(parse({ cursor }).offset).toBe(offset);
    }
  });

  it('refuses a cursor it did not make', () => {
    const bad = [
      'garbage!',
      'not a cursor',
      Buffer.from('o:abc').toString('base64url'),
      Buffer.from('x:25').toString('base64url'),
      Buffer.from('o:-5').toString('base64url'),
      Buffer.from('o:12345678').toString('base64url'),
      'A'.repeat(40),
    ];
    for (const cursor of bad) expectRefused({ cursor }, 'cursor');
  });
});

describe('parseQueryParams: tz', () => {
  it('takes an IANA zone, in any case, giving its proper name', () => {
    expect(parse({ tz: 'America/Chicago' }).timeZone).toBe('America/Chicago');
    expect(parse({ tz: 'america/chicago' }).timeZone).toBe('America/Chicago');
    expect(parse({ tz: 'Pacific/Honolulu' }).timeZone).toBe('Pacific/Honolulu');
    expect(parse({ tz: 'UTC' }).timeZone).toBe('UTC');
  });

  it('refuses anything else', () => {
    for (const bad of ['Mars/Olympus', 'Central', 'GMT+25', 'America/Chicago/Loop']) expectRefused({ tz: bad }, 'tz');
  });
});

describe('parseQueryParams: unknown and repeated parameters', () => {
  it('refuses an unknown parameter, naming it', () => {
    const error = expectRefused({ dya: '1' }, 'dya');
    expect(error.message).toContain('dya');
    expectRefused({ limit: '5', color: 'red' }, 'color');
    expectRefused({ Day: '1' }, 'Day');
  });

  it('knows every documented parameter', () => {
    const sample: Record<(typeof QUERY_PARAMETERS)[number], string> = {
      lat: '45',
      lng: '-122',
      near: '',
      radius: '5',
      unit: 'mi',
      nearest: '3',
      day: '1',
      after: '08:00',
      before: '20:00',
      status: 'soon',
      within: '30',
      attendance: 'online',
      formats: 'O',
      formats_any: 'C',
      formats_not: 'W',
      program: 'NA',
      category: 'addiction',
      language: 'en',
      state: 'OR',
      city: 'Portland',
      service_body: '1',
      ids: '1',
      q: 'hope',
      sort: 'name',
      limit: '10',
      cursor: cursorFor(10),
      tz: 'UTC',
    };
    expect(() => parse(sample)).not.toThrow();
  });

  const twice: [string, RawParams][] = [
    ['near', { near: ['97201', '97202'] }],
    ['lat', { lat: ['45', '46'], lng: '-122' }],
    ['lng', { lat: '45', lng: ['-122', '-121'] }],
    ['radius', { near: '97201', radius: ['5', '10'] }],
    ['unit', { unit: ['mi', 'km'] }],
    ['unit', { near: '97201', unit: 'km,mi' }],
    ['nearest', { near: '97201', nearest: ['5', '6'] }],
    ['after', { after: ['18:00', '19:00'] }],
    ['before', { before: ['18:00', '18:00'] }],
    ['status', { status: ['now', 'soon'] }],
    ['within', { status: 'soon', within: ['10', '20'] }],
    ['q', { q: ['hope', 'faith'] }],
    ['sort', { sort: ['name', 'next'] }],
    ['limit', { limit: ['5', '6'] }],
    ['cursor', { cursor: [cursorFor(5), cursorFor(10)] }],
    ['tz', { tz: ['UTC', 'America/Chicago'] }],
  ];
  for (const [parameter, params] of twice) {
    it(`refuses ${parameter} given twice`, () => {
      expectRefused(params, parameter);
    });
  }
});
