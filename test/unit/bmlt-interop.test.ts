import { describe, expect, it } from 'vitest';
import type { NumberedFormat } from '../../src/domain/format.js';
import { FORMAT_CATALOGUE } from '../../src/domain/formats-catalogue.js';
import { QueryError } from '../../src/domain/query-params.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import { jsonpBody, jsonpCallback } from '../../src/interop/bmlt/callback.js';
import { bmltDateString, parseChangesParams } from '../../src/interop/bmlt/changes.js';
import { bmltDuration, bmltTime } from '../../src/interop/bmlt/fields.js';
import { FormatTable, FORMAT_TYPE_ENUM, selectFormats } from '../../src/interop/bmlt/formats.js';
import { nawsFileName } from '../../src/interop/bmlt/naws-dump.js';
import { normalizeParams, type BmltParams } from '../../src/interop/bmlt/params.js';
import { parseSearchParams, type SearchParseContext } from '../../src/interop/bmlt/search-params.js';
import { selectServiceBodies } from '../../src/interop/bmlt/service-bodies.js';

const FORMATS: NumberedFormat[] = FORMAT_CATALOGUE.map((f) => ({ ...f, source: null }));
const idOf = (code: string): number => FORMATS.find((f) => f.code === code)!.id;

const context: SearchParseContext = {
  formats: FORMATS,
  resolvePlace: (text) =>
    text === '97201'
      ? {
          ok: true,
          place: { latitude: 45.5, longitude: -122.7, label: '97201 (Portland, OR)', timeZone: 'America/Los_Angeles', radiusMiles: 10 },
        }
      : { ok: false, suggestions: [{ label: 'Portland, OR' }] },
};

function parse(raw: BmltParams): ReturnType<typeof parseSearchParams> {
  return parseSearchParams(normalizeParams(raw), context);
}

function refused(raw: BmltParams): string {
  try {
    parse(raw);
  } catch (error) {
    if (error instanceof QueryError) return error.parameter;
    throw error;
  }
  throw new Error('accepted');
}

