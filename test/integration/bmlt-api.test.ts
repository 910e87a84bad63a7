import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import type { Store } from '../../src/store/store.js';
import { engines } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

/** The store's clock: every change is dated 2026-11-20. */
const WRITTEN = new Date('2026-11-20T18:30:00Z');
const ROOT = 'http://localhost:80/main_server';
const BASE = '/main_server/client_interface';

/** The fields Crouton asks for in its table view (crouton-core's base data_field_key list). */
const CROUTON_FIELDS = [
  'location_postal_code_1',
  'duration_time',
  'start_time',
  'time_zone',
  'weekday_tinyint',
  'service_body_bigint',
  'longitude',
  'latitude',
  'location_province',
  'location_municipality',
  'location_street',
  'location_info',
  'location_text',
  'location_neighborhood',
  'formats',
  'format_shared_id_list',
  'comments',
  'meeting_name',
  'location_sub_province',
  'worldid_mixed',
  'root_server_uri',
  'id_bigint',
  'venue_type',
];

type Row = Record<string, string>;

interface Fixture {
  region: ServiceBody;
  area: ServiceBody;
  portland: Meeting;
  online: Meeting;
  hybrid: Meeting;
  closed: Meeting;
  spanish: Meeting;
  formula: Meeting;
  hidden: Meeting;
  deleted: Meeting;
}

async function fill(store: Store): Promise<Fixture> {
  const region = await store.serviceBodies.create(
    { name: 'Test Region', type: 'region', worldId: 'RG999', website: 'https://region.test.example' },
    'tester',
  );
  const area = await store.serviceBodies.create(
    { name: 'Test Area', type: 'area', parentId: region.id, worldId: 'AR999', helpline: '+1 555-0100' },
    'tester',
  );
  const inArea = { serviceBodyId: area.id };
  const portland = await store.meetings.create(meetingInput({ ...inArea, name: 'Portland Tuesday' }), 'tester');
  const online = await store.meetings.create(
    onlineMeetingInput({
      ...inArea,
      name: 'Online Noon',
      schedule: { weekday: 0, startTime: '12:00', durationMinutes: 60, timeZone: 'America/New_York' },
    }),
    'tester',
  );
  const hybrid = await store.meetings.create(
    onlineMeetingInput({
      ...inArea,
      name: 'Hybrid Friday',
      attendance: 'hybrid',
      venue: meetingInput().venue,
      formats: ['O', 'HY'],
      schedule: { weekday: 5, startTime: '18:00', durationMinutes: 120, timeZone: 'America/Los_Angeles' },
    }),
    'tester',
  );
  const closed = await store.meetings.create(
    meetingInput({ ...inArea, name: 'Closed For Now', attendance: 'temporarily_closed', formats: ['C'] }),
    'tester',
  );
  const spanish = await store.meetings.create(
    meetingInput({
      ...inArea,
      name: 'Grupo Esperanza',
      languages: ['es'],
      formats: ['ES', 'O'],
      schedule: { weekday: 6, startTime: '09:00', durationMinutes: 60, timeZone: 'America/Los_Angeles' },
    }),
    'tester',
  );
  const formula = await store.meetings.create(
    meetingInput({ ...inArea, name: '=HYPERLINK("http://evil.example")', notes: '+1 call', worldId: 'G00099999' }),
    'tester',
  );
  const hidden = await store.meetings.create(meetingInput({ ...inArea, name: 'Unpublished Secret', published: false }), 'tester');
  const deleted = await store.meetings.create(meetingInput({ ...inArea, name: 'Gone Group', worldId: 'G00077777' }), 'tester');
  await store.meetings.remove(deleted.id, 'tester');
  return { region, area, portland, online, hybrid, closed, spanish, formula, hidden, deleted };
}

