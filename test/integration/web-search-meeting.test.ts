import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteEngine } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

const HTML = { accept: 'text/html' };

/** The attributes of the first element whose opening tag matches `pattern`. */
function tag(html: string, pattern: RegExp): string {
  const match = pattern.exec(html);
  if (!match) throw new Error(`no tag matching ${pattern}`);
  return match[0];
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'");
}

describe('search, meeting and print pages', () => {
  let t: TestSite;
  let tuesday: { id: number; slug: string };
  let online: { id: number; slug: string };
  let tricky: { id: number; slug: string };
  let lined: { id: number; slug: string };

  beforeAll(async () => {
    t = await initSite(sqliteEngine(), {
      sample: { count: 300, seed: 5 },
      setup: async (store) => {
        const body = await store.serviceBodies.create(
          {
            name: 'Test Area',
            type: 'area',
            parentId: null,
            description: null,
            website: 'https://area.test.example',
            helpline: '1-555-0100',
            email: null,
            worldId: null,
            sample: false,
            source: null,
            externalId: null,
          },
          'test',
        );
        tuesday = await store.meetings.create(meetingInput({ serviceBodyId: body.id }), 'test');
        online = await store.meetings.create(onlineMeetingInput({ serviceBodyId: body.id }), 'test');
        lined = await store.meetings.create(
          onlineMeetingInput({
            name: 'Lines Group',
            notes: 'Meeting ID: 869 1234 5678\nPasscode: 123456',
            online: {
              conferenceUrl: 'https://meet.test.example/j/869',
              conferenceUrlNotes: 'Open the link\nThen wait',
              conferencePhone: '+1 646 558 8656,,86912345678#,,,,*123456#,,,,9876543210#',
              conferencePhoneNotes: null,
            },
          }),
          'test',
        );
        tricky = await store.meetings.create(
          meetingInput({ name: 'Hope </script><script>alert(1)</script> Group', formats: ['O'] }),
          'test',
        );
      },
    });
  });

  afterAll(() => t.dispose());

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: HTML });

  it('round-trips every parameter through the form', async () => {
    const res = await get(
      '/meetings?near=97201&day=tuesday&attendance=in_person&formats=C&formats=BT&sort=next&view=days&after=17:00&language=en&program=NA&category=addiction&state=OR&tz=America/New_York',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    expect(tag(html, /<input[^>]*id="f-near"[^>]*>/)).toContain('value="97201"');
    expect(html).toMatch(/<option value="tuesday" selected/);
    expect(html).toMatch(/<input type="radio" name="attendance" value="in_person" checked/);
    expect(html).toMatch(/<input type="radio" name="formats" value="C" checked/);
    expect(html).toMatch(/<input type="checkbox" name="formats" value="BT" checked/);
    expect(html).toMatch(/<option value="next" selected/);
    expect(html).toMatch(/<option value="17:00" selected/);
    expect(html).toMatch(/<option value="NA" selected/);
    expect(html).toMatch(/<option value="addiction" selected/);
    expect(html).toMatch(/<option value="en" selected/);
    expect(html).toMatch(/<input type="radio" name="view" value="days" checked/);
    expect(html).toMatch(/<input type="hidden" name="state" value="OR"/);
    expect(tag(html, /<input[^>]*name="tz"[^>]*>/)).toContain('value="America/New_York"');
    // The found meeting is there, with both clocks (Pacific for the meeting, Eastern for the viewer).
    // It leads back to this search from its page, on the visitor's clock.
    expect(html).toMatch(new RegExp(`href="/meetings/${tuesday.slug}\\?back=near%3D97201%26[^"]*&amp;tz=America%2FNew_York"`));
    expect(html).toContain('Tuesday 7:30 PM');
    expect(html).toContain('Tuesday 10:30 PM your time (Eastern Time)');
    expect(html).toMatch(/<h1>Meetings near 97201/);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    // The map hook asks the JSON API for the same search, and the exports carry it too.
    expect(html).toMatch(/data-points-url="\/api\/v1\/meetings\?near=97201&amp;day=tuesday[^"]*limit=200"/);
    expect(html).not.toMatch(/data-points-url="[^"]*view=/);
    expect(html).toMatch(/href="\/api\/v1\/meetings\.ics\?near=97201/);
    expect(html).toMatch(/href="\/api\/v1\/meetings\.csv\?near=97201/);
    expect(html).toMatch(/href="\/meetings\/print\?near=97201/);
  });

  it('shows one clock when the viewer zone is unknown, and "Pacific Time" when it matches', async () => {
    const res = await get(`/meetings?ids=${tuesday.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Tuesday 7:30 PM');
    // No second clock ("… your time (Eastern Time)"); the note about the zone may say "your time zone".
    expect(res.body).not.toContain('your time (');
    const same = await get(`/meetings?ids=${tuesday.id}&tz=America/Los_Angeles`);
    expect(same.body).not.toContain('your time (');
    expect(same.body).toContain('Times shown in Pacific Time, your time zone.');
  });

  it('names the order in use: today first near a place, unless another is chosen', async () => {
    const near = await get('/meetings?near=97201');
    expect(near.body).toMatch(/ · (\d+–\d+, )?on now and today first<\/span><\/h2>/);
    expect(near.body).toMatch(/<option value selected>Today first with a place, else soonest<\/option>/);
    expect(near.body).toMatch(/<option value="today">Today first<\/option>/);
    expect((await get('/meetings?near=97201&sort=today')).body).toMatch(/<option value="today" selected[^>]*>Today first<\/option>/);
    expect((await get('/meetings?near=97201&sort=distance')).body).toMatch(/ · (\d+–\d+, )?nearest first<\/span><\/h2>/);
    const nowhere = await get('/meetings?attendance=online&sort=today');
    expect(nowhere.statusCode).toBe(200);
    expect(nowhere.body).toMatch(/ · (\d+–\d+, )?soonest first<\/span><\/h2>/);
  });

  it('answers bad parameters with 400 and the form, the error beside its field', async () => {
    const res = await get('/meetings?near=Portlnd%2C%20OR&day=tuesday');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    const input = tag(html, /<input[^>]*id="f-near"[^>]*>/);
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain('aria-describedby="near-error"');
    expect(input).toContain('value="Portlnd, OR"');
    expect(html).toMatch(/<p id="near-error" class="error">/);
    // Said once, by the field: no summary repeating it, and the suggestion only as its link.
    expect(html).not.toContain('class="error-summary"');
    expect(html.split('We could not find the place').length - 1).toBe(1);
    expect(html).not.toContain('Did you mean: Portland');
    // Suggestions are links to the same search at the suggested place.
    expect(html).toMatch(/<a href="\/meetings\?near=Portland%2C\+OR&amp;day=tuesday">Portland, OR<\/a>/);
    // The rest of the search is kept.
    expect(html).toMatch(/<option value="tuesday" selected/);

    const day = await get('/meetings?day=funday');
    expect(day.statusCode).toBe(400);
    expect(tag(day.body, /<select[^>]*id="f-day"[^>]*>/)).toContain('aria-describedby="day-error"');
    expect(day.body).toContain('from the link');

    const unknown = await get('/meetings?colour=blue');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('unknown parameter');
    // No control in the form says it: the summary above the form does.
    expect(unknown.body).toContain('class="error-summary"');
    expect(unknown.body).not.toMatch(/^\{/);
  });

  it('opens a shared link that picked up tracking parameters, and does not pass them on', async () => {
    const shared = await get('/meetings?attendance=in_person&sort=name&fbclid=IwAR0abc&utm_source=newsletter&utm_medium=email');
    expect(shared.statusCode).toBe(200);
    expect(shared.body).toContain('1–25, by name');
    expect(shared.body).not.toMatch(/fbclid|utm_/);
    const printed = await get('/meetings/print?near=97201&gclid=xyz');
    expect(printed.statusCode).toBe(200);
    expect(printed.body).not.toContain('gclid');
  });

  it('pages with a "More meetings" link that keeps the search', async () => {
    const res = await get('/meetings?attendance=in_person&sort=name');
    expect(res.statusCode).toBe(200);
    const link = /<a class="button" href="([^"]+)" rel="next">More meetings<\/a>/.exec(res.body);
    expect(link).not.toBeNull();
    const href = decode(link![1]!);
    expect(href).toMatch(/^\/meetings\?attendance=in_person&sort=name&cursor=/);
    const next = await get(href);
    expect(next.statusCode).toBe(200);
    expect(next.body).toContain('26–50, by name');
    expect(next.body).toContain('Back to the first meetings');
  });

  it('folds every filter under one line that says how many are in use, and opens it only for an error in it', async () => {
    const plain = await get('/meetings?near=97201');
    expect(plain.body).toMatch(/<details class="filter-fold" data-filter-fold="true">/);
    expect(plain.body).not.toContain('in use');
    expect(plain.body).not.toContain('Clear filters');
    const inUse = await get('/meetings?near=97201&attendance=online&day=today');
    expect(inUse.body).toMatch(/<details class="filter-fold" data-filter-fold="true">/);
    expect(inUse.body).toContain(' · 2 in use');
    // Clearing keeps the place (and nothing else of the search).
    expect(inUse.body).toMatch(/<a class="clear-filters" href="\/meetings\?near=97201">Clear filters<\/a>/);
    const nothing = await get('/meetings?near=97201&radius=1&q=zzzzqqq');
    expect(nothing.body).toMatch(/<details class="filter-fold" data-filter-fold="true">/);
    const wrong = await get('/meetings?near=97201&after=25:00');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toMatch(/<details class="filter-fold" open data-filter-fold="true">/);
  });

  it('when nothing matches, offers the nearest meetings however far, with their distance, and online meetings now', async () => {
    const res = await get('/meetings?near=97201&radius=1&q=zzzzqqq');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('No meetings match this search.');
    // No false reassurance, and no step that cannot help.
    expect(res.body).not.toMatch(/small change|Look further away/);
    expect(res.body).toContain('The nearest meetings, however far');
    const nearest = res.body.slice(res.body.indexOf('nearest-title'), res.body.indexOf('online-now-title'));
    expect(nearest).toMatch(/\d+(\.\d)? mi away|less than 0\.1 mi away/);
    expect(nearest).toContain('class="card result');
    expect(res.body).toContain('Online meetings happening now');
    expect(res.body).toContain('/meetings?attendance=online&amp;status=soon');
    expect(res.body).not.toContain('data-map');
    // The words are a filter: clearing them keeps the place.
    expect(res.body).toContain('href="/meetings?near=97201">Clear filters');
  });

  it('does not offer to clear filters when none is set', async () => {
    // Fairbanks, AK: far from every fixture meeting, so the search is empty with nothing but a place.
    const res = await get('/meetings?lat=64.8&lng=-147.7');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('No meetings match this search.');
    expect(res.body).toContain('The nearest meetings, however far');
    expect(res.body).not.toContain('Clear filters');
  });

  it('renders a meeting: schedule, both clocks, directions, formats, service body, share and save', async () => {
    const res = await get(`/meetings/${tuesday.slug}?tz=America/New_York`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toMatch(/<h1>Test Tuesday Night<\/h1>/);
    expect(html).toContain('Tuesdays, 7:30 PM–9:00 PM (Pacific Time)');
    expect(html).toMatch(/Next: Tuesday 7:30 PM, in \d+ (minutes?|hours?|days?)|Happening now, until 9:00 PM/);
    expect(html).toContain('Tuesday 10:30 PM your time (Eastern Time)');
    const address = encodeURIComponent('100 Example St, Portland, OR 97201');
    expect(html).toContain(`href="https://maps.apple.com/?daddr=${address}"`);
    expect(html).toContain(`href="https://www.google.com/maps/dir/?api=1&amp;destination=${address}"`);
    expect(html).toContain(`href="https://www.openstreetmap.org/directions?to=${address}"`);
    expect(html).toContain('Basement, side door');
    expect(html).toContain('Basic Text');
    expect(html).toContain('Closed meetings are for people');
    expect(html).toContain('wheelchair accessible');
    expect(html).toContain('Test Area');
    expect(html).toContain('href="tel:15550100"');
    expect(html).toContain('href="https://area.test.example"');
    expect(html).toContain(`href="/meetings/${tuesday.id}.ics"`);
    expect(html).toContain(`data-save-meeting="${tuesday.id}"`);
    expect(html).toMatch(/href="mailto:\?subject=Test%20Tuesday%20Night&amp;body=/);
    expect(html).toMatch(/href="sms:\?body=/);
    expect(html).not.toContain('secretary@test.example');
    expect(html).not.toContain('Key is with the custodian');
  });

  it('publishes schema.org JSON-LD that parses and cannot close its script', async () => {
    const res = await get(`/meetings/${tuesday.slug}`);
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.body);
    expect(script).not.toBeNull();
    const data = JSON.parse(script![1]!) as Record<string, unknown>;
    expect(data['@type']).toBe('Event');
    expect(data['eventAttendanceMode']).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(data['eventSchedule']).toMatchObject({
      '@type': 'Schedule',
      byDay: 'https://schema.org/Tuesday',
      startTime: '19:30:00',
      endTime: '21:00:00',
      scheduleTimezone: 'America/Los_Angeles',
      repeatFrequency: 'P1W',
    });
    expect(data['location']).toMatchObject({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', streetAddress: '100 Example St', addressLocality: 'Portland' },
    });

    const trickyPage = await get(`/meetings/${tricky.slug}`);
    const trickyScript = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(trickyPage.body)![1]!;
    expect(trickyScript).not.toContain('<');
    expect((JSON.parse(trickyScript) as { name: string }).name).toBe('Hope </script><script>alert(1)</script> Group');
    expect(trickyPage.body).not.toContain('<script>alert(1)');
  });

  it('renders an online meeting with its join link, phone and a VirtualLocation', async () => {
    const res = await get(`/meetings/${online.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<a class="button" href="https:\/\/meet\.test\.example\/j\/123456789"[^>]*>Join online<\/a>/);
    // One tap dials the number, waits (the commas) and enters the meeting id.
    expect(res.body).toContain('href="tel:+15550100,,123456789%23"');
    expect(res.body).toContain('Passcode 1234');
    expect(res.body).not.toContain('maps.apple.com');
    const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.body)![1]!) as Record<string, unknown>;
    expect(data['location']).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.test.example/j/123456789' });
  });

  it('shows notes with their line breaks and a long dial string whole', async () => {
    const res = await get(`/meetings/${lined.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<p class="lines">Meeting ID: 869 1234 5678\nPasscode: 123456</p>');
    expect(res.body).toContain('<p class="lines">Open the link\nThen wait</p>');
    // Every code is there, read out as a person dials it by hand.
    expect(res.body).toContain('+1 646-558-8656, then 86912345678#, then *123456#, then 9876543210#');
    expect(res.body).toContain('href="tel:+16465588656,,86912345678%23,,,,*123456%23,,,,9876543210%23"');
  });

  it('redirects a numeric id to the slug and answers unknown meetings with the 404 page', async () => {
    const byId = await get(`/meetings/${tuesday.id}?tz=America/Chicago`);
    expect(byId.statusCode).toBe(301);
    expect(byId.headers.location).toBe(`/meetings/${tuesday.slug}?tz=America/Chicago`);
    const missing = await get('/meetings/no-such-meeting-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('We could not find that meeting');
    expect((await get('/meetings/999999999')).statusCode).toBe(404);
  });

  it('says a sample meeting is not real', async () => {
    const sample = t.search.index.search(t.search.parse({ limit: '1', sort: 'name' })).hits[0]!.meeting;
    expect(sample.sample).toBe(true);
    const res = await get(`/meetings/${sample.slug}`);
    expect(res.body).toContain('This is a sample meeting, not a real one');
  });

  it('keeps the calendar routes working', async () => {
    const ics = await t.app.inject({ method: 'GET', url: `/meetings/${tuesday.id}.ics` });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const bySlug = await t.app.inject({ method: 'GET', url: `/meetings/${tuesday.slug}.ics` });
    expect(bySlug.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/meetings.ics?near=97201' })).statusCode).toBe(200);
  });

  it('prints a state, a city and a search day by day, with a legend', async () => {
    const state = await get('/states/or/print');
    expect(state.statusCode).toBe(200);
    const html = state.body;
    expect(html).toContain('Meeting schedule: Oregon');
    const days = [...html.matchAll(/<h2 id="day-(\d)">/g)].map((m) => Number(m[1]));
    expect(days).toEqual([...days].sort());
    const tuesdayAt = html.indexOf('<h2 id="day-2">');
    const rowAt = html.indexOf('Test Tuesday Night');
    expect(tuesdayAt).toBeGreaterThan(-1);
    expect(rowAt).toBeGreaterThan(tuesdayAt);
    expect(html).toContain('7:30 PM');
    expect(html).toMatch(/<dt>BT<\/dt><dd>Basic Text<\/dd>/);
    expect(html).toContain('Times are local');
    expect(html).toContain('Print');

    const city = await get('/states/OR/portland/print');
    expect(city.statusCode).toBe(200);
    expect(city.body).toContain('Meeting schedule: Portland, Oregon');
    expect(city.body).toContain('Test Tuesday Night');

    expect((await get('/states/zz/print')).statusCode).toBe(404);
    expect((await get('/states/or/no-such-city/print')).statusCode).toBe(404);

    const bySearch = await get('/meetings/print?near=97201&view=days');
    expect(bySearch.statusCode).toBe(200);
    expect(bySearch.body).toContain('Test Tuesday Night');
    const bad = await get('/meetings/print?day=funday');
    expect(bad.statusCode).toBe(303);
    expect(bad.headers.location).toBe('/meetings?day=funday');
  });

  it('keeps a 25-result page under 50 KB gzipped', async () => {
    const res = await get('/meetings?view=days');
    expect(res.statusCode).toBe(200);
    expect((res.body.match(/class="card result"/g) ?? []).length).toBe(25);
    const size = gzipSync(res.body).length;
    expect(size).toBeLessThan(50_000);
  });
});