describe('GetSearchResults parameters', () => {
  it('reads lists as commas and as [] repeats, positive including and negative excluding', () => {
    const a = parse({ weekdays: '1,-3', 'venue_types[]': ['-2'], meeting_ids: '5,-6', services: '7', recursive: '1' });
    const b = parse({ 'weekdays[]': ['1', '-3'], venue_types: '-2', 'meeting_ids[]': ['5', '-6'], 'services[]': ['7'], recursive: '1' });
    expect(a.query).toEqual(b.query);
    expect(a.query).toMatchObject({
      days: [0],
      daysNot: [2],
      heldAs: [],
      heldAsNot: ['online'],
      ids: [5],
      idsNot: [6],
      serviceBodies: [7],
      serviceBodyScope: 'tree',
    });
    expect(parse({ services: '7' }).query.serviceBodyScope).toBe('exact');
    expect(parse({ venue_types: '1' }).query.heldAs).toEqual(['in_person', 'temporarily_closed']);
  });

  it('maps format ids to codes, AND by default, OR on request; an unknown required id matches nothing', () => {
    expect(parse({ formats: `${idOf('C')},${idOf('BT')},-${idOf('SD')}` }).query).toMatchObject({
      formats: ['C', 'BT'],
      formatsNot: ['SD'],
    });
    const or = parse({ 'formats[]': [String(idOf('W')), String(idOf('M'))], formats_comparison_operator: 'or' });
    expect(or.query).toMatchObject({ formats: [], formatsAny: ['W', 'M'] });
    expect(parse({ formats: `${idOf('C')},99999` }).nothing).toBe(true);
    expect(parse({ formats: `${idOf('C')},99999`, formats_comparison_operator: 'OR' }).nothing).toBe(false);
  });

  it('turns BMLT’s strict start bounds into our window, and reads ends and lengths', () => {
    expect(parse({ StartsAfterH: '18', StartsAfterM: '30', StartsBeforeH: '21' }).query).toMatchObject({ after: '18:31', before: '21:00' });
    expect(parse({ StartsAfterH: '23', StartsAfterM: '59' }).nothing).toBe(true);
    expect(parse({ EndsBeforeH: '20', MinDurationM: '45', MaxDurationH: '2' }).query).toMatchObject({
      endsBefore: '20:00',
      minDuration: 45,
      maxDuration: 120,
    });
  });

  it('reads places: negative widths are the N nearest, positive a radius in miles or km', () => {
    // The N nearest only within BMLT's auto-radius ceiling of 200 units (its calculateSearchRadius).
    expect(parse({ lat_val: '45.5', long_val: '-122.6', geo_width: '-50' }).query).toMatchObject({ nearest: 50, radius: 200, unit: 'mi' });
    expect(parse({ lat_val: '45.5', long_val: '-122.6', geo_width_km: '-5' }).query).toMatchObject({ nearest: 5, radius: 200, unit: 'km' });
    expect(parse({ lat_val: '45.5', long_val: '-122.6', geo_width_km: '20', sort_results_by_distance: '1' }).query).toMatchObject({
      nearest: null,
      radius: 20,
      unit: 'km',
      sort: 'distance',
    });
    const address = parse({ SearchString: '97201', StringSearchIsAnAddress: '1', SearchStringRadius: '-10' }).query;
    expect(address).toMatchObject({ nearest: 10, radius: 200, text: null, ids: [] });
    expect(address.place?.label).toBe('97201 (Portland, OR)');
    expect(parse({ SearchString: '97201', StringSearchIsAnAddress: '1' }).query.radius).toBe(10);
  });

  it('reads SearchString as ids, words, or nothing when too short', () => {
    expect(parse({ SearchString: '12, 34' }).query).toMatchObject({ ids: [12, 34], text: null });
    expect(parse({ SearchString: 'serenity' }).query.text).toBe('serenity');
    expect(parse({ SearchString: 'ab' }).query.text).toBeNull();
  });

  it('reads the shape, fields, sort, paging and publication', () => {
    const plan = parse({ get_used_formats: '', data_field_key: 'meeting_name,bogus', sort_key: 'town', page_size: '10', page_num: '3' });
    expect(plan.shape).toBe('with_formats');
    expect([...plan.fields!]).toEqual(['meeting_name']);
    expect(plan.sortKeys?.[0]).toBe('location_municipality');
    expect(plan.page).toEqual({ size: 10, number: 3 });
    expect(parse({ get_formats_only: '1', get_used_formats: '1' }).shape).toBe('formats_only');
    expect(parse({ sort_keys: 'weekday_tinyint,start_time,duration_time' }).sortKeys).toBeNull();
    expect(parse({ advanced_published: '-1' }).nothing).toBe(true);
    expect(parse({ advanced_published: '0' }).nothing).toBe(false);
    expect(parse({}).query).toMatchObject({ limit: Infinity, sort: 'weekly', includeClosed: true });
    expect(parse({ meeting_key: 'start_time', meeting_key_value: '7:30' }).meetingKey).toEqual({ key: 'start_time', value: '07:30:00' });
  });

  it('names the bad parameter', () => {
    expect(refused({ weekdays: '0' })).toBe('weekdays');
    expect(refused({ venue_types: '4' })).toBe('venue_types');
    expect(refused({ formats_comparison_operator: 'XOR' })).toBe('formats_comparison_operator');
    expect(refused({ lat_val: '45' })).toBe('long_val');
    expect(refused({ lat_val: '45', long_val: '1', geo_width: '0' })).toBe('geo_width');
    expect(refused({ lat_val: '45', long_val: '1', geo_width: '5', geo_width_km: '5' })).toBe('geo_width_km');
    expect(refused({ SearchString: 'Nowhere', StringSearchIsAnAddress: '1' })).toBe('SearchString');
    expect(refused({ MinDurationM: '60' })).toBe('MinDurationM');
    expect(refused({ meeting_key: 'contact_email_1', meeting_key_value: 'x' })).toBe('meeting_key');
    expect(refused({ lang_enum: 'english' })).toBe('lang_enum');
    expect(refused({ page_size: '5', page_num: '0' })).toBe('page_num');
  });
});

