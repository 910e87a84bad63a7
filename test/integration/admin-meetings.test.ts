import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import { AdminClient, csrfOf, signedIn, type FormFields } from '../support/admin.js';
import { engines } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

/** The form fields the edit page sends for a meeting, as a browser would post them back. */
function formOf(html: string): FormFields {
  const fields: Record<string, string | string[]> = {};
  const form = html.slice(html.indexOf('class="admin-form meeting-form"'));
  for (const match of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = match[1]!;
    const name = /name="([^"]+)"/.exec(attrs)?.[1];
    if (!name || name === '_csrf') continue;
    const value = (/value="([^"]*)"/.exec(attrs)?.[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    if (/type="checkbox"/.test(attrs)) {
      if (!/ checked/.test(attrs)) continue;
      if (name === 'formats' || name === 'categories') fields[name] = [...((fields[name] as string[] | undefined) ?? []), value];
      else fields[name] = value;
    } else fields[name] = value;
  }
  for (const match of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
    fields[match[1]!] = match[2]!.replace(/&amp;/g, '&');
  for (const match of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    fields[match[1]!] = /<option value="([^"]*)" selected/.exec(match[2]!)?.[1] ?? '';
  }
  return fields;
}

async function publicNames(site: TestSite, q: string): Promise<string[]> {
  await site.search.settled();
  const response = await site.app.inject({ url: `/api/v1/meetings?q=${encodeURIComponent(q)}` });
  return response.json<{ meetings: { name: string }[] }>().meetings.map((m) => m.name);
}