/** The value inside a jsonp answer, after checking it calls the named function and nothing else. */
function unwrap(response: LightMyRequestResponse, callback: string): unknown {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/javascript/);
  const prefix = `/**/${callback}(`;
  expect(response.body.startsWith(prefix)).toBe(true);
  expect(response.body.endsWith(');')).toBe(true);
  return JSON.parse(response.body.slice(prefix.length, -2)) as unknown;
}

function expectAllStrings(rows: readonly Row[]): void {
  for (const row of rows)
    for (const [key, value] of Object.entries(row)) expect(typeof value, `${key} of ${row.id_bigint ?? row.id}`).toBe('string');
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`BMLT semantic API (${engine.name})`, () => {
    let t: TestSite;
    let f: Fixture;

    const get = (url: string): Promise<LightMyRequestResponse> => t.app.inject({ method: 'GET', url });
    const json = async <T>(url: string): Promise<T> => {
      const response = await get(url);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      return response.json<T>();
    };
    const meetings = (query: string): Promise<Row[]> => json<Row[]>(`${BASE}/json/?switcher=GetSearchResults&${query}`);
    const ids = (rows: readonly Row[]): number[] => rows.map((r) => Number(r.id_bigint)).sort((a, b) => a - b);

    beforeAll(async () => {
      t = await initSite(engine, {
        sample: { count: 300, seed: 5 },
        storeClock: () => WRITTEN,
        setup: async (store) => {
          f = await fill(store);
        },
      });
    }, 120_000);
    afterAll(() => t.dispose());

    it('replays Crouton’s table view: jsonp with used formats, every field a string, formats found by id and key', async () => {
      const callback = 'jsonp_1732406400000_12345';
      const url =
        `${BASE}/jsonp/?switcher=GetSearchResults&get_used_formats&lang_enum=en&data_field_key=${CROUTON_FIELDS.join(',')}` +
        `&services[]=${f.region.id}&recursive=1&sort_keys=start_time&callback=${callback}`;
      const body = unwrap(await get(url), callback) as { meetings: Row[]; formats: Row[] };
      expect(ids(body.meetings)).toEqual(
        [f.portland, f.online, f.hybrid, f.closed, f.spanish, f.formula].map((m) => m.id).sort((a, b) => a - b),
      );
      expectAllStrings(body.meetings);
      expectAllStrings(body.formats);
      for (const m of body.meetings) {
        expect(Object.keys(m).sort()).toEqual([...CROUTON_FIELDS].sort());
        expect(m.root_server_uri).toBe(ROOT);
        const keys = m.formats!.split(',').filter((k) => k !== '');
        const byId = m.format_shared_id_list!.split(',').filter((k) => k !== '');
        expect(byId).toHaveLength(keys.length);
        for (const key of keys)
          expect(
            body.formats.some((fmt) => fmt.key_string === key && fmt.root_server_uri === m.root_server_uri),
            key,
          ).toBe(true);
        for (const id of byId) {
          const format = body.formats.find((fmt) => fmt.id === id);
          expect(format, id).toBeDefined();
          expect(keys).toContain(format!.key_string);
        }
      }
      const starts = body.meetings.map((m) => m.start_time!);
      expect(starts).toEqual([...starts].sort());
      for (const fmt of body.formats) {
        expect(Object.keys(fmt).sort()).toEqual([
          'description_string',
          'format_type_enum',
          'id',
          'key_string',
          'lang',
          'name_string',
          'root_server_uri',
          'world_id',
        ]);
        expect(fmt.lang).toBe('en');
      }

      // Then the service bodies of those meetings, with their parents, and the master formats.
      const bodiesUrl = `${BASE}/jsonp/?switcher=GetServiceBodies&parents=1&services[]=${f.area.id}&callback=cb2`;
      const bodies = unwrap(await get(bodiesUrl), 'cb2') as Row[];
      expectAllStrings(bodies);
      expect(bodies.map((b) => b.id)).toEqual([String(f.region.id), String(f.area.id)]);
      const area = bodies.find((b) => b.id === body.meetings[0]!.service_body_bigint)!;
      expect(area).toMatchObject({
        name: 'Test Area',
        type: 'AS',
        parent_id: String(f.region.id),
        helpline: '+1 555-0100',
        world_id: 'AR999',
      });
      expect(bodies[0]).toMatchObject({ parent_id: '0', type: 'RS', url: 'https://region.test.example' });
      const master = unwrap(
        await get(`${BASE}/jsonp/?switcher=GetFormats&lang_enum=en&key_strings[]=TC&key_strings[]=VM&key_strings[]=HY&callback=cb3`),
        'cb3',
      ) as Row[];
      expect(master.map((m) => m.key_string).sort()).toEqual(['HY', 'TC', 'VM']);
      expect(master.every((m) => m.format_type_enum === 'FC2' && m.root_server_uri === ROOT)).toBe(true);
    });

    it('replays Crouton’s map search: venue_types[]=-2 and geo_width=-50 give the 50 nearest non-virtual meetings within 200 miles', async () => {
      const [lat, lng] = [45.5152, -122.6784];
      const url =
        `${BASE}/jsonp/?switcher=GetSearchResults&get_used_formats&lang_enum=en&data_field_key=${CROUTON_FIELDS.join(',')},distance_in_km,distance_in_miles` +
        `&venue_types[]=-2&lat_val=${lat}&long_val=${lng}&geo_width=-50&sort_keys=start_time&callback=map_cb`;
      const body = unwrap(await get(url), 'map_cb') as { meetings: Row[]; formats: Row[] };
      const all = await meetings(
        `venue_types=-2&lat_val=${lat}&long_val=${lng}&sort_results_by_distance=1&data_field_key=id_bigint,distance_in_km,distance_in_miles,latitude`,
      );
      // The sample is spread over the country: fewer than 50 lie within BMLT's 200-mile ceiling.
      const within = all.filter((m) => m.latitude !== '' && Number(m.distance_in_miles) <= 200).slice(0, 50);
      expect(within.length).toBeGreaterThan(5);
      expect(body.meetings).toHaveLength(within.length);
      expect(ids(body.meetings)).toEqual(ids(within));
      expectAllStrings(body.meetings);
      expect(body.meetings.some((m) => m.venue_type === '2')).toBe(false);
      for (const m of body.meetings) expect(Number(m.distance_in_miles)).toBeCloseTo(Number(m.distance_in_km) / 1.609344, 6);
      const distances = all.map((m) => Number(m.distance_in_km));
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    });

    it('answers geo_width=-N with the N nearest within BMLT’s 200-unit ceiling, so a place far from every meeting gets none', async () => {
      // The middle of the Pacific: before the ceiling, the 10 nearest meetings anywhere.
      expect(await meetings('lat_val=30&long_val=-150&geo_width=-10')).toEqual([]);
      expect(await meetings('lat_val=30&long_val=-150&geo_width_km=-10')).toEqual([]);
      const wrapped = `${BASE}/jsonp/?switcher=GetSearchResults&get_used_formats=1&lat_val=30&long_val=-150&geo_width=-10&callback=cb`;
      expect(unwrap(await get(wrapped), 'cb')).toEqual({ meetings: [], formats: [] });
      // Off the Oregon coast: the nearest N, but only those within 200 miles (or 200 km).
      const [lat, lng] = [45.5, -125.9];
      const all = await meetings(
        `lat_val=${lat}&long_val=${lng}&sort_results_by_distance=1&data_field_key=id_bigint,distance_in_km,distance_in_miles`,
      );
      for (const [unit, key, field] of [
        ['geo_width', 'distance_in_miles', 'mi'],
        ['geo_width_km', 'distance_in_km', 'km'],
      ] as const) {
        const near = all.filter((m) => m[key] !== '' && Number(m[key]) <= 200).slice(0, 8);
        const got = await meetings(`lat_val=${lat}&long_val=${lng}&${unit}=-8&data_field_key=id_bigint,${key}`);
        expect(ids(got), field).toEqual(ids(near));
        for (const m of got) expect(Number(m[key]), field).toBeLessThanOrEqual(200);
      }
    });

    it('answers jsonp without a callback with BMLT’s default name, and a double slash like one (Crouton’s root_server ending in /)', async () => {
      const plain = await get(`${BASE}/jsonp/?switcher=GetServerInfo`);
      expect(unwrap(plain, 'callback')).toMatchObject([{ version: expect.any(String) as unknown }]);
      const single = await get(`${BASE}/jsonp/?switcher=GetFormats&callback=cb`);
      const double = await get(`/main_server//client_interface/jsonp/?switcher=GetFormats&callback=cb`);
      expect(double.statusCode).toBe(200);
      expect(double.body).toBe(single.body);
      expect((await get(`/main_server//client_interface//json/?switcher=GetServiceBodies`)).json()).toEqual(
        (await get(`${BASE}/json/?switcher=GetServiceBodies`)).json(),
      );
      expect((await get('//api/v1/meetings/nope-nope')).statusCode).toBe(404);
    });

    it('ignores parameters it does not know, as BMLT does (clients add cache-busters)', async () => {
      const known = await get(`${BASE}/json/?switcher=GetSearchResults&meeting_ids=${f.portland.id}`);
      const busted = await get(
        `${BASE}/json/?switcher=GetSearchResults&meeting_ids=${f.portland.id}&_=1796164238728&1796164238728&foo=bar`,
      );
      expect(busted.statusCode, busted.body).toBe(200);
      expect(busted.body).toBe(known.body);
      const tsml = await get(`${BASE}/tsml/?switcher=GetSearchResults&meeting_ids=${f.portland.id}&1796164238728`);
      expect(tsml.statusCode, tsml.body).toBe(200);
    });

    it('renders a meeting as BMLT does: 1-based weekday, HH:MM:SS, venue types, no private fields', async () => {
      const [portland] = await meetings(`meeting_ids=${f.portland.id}`);
      expect(portland).toMatchObject({
        id_bigint: String(f.portland.id),
        worldid_mixed: 'G00012345',
        service_body_bigint: String(f.area.id),
        service_body_name: 'Test Area',
        weekday_tinyint: '3',
        venue_type: '1',
        start_time: '19:30:00',
        duration_time: '01:30:00',
        time_zone: 'America/Los_Angeles',
        lang_enum: 'en',
        email_contact: '',
        published: '1',
        root_server_uri: ROOT,
        meeting_name: 'Portland Tuesday',
        location_text: 'Test Community Hall',
        location_info: 'Basement, side door',
        location_municipality: 'Portland',
        location_province: 'OR',
        location_sub_province: 'Multnomah',
        location_postal_code_1: '97201',
        location_nation: 'US',
        train_lines: 'MAX Blue',
        bus_lines: '15',
        distance_in_km: '',
      });
      expect(portland!.formats!.split(',')[0]).toBe('C');
      const text = JSON.stringify(portland);
      expect(text).not.toContain('secretary@test.example');
      expect(text).not.toContain('custodian');
      const [online] = await meetings(`meeting_ids=${f.online.id}`);
      expect(online).toMatchObject({
        venue_type: '2',
        weekday_tinyint: '1',
        virtual_meeting_link: 'https://meet.test.example/j/123456789',
        virtual_meeting_additional_info: 'Passcode 1234',
      });
      const [hybrid] = await meetings(`meeting_ids=${f.hybrid.id}`);
      expect(hybrid).toMatchObject({ venue_type: '3', duration_time: '02:00:00', weekday_tinyint: '6' });
      const [closed] = await meetings(`meeting_ids=${f.closed.id}`);
      expect(closed!.venue_type).toBe('1');
      expect(closed!.formats!.split(',')).toContain('TC');
      expect(await meetings(`meeting_ids=${f.hidden.id}`)).toEqual([]);
    });

    it('filters by lists given as commas or [] repeats, negative ids excluding', async () => {
      const area = `services=${f.area.id}`;
      const everything = ids(await meetings(area));
      expect(everything).toHaveLength(6);
      expect(ids(await meetings(`${area}&weekdays=1,7`))).toEqual([f.online.id, f.spanish.id].sort((a, b) => a - b));
      expect(ids(await meetings(`${area}&weekdays[]=1&weekdays[]=7`))).toEqual([f.online.id, f.spanish.id].sort((a, b) => a - b));
      expect(ids(await meetings(`${area}&weekdays=-3`))).toEqual([f.online.id, f.hybrid.id, f.spanish.id].sort((a, b) => a - b));
      expect(ids(await meetings(`${area}&venue_types=2`))).toEqual([f.online.id]);
      expect(ids(await meetings(`${area}&venue_types[]=3`))).toEqual([f.hybrid.id]);
      expect(ids(await meetings(`${area}&venue_types=-2,-3`))).not.toContain(f.online.id);
      expect(ids(await meetings(`${area}&meeting_ids=-${f.portland.id}`))).toEqual(everything.filter((id) => id !== f.portland.id));
      expect(ids(await meetings(`services=${f.region.id}`))).toEqual([]);
      expect(ids(await meetings(`services=${f.region.id}&recursive=1`))).toEqual(everything);
      expect(ids(await meetings(`services=${f.region.id}&recursive=1&services[]=-${f.area.id}`))).toEqual([]);
    });

    it('filters by format ids with AND by default and OR on request', async () => {
      const formats = await json<Row[]>(`${BASE}/json/?switcher=GetFormats&show_all=1`);
      const id = (key: string): string => formats.find((fm) => fm.key_string === key)!.id!;
      const area = `services=${f.area.id}`;
      expect(ids(await meetings(`${area}&formats=${id('O')},${id('HY')}`))).toEqual([f.hybrid.id]);
      expect(ids(await meetings(`${area}&formats[]=${id('ES')}&formats[]=${id('HY')}&formats_comparison_operator=OR`))).toEqual(
        [f.hybrid.id, f.spanish.id].sort((a, b) => a - b),
      );
      expect(ids(await meetings(`${area}&formats=-${id('O')}`))).not.toContain(f.spanish.id);
      expect(await meetings(`${area}&formats=999999`)).toEqual([]);
    });

    it('filters by times in the meeting’s own clock, strictly for starts', async () => {
      const area = `services=${f.area.id}`;
      expect(ids(await meetings(`${area}&StartsAfterH=18&StartsAfterM=0`))).not.toContain(f.hybrid.id);
      expect(ids(await meetings(`${area}&StartsAfterH=17&StartsAfterM=59`))).toContain(f.hybrid.id);
      expect(ids(await meetings(`${area}&StartsBeforeH=12`))).toEqual([f.spanish.id]);
      expect(ids(await meetings(`${area}&EndsBeforeH=20&EndsBeforeM=0`))).toEqual(
        [f.online.id, f.hybrid.id, f.spanish.id].sort((a, b) => a - b),
      );
      expect(ids(await meetings(`${area}&MinDurationH=1&MinDurationM=30`))).toEqual(
        [f.portland.id, f.hybrid.id, f.closed.id, f.formula.id].sort((a, b) => a - b),
      );
      expect(ids(await meetings(`${area}&MaxDurationH=1`))).toEqual([f.online.id, f.spanish.id].sort((a, b) => a - b));
    });

    it('searches text, id lists and addresses', async () => {
      expect(ids(await meetings(`SearchString=esperanza&services=${f.area.id}`))).toEqual([f.spanish.id]);
      expect(ids(await meetings('SearchString=esperanza'))).toContain(f.spanish.id);
      expect(ids(await meetings(`SearchString=${f.online.id},${f.hybrid.id}`))).toEqual([f.online.id, f.hybrid.id].sort((a, b) => a - b));
      const near = await meetings(
        'SearchString=97201&StringSearchIsAnAddress=1&SearchStringRadius=-5&data_field_key=id_bigint,distance_in_miles',
      );
      expect(near).toHaveLength(5);
      const bad = await get(`${BASE}/json/?switcher=GetSearchResults&SearchString=Nowhereville%20Zzz&StringSearchIsAnAddress=1`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ parameter: string }>().parameter).toBe('SearchString');
    });

    it('matches meeting_key values, selects fields, sorts by keys and pages', async () => {
      expect(ids(await meetings(`meeting_key=meeting_name&meeting_key_value=Grupo%20Esperanza`))).toEqual([f.spanish.id]);
      expect(ids(await meetings(`services=${f.area.id}&meeting_key=weekday_tinyint&meeting_key_value=1`))).toEqual([f.online.id]);
      expect(await meetings(`meeting_key=meeting_name`)).toEqual([]);
      const picked = await meetings(`meeting_ids=${f.portland.id}&data_field_key=meeting_name,start_time,bogus`);
      expect(picked).toEqual([{ start_time: '19:30:00', meeting_name: 'Portland Tuesday' }]);
      const byName = await meetings(`services=${f.area.id}&sort_keys=meeting_name&data_field_key=meeting_name`);
      const names = byName.map((m) => m.meeting_name!);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
      const whole = await meetings(`services=${f.area.id}`);
      const days = whole.map((m) => Number(m.weekday_tinyint));
      expect(days).toEqual([...days].sort((a, b) => a - b));
      const page1 = await meetings(`services=${f.area.id}&page_size=4&page_num=1`);
      const page2 = await meetings(`services=${f.area.id}&page_size=4&page_num=2`);
      expect([...page1, ...page2]).toEqual(whole);
      const all = await meetings('page_size=5000');
      expect(all.length).toBe(t.search.index.size);
      expect(await meetings('')).toHaveLength(t.search.index.size);
    });

    it('answers an empty search with [] and with {meetings: [], formats: []}', async () => {
      const none = await get(`${BASE}/json/?switcher=GetSearchResults&meeting_ids=987654321`);
      expect(none.body).toBe('[]');
      const wrapped = await get(`${BASE}/json/?switcher=GetSearchResults&meeting_ids=987654321&get_used_formats=1`);
      expect(wrapped.json()).toEqual({ meetings: [], formats: [] });
      expect(
        (await json<{ formats: Row[] }>(`${BASE}/json/?switcher=GetSearchResults&meeting_ids=${f.spanish.id}&get_formats_only=1`)).formats
          .map((x) => x.key_string)
          .sort(),
      ).toEqual(['ES', 'O']);
    });

    it('gives format text in Spanish for lang_enum=es', async () => {
      const formats = await json<Row[]>(`${BASE}/json/?switcher=GetFormats&lang_enum=es&show_all=1`);
      const open = formats.find((x) => x.key_string === 'O')!;
      expect(open).toMatchObject({ name_string: 'Abierta', lang: 'es', world_id: 'OPEN', format_type_enum: 'O', root_server_uri: ROOT });
      const ids1 = formats.map((x) => x.id);
      const limited = await json<Row[]>(`${BASE}/json/?switcher=GetFormats&show_all=1&format_ids=${ids1[0]},${ids1[1]}`);
      expect(limited.map((x) => x.id)).toEqual([ids1[0], ids1[1]]);
      const used = await json<Row[]>(`${BASE}/json/?switcher=GetFormats`);
      expect(used.length).toBeLessThanOrEqual(formats.length);
      expect(used.map((x) => x.key_string)).toContain('TC');
    });

    it('lists changes by date, meeting and service body, without private or unpublished data', async () => {
      const changes = await json<Record<string, unknown>[]>(
        `${BASE}/json/?switcher=GetChanges&start_date=2026-11-20&end_date=2026-11-20&service_body_id=${f.area.id}`,
      );
      expect(changes.length).toBeGreaterThan(0);
      const text = JSON.stringify(changes);
      expect(text).not.toContain('secretary@test.example');
      expect(text).not.toContain('Unpublished Secret');
      const gone = changes.filter((c) => c.meeting_id === String(f.deleted.id));
      expect(gone.map((c) => c.change_type).sort()).toEqual(['comdef_change_type_delete', 'comdef_change_type_new']);
      const deletion = gone.find((c) => c.change_type === 'comdef_change_type_delete')!;
      expect(deletion).toMatchObject({
        meeting_name: 'Gone Group',
        meeting_exists: '0',
        service_body_name: 'Test Area',
        date_int: String(WRITTEN.getTime() / 1000),
        date_string: '6:30 PM, 11/20/2026',
        user_name: 'tester',
      });
      expect((deletion.json_data as { before: Row }).before.meeting_name).toBe('Gone Group');
      expect(await json(`${BASE}/json/?switcher=GetChanges&start_date=2026-11-21`)).toEqual([]);
      const one = await json<Row[]>(`${BASE}/json/?switcher=GetChanges&meeting_id=${f.portland.id}`);
      expect(one.map((c) => c.meeting_id)).toEqual([String(f.portland.id)]);
      const bad = await get(`${BASE}/json/?switcher=GetChanges&start_date=2026-02-30`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ parameter: string }>().parameter).toBe('start_date');
    });

    it('answers GetFieldKeys, GetFieldValues, GetServerInfo and GetCoverageArea', async () => {
      const keys = await json<{ key: string; description: string }[]>(`${BASE}/json/?switcher=GetFieldKeys`);
      expect(keys.map((k) => k.key)).toContain('location_municipality');
      expect(keys.map((k) => k.key)).not.toContain('contact_email_1');
      const values = await json<Row[]>(`${BASE}/json/?switcher=GetFieldValues&meeting_key=meeting_name`);
      expect(values.find((v) => v.meeting_name === 'Grupo Esperanza')).toEqual({
        meeting_name: 'Grupo Esperanza',
        ids: String(f.spanish.id),
      });
      expect((await get(`${BASE}/json/?switcher=GetFieldValues&meeting_key=admin_notes`)).statusCode).toBe(400);
      const info = await json<Record<string, unknown>[]>(`${BASE}/json/?switcher=GetServerInfo`);
      expect(info).toHaveLength(1);
      expect(info[0]).toMatchObject({
        version: '4.0.0',
        versionInt: '4000000',
        langs: 'en,es',
        distanceUnits: 'mi',
        google_api_key: '',
        aggregator_mode_enabled: false,
      });
      expect(String(info[0]!.meeting_states_and_provinces).split(',')).toContain('OR');
      expect(String(info[0]!.available_keys).split(',')).toContain('format_shared_id_list');
      const [box] = await json<Row[]>(`${BASE}/json/?switcher=GetCoverageArea`);
      expect(Number(box!.nw_corner_latitude)).toBeGreaterThanOrEqual(Number(box!.se_corner_latitude));
      expect(Number(box!.nw_corner_longitude)).toBeLessThanOrEqual(Number(box!.se_corner_longitude));
    });

    it('exports the NAWS dump as CSV, with deleted meetings and formula cells neutralised', async () => {
      const response = await get(`${BASE}/csv/?switcher=GetNAWSDump&sb_id=${f.region.id}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="BMLT_RG999_test_region_\d{4}_\d\d_\d\d_\d\d_\d\d_\d\d\.csv"$/,
      );
      const lines = response.body.trim().split('\n');
      expect(lines[0]!.startsWith('Committee,CommitteeName,AddDate,AreaRegion,ParentName')).toBe(true);
      expect(lines[0]!.endsWith('TimeZone,bmlt_id,unpublished')).toBe(true);
      const portland = lines.find((l) => l.includes('Portland Tuesday'))!;
      expect(portland).toContain('G00012345,Portland Tuesday,,AR999,Test Area');
      expect(portland).toContain('CLOSED,TRUE,Tuesday,1930');
      expect(portland).toContain(',-122.6784,45.5152,');
      expect(lines.find((l) => l.includes('HYPERLINK'))).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
      expect(lines.find((l) => l.includes('Gone Group'))).toMatch(/,D,/);
      expect(response.body).not.toContain('Unpublished Secret');
      expect((await get(`${BASE}/csv/?switcher=GetNAWSDump`)).json<{ parameter: string }>().parameter).toBe('sb_id');
      expect((await get(`${BASE}/json/?switcher=GetNAWSDump&sb_id=${f.region.id}`)).statusCode).toBe(400);
    });

    it('refuses bad input with 400 naming the parameter', async () => {
      const cases: [string, string][] = [
        ['json/?switcher=Nope', 'switcher'],
        ['json/', 'switcher'],
        ['xml/?switcher=GetFormats', 'format'],
        ['csv/?switcher=GetFormats', 'switcher'],
        ['jsonp/?switcher=GetFormats&callback=alert(1)', 'callback'],
        ['jsonp/?switcher=GetFormats&callback=a.b-c', 'callback'],
        ['json/?switcher=GetSearchResults&weekdays=8', 'weekdays'],
        ['json/?switcher=GetSearchResults&weekdays=mon', 'weekdays'],
        ['json/?switcher=GetSearchResults&venue_types=4', 'venue_types'],
        ['json/?switcher=GetSearchResults&formats=x', 'formats'],
        ['json/?switcher=GetSearchResults&lat_val=45', 'long_val'],
        ['json/?switcher=GetSearchResults&lat_val=95&long_val=0&geo_width=5', 'lat_val'],
        ['json/?switcher=GetSearchResults&StartsAfterH=25', 'StartsAfterH'],
        ['json/?switcher=GetSearchResults&page_size=0', 'page_size'],
        ['json/?switcher=GetSearchResults&sort_key=color', 'sort_key'],
        ['json/?switcher=GetSearchResults&sort_keys=nope', 'sort_keys'],
        ['json/?switcher=GetSearchResults&advanced_published=2', 'advanced_published'],
        ['tsml/?switcher=GetFormats', 'switcher'],
      ];
      for (const [path, parameter] of cases) {
        const response = await get(`${BASE}/${path}`);
        expect(response.statusCode, path).toBe(400);
        const body = response.json<{ error: string; parameter: string; message: string }>();
        expect(body.parameter, path).toBe(parameter);
        expect(body.message.length, path).toBeGreaterThan(10);
        expect(response.body, path).not.toContain('alert(1)(');
      }
      const unknown = (await get(`${BASE}/json/?switcher=Nope`)).json<{ message: string }>();
      expect(unknown.message).toContain('GetSearchResults');
      expect(unknown.message).toContain('GetNAWSDump');
    });

    it('caches answers and allows any origin', async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: `${BASE}/json/?switcher=GetSearchResults&meeting_ids=${f.portland.id}`,
        headers: { origin: 'https://example.org' },
      });
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      expect(response.headers['access-control-allow-origin']).toBe('*');
    });

    it('answers tsml as a Meeting Guide feed of the same search', async () => {
      const response = await get(`${BASE}/tsml/?switcher=GetSearchResults&meeting_ids=${f.spanish.id}`);
      expect(response.statusCode).toBe(200);
      const feed = response.json<{ name: string; slug: string; day: number; time: string; types: string[] }[]>();
      expect(feed).toHaveLength(1);
      expect(feed[0]).toMatchObject({
        name: 'Grupo Esperanza',
        slug: f.spanish.slug,
        day: f.spanish.schedule.weekday,
        time: f.spanish.schedule.startTime,
      });
      expect(feed[0]!.types).toContain('S');
      const other = await get(`${BASE}/tsml/?switcher=GetFormats`);
      expect(other.statusCode).toBe(400);
    });
  });
}