describe('rendering helpers', () => {
  it('writes times and lengths as BMLT does', () => {
    expect(bmltTime('07:05')).toBe('07:05:00');
    expect(bmltDuration(90)).toBe('01:30:00');
    expect(bmltDuration(1440)).toBe('24:00:00');
  });

  it('maps every format type to a BMLT code, and lists open or closed first', () => {
    expect(Object.values(FORMAT_TYPE_ENUM).every((code) => ['FC1', 'FC2', 'FC3', 'O', 'LANG'].includes(code))).toBe(true);
    expect(new FormatTable(FORMATS).ordered(['BT', 'nope', 'C', 'BT']).map((f) => f.code)).toEqual(['C', 'BT']);
    const params = normalizeParams({ 'key_strings[]': ['TC', 'VM'] });
    expect(selectFormats(params, FORMATS, new Set(['VM'])).map((f) => f.code)).toEqual(['VM']);
    expect(
      selectFormats({ ...params, show_all: ['1'] }, FORMATS, new Set())
        .map((f) => f.code)
        .sort(),
    ).toEqual(['TC', 'VM']);
  });

  it('accepts only safe jsonp callbacks and escapes line separators', () => {
    expect(jsonpCallback({ callback: ['jQuery123_456'] })).toBe('jQuery123_456');
    expect(jsonpCallback({ callback: ['window.crouton.cb'] })).toBe('window.crouton.cb');
    for (const bad of ['a b', 'alert(1)', '1abc', 'a..b', 'x'.repeat(101), 'a;b']) {
      expect(() => jsonpCallback({ callback: [bad] }), bad).toThrow(QueryError);
    }
    // Without one, BMLT's own default name (its SwitcherController answers callback(...)).
    expect(jsonpCallback({})).toBe('callback');
    expect(jsonpCallback({ callback: [''] })).toBe('callback');
    expect(jsonpBody('cb', { a: '\u2028' })).toBe('/**/cb({"a":"\\u2028"});');
  });

  it('names the NAWS file as BMLT does', () => {
    const body = { id: 1, name: 'Seattle Area', worldId: 'ar73828' } as ServiceBody;
    expect(nawsFileName(body, new Date('2022-09-30T16:57:53Z'))).toBe('BMLT_AR73828_seattle_area_2022_09_30_16_57_53.csv');
  });

  it('reads change dates as whole UTC days and writes BMLT’s date string', () => {
    expect(parseChangesParams({ start_date: ['2026-11-20'], end_date: ['2026-11-20'] })).toMatchObject({
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-21T00:00:00.000Z',
    });
    expect(() => parseChangesParams({ end_date: ['2026-13-01'] })).toThrow(QueryError);
    expect(() => parseChangesParams({ start_date: ['2026-11-21'], end_date: ['2026-11-20'] })).toThrow(QueryError);
    expect(bmltDateString('2026-11-20T00:05:00Z')).toBe('12:05 AM, 11/20/2026');
    expect(bmltDateString('2026-11-20T13:45:00Z')).toBe('1:45 PM, 11/20/2026');
  });

  it('selects service bodies with children and parents', () => {
    const body = (id: number, parentId: number | null): ServiceBody => ({ id, parentId, name: `B${id}`, type: 'area' }) as ServiceBody;
    const bodies = [body(1, null), body(2, 1), body(3, 2), body(4, 1)];
    const pick = (raw: BmltParams): number[] => selectServiceBodies(normalizeParams(raw), bodies).map((b) => b.id);
    expect(pick({})).toEqual([1, 2, 3, 4]);
    expect(pick({ services: '2' })).toEqual([2]);
    expect(pick({ 'services[]': ['2'], recursive: '1' })).toEqual([2, 3]);
    expect(pick({ services: '3', parents: '1' })).toEqual([1, 2, 3]);
    expect(pick({ services: '-2', recursive: '1' })).toEqual([1, 4]);
  });
});