describe.each(engines())('admin meetings on $name', (engine) => {
  let site: TestSite;
  let region: ServiceBody;
  let area: ServiceBody;
  let other: ServiceBody;
  let meeting: Meeting;
  let editor: AdminClient;
  let n = 0;

  beforeAll(async () => {
    site = await initSite(engine, {
      setup: async (store) => {
        region = await store.serviceBodies.create({ name: 'Test Region', type: 'region' }, 'test');
        area = await store.serviceBodies.create({ name: 'Test Area', type: 'area', parentId: region.id }, 'test');
        other = await store.serviceBodies.create({ name: 'Other Area', type: 'area' }, 'test');
      },
    });
    meeting = await site.store.meetings.create(meetingInput({ name: 'Harbor Lights', serviceBodyId: area.id }), 'test');
    editor = await signedIn(site.app, site.store, { email: 'editor@test.example', role: 'editor', bodies: [area.id] });
  });
  afterAll(() => site.dispose());

  async function freshMeeting(overrides: Parameters<typeof meetingInput>[0] = {}): Promise<Meeting> {
    n++;
    return site.store.meetings.create(meetingInput({ name: `Fresh Meeting ${n}`, serviceBodyId: area.id, ...overrides }), 'test');
  }

  it('lists the meetings in reach, unpublished ones first and marked, with the public search parameters', async () => {
    const draft = await freshMeeting({ name: 'Quiet Draft', published: false });
    await site.store.meetings.create(meetingInput({ name: 'Elsewhere Night', serviceBodyId: other.id }), 'test');
    await site.search.settled();
    const page = await editor.get('/admin/meetings');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Harbor Lights');
    expect(page.body).toContain(`href="/admin/meetings/${draft.id}"`);
    expect(page.body.indexOf('Quiet Draft')).toBeLessThan(page.body.indexOf('Harbor Lights'));
    expect(page.body).toContain('Unpublished');
    expect(page.body).not.toContain('Elsewhere Night');
    expect(page.body).toContain('href="/admin/meetings/new"');

    const searched = await editor.get('/admin/meetings?q=quiet');
    expect(searched.body).toContain('Quiet Draft');
    expect(searched.body).not.toContain('Harbor Lights');
    // The public search never sees it.
    expect(await publicNames(site, 'quiet')).toEqual([]);

    const bad = await editor.get('/admin/meetings?day=funday');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="search-problem"');

    const admin = await signedIn(site.app, site.store, { email: 'admin-list@test.example', role: 'admin' });
    expect((await admin.get('/admin/meetings?q=elsewhere')).body).toContain('Elsewhere Night');
  });

  it('creates a meeting that the public search finds at once', async () => {
    const form = formOf((await editor.get('/admin/meetings/new')).body);
    const response = await editor.post(
      '/admin/meetings',
      {
        ...form,
        name: 'Sunrise Serenity',
        serviceBodyId: String(area.id),
        'schedule.weekday': '3',
        'schedule.startTime': '07:00',
        'venue.street': '1 Dawn Rd',
        'venue.city': 'Portland',
        'venue.state': 'OR',
        'venue.postalCode': '97201',
        'venue.latitude': '45.52',
        'venue.longitude': '-122.68',
        formats: ['O'],
        'contacts.0.name': 'Sam',
        'contacts.0.email': 'sam@test.example',
      },
      '/admin/meetings/new',
    );
    expect(response.statusCode).toBe(303);
    const id = Number(/\/admin\/meetings\/(\d+)/.exec(String(response.headers.location))?.[1]);
    const stored = await site.store.meetings.get(id);
    expect(stored).toMatchObject({ name: 'Sunrise Serenity', serviceBodyId: area.id, formats: ['O'], published: true });
    // The zone came from the coordinates, left on "set from the place".
    expect(stored!.schedule.timeZone).toBe('America/Los_Angeles');
    expect(stored!.contacts).toEqual([{ name: 'Sam', email: 'sam@test.example', phone: null }]);
    expect((await site.store.changes.forEntity('meeting', id))[0]!.actor).toBe('editor@test.example');
    expect(await publicNames(site, 'sunrise')).toEqual(['Sunrise Serenity']);
  });

  it('saves an edit, which is a check, and the public search shows it at once', async () => {
    const target = await freshMeeting({ name: 'Riverside Hope' });
    const page = await editor.get(`/admin/meetings/${target.id}`);
    expect(page.statusCode).toBe(200);
    // The private fields are on the form.
    expect(page.body).toContain('secretary@test.example');
    expect(page.body).toContain('Key is with the custodian.');
    const response = await editor.post(
      `/admin/meetings/${target.id}`,
      { ...formOf(page.body), name: 'Riverside Hope Renewed' },
      `/admin/meetings/${target.id}`,
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/admin/meetings/${target.id}?done=saved`);
    const stored = await site.store.meetings.get(target.id);
    expect(stored!.name).toBe('Riverside Hope Renewed');
    expect(stored!.checkedAt).toBe(stored!.updatedAt);
    // What the form cannot show is kept.
    expect(stored!.venue.regions).toEqual(target.venue.regions);
    expect(stored!.formats).toEqual(target.formats);
    expect(await publicNames(site, 'renewed')).toEqual(['Riverside Hope Renewed']);
    expect((await editor.get(response.headers.location!)).body).toContain('Saved.');
  });

  it('refuses a stale edit with the input kept and the other change shown', async () => {
    const target = await freshMeeting({ name: 'Stale Bread' });
    const page = await editor.get(`/admin/meetings/${target.id}`);
    const form = formOf(page.body);
    await site.store.meetings.update(target.id, { ...target, notes: 'Moved upstairs' }, 'other@test.example');
    const response = await editor.post(
      `/admin/meetings/${target.id}`,
      { ...form, name: 'Stale Bread Mine' },
      `/admin/meetings/${target.id}`,
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Someone else saved this meeting first');
    expect(response.body).toContain('other@test.example');
    expect(response.body).toContain('Moved upstairs');
    expect(response.body).toMatch(/<th scope="row">Notes<\/th>/);
    expect(response.body).toContain('value="Stale Bread Mine"');
    expect((await site.store.meetings.get(target.id))!.name).toBe('Stale Bread');
    // Saving again from the re-rendered form is a choice made having seen theirs.
    const again = await editor.post(`/admin/meetings/${target.id}`, formOf(response.body), `/admin/meetings/${target.id}`);
    expect(again.statusCode).toBe(303);
    expect((await site.store.meetings.get(target.id))!.name).toBe('Stale Bread Mine');
  });

  it('shows validation errors beside their fields with the input kept, and writes nothing', async () => {
    const target = await freshMeeting({ name: 'Careful Steps' });
    const form = formOf((await editor.get(`/admin/meetings/${target.id}`)).body);
    const response = await editor.post(
      `/admin/meetings/${target.id}`,
      { ...form, name: '', 'venue.latitude': '123', 'contacts.0.email': 'not an email', 'venue.city': 'Typed City' },
      `/admin/meetings/${target.id}`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(
      /id="name"[^>]*aria-invalid="true"[^>]*aria-describedby="name-error"|aria-invalid="true" aria-describedby="name-error"/,
    );
    expect(response.body).toContain('id="name-error">Name is required');
    expect(response.body).toContain('id="venue.latitude-error">Latitude must be from -90 to 90');
    expect(response.body).toContain('id="contacts.0.email-error"');
    expect(response.body).toContain('value="Typed City"');
    expect(response.body).toContain('value="123"');
    expect(response.body).toContain('href="#venue.latitude"');
    expect((await site.store.meetings.get(target.id))!.updatedAt).toBe(target.updatedAt);
  });

  it('saves as copy: a new, unpublished meeting named as a copy, the original unchanged', async () => {
    const target = await freshMeeting({ name: 'Twin Oaks' });
    const form = formOf((await editor.get(`/admin/meetings/${target.id}`)).body);
    const response = await editor.post(
      `/admin/meetings/${target.id}/copy`,
      { ...form, 'schedule.weekday': '5' },
      `/admin/meetings/${target.id}`,
    );
    expect(response.statusCode).toBe(303);
    const copyId = Number(/\/admin\/meetings\/(\d+)\?done=copied/.exec(String(response.headers.location))?.[1]);
    expect(copyId).not.toBe(target.id);
    const copy = await site.store.meetings.get(copyId);
    expect(copy).toMatchObject({ name: 'Twin Oaks (copy)', published: false, serviceBodyId: area.id });
    expect(copy!.schedule.weekday).toBe(5);
    expect(copy!.slug).not.toBe(target.slug);
    expect((await site.store.meetings.get(target.id))!.updatedAt).toBe(target.updatedAt);
    expect(await publicNames(site, 'twin oaks')).toEqual(['Twin Oaks']);
  });

  it('unpublishes (the public search drops it), publishes again, and marks as checked', async () => {
    const target = await freshMeeting({ name: 'Lantern Circle' });
    expect(await publicNames(site, 'lantern')).toEqual(['Lantern Circle']);
    const off = await editor.post(`/admin/meetings/${target.id}/unpublish`, {}, `/admin/meetings/${target.id}`);
    expect(off.statusCode).toBe(303);
    expect(await publicNames(site, 'lantern')).toEqual([]);
    expect((await editor.get('/admin/meetings?q=lantern')).body).toContain('Unpublished');
    await editor.post(`/admin/meetings/${target.id}/publish`, {}, `/admin/meetings/${target.id}`);
    expect(await publicNames(site, 'lantern')).toEqual(['Lantern Circle']);
    const checked = await editor.post(`/admin/meetings/${target.id}/checked`, {}, `/admin/meetings/${target.id}`);
    expect(checked.statusCode).toBe(303);
    expect((await site.store.meetings.get(target.id))!.checkedAt).not.toBeNull();
  });

  it('deletes only after the confirmation step', async () => {
    const target = await freshMeeting({ name: 'Farewell Hall' });
    const ask = await editor.post(`/admin/meetings/${target.id}/delete`, {}, `/admin/meetings/${target.id}`);
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('Delete Farewell Hall?');
    expect(ask.body).toContain('name="confirm" value="yes"');
    expect(await site.store.meetings.get(target.id)).toBeDefined();
    const gone = await editor.post(`/admin/meetings/${target.id}/delete`, { confirm: 'yes' }, `/admin/meetings/${target.id}`);
    expect(gone.statusCode).toBe(303);
    expect(await site.store.meetings.get(target.id)).toBeUndefined();
    const list = await editor.get(gone.headers.location!);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('The meeting is deleted.');
    expect(await publicNames(site, 'farewell')).toEqual([]);
  });

  it('finds a ZIP code on the map: approximate coordinates and the zone from them', async () => {
    const form = formOf((await editor.get('/admin/meetings/new')).body);
    const response = await editor.post(
      '/admin/meetings',
      { ...form, action: 'geocode', name: 'Mountain Time', 'venue.postalCode': '80202', 'venue.latitude': '', 'venue.longitude': '' },
      '/admin/meetings/new',
    );
    expect(response.statusCode).toBe(200);
    const found = formOf(response.body);
    expect(Number(found['venue.latitude'])).toBeCloseTo(39.75, 0);
    expect(Number(found['venue.longitude'])).toBeCloseTo(-105, 0);
    expect(found['venue.approximate']).toBe('on');
    expect(found['schedule.timeZone']).toBe('America/Denver');
    expect(found['name']).toBe('Mountain Time');
    expect(response.body).toContain('an approximate point');
    // Nothing was saved by finding it.
    expect(await publicNames(site, 'mountain time')).toEqual([]);
  });

  it('an observer sees the form read-only and cannot save', async () => {
    const observer = await signedIn(site.app, site.store, { email: 'observer@test.example', role: 'observer', bodies: [area.id] });
    const page = await observer.get(`/admin/meetings/${meeting.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('secretary@test.example');
    expect(page.body).toContain('<fieldset disabled');
    expect(page.body).not.toContain('value="save"');
    expect(page.body).not.toContain('href="/admin/meetings/new"');
    const token = csrfOf(page.body);
    const response = await observer.request(
      'POST',
      `/admin/meetings/${meeting.id}`,
      new URLSearchParams({ _csrf: token, ...(formOf(page.body) as Record<string, string>), name: 'Observed' }).toString(),
    );
    expect(response.statusCode).toBe(403);
    expect((await site.store.meetings.get(meeting.id))!.name).toBe('Harbor Lights');
  });

  it('an editor cannot move a meeting to a body they do not edit', async () => {
    const target = await freshMeeting({ name: 'Moving Day' });
    const form = formOf((await editor.get(`/admin/meetings/${target.id}`)).body);
    const response = await editor.post(
      `/admin/meetings/${target.id}`,
      { ...form, serviceBodyId: String(other.id) },
      `/admin/meetings/${target.id}`,
    );
    expect(response.statusCode).toBe(403);
    expect((await site.store.meetings.get(target.id))!.serviceBodyId).toBe(area.id);
  });
});
