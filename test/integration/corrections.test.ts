import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import { engines } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';
import { signedIn, type AdminClient } from '../support/admin.js';

const SENDER = 'visitor-who-knows@test.example';

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** The page without tags, as a visitor reads it. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe.each(engines())('correction requests ($name)', (engine) => {
  let t: TestSite;
  let region: ServiceBody;
  let area: ServiceBody;
  let other: ServiceBody;
  let meeting: Meeting;
  let elsewhere: Meeting;
  let areaAdmin: AdminClient;
  let otherEditor: AdminClient;
  let observer: AdminClient;
  /** Each post comes from its own address unless a test is about the limit, so the limit stays out of the way. */
  let address = 0;

  beforeAll(async () => {
    t = await initSite(engine, {
      setup: async (store) => {
        region = await store.serviceBodies.create({ name: 'Test Region', type: 'region' }, 'test');
        area = await store.serviceBodies.create({ name: 'Test Area', type: 'area', parentId: region.id }, 'test');
        other = await store.serviceBodies.create({ name: 'Other Area', type: 'area' }, 'test');
        meeting = await store.meetings.create(meetingInput({ name: 'Corrected Tuesday', serviceBodyId: area.id }), 'test');
        elsewhere = await store.meetings.create(meetingInput({ name: 'Elsewhere Tuesday', serviceBodyId: other.id }), 'test');
      },
    });
    areaAdmin = await signedIn(t.app, t.store, { email: 'region-admin@test.example', role: 'body-admin', bodies: [region.id] });
    otherEditor = await signedIn(t.app, t.store, { email: 'other-editor@test.example', role: 'editor', bodies: [other.id] });
    observer = await signedIn(t.app, t.store, { email: 'observer@test.example', role: 'observer', bodies: [area.id] });
  });

  afterAll(() => t.dispose());

  const post = (slug: string, fields: Record<string, string>, remoteAddress = `10.1.0.${++address}`): Promise<LightMyRequestResponse> =>
    t.app.inject({
      method: 'POST',
      url: `/meetings/${slug}/corrections`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: form(fields),
      remoteAddress,
    });
  const page = (path: string) => t.app.inject({ method: 'GET', url: path, headers: { accept: 'text/html' } });

  it('shows on the meeting page that no volunteer has checked it, with both forms and no cookie', async () => {
    const res = await page(`/meetings/${meeting.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(text(res.body)).toContain('Not checked by a volunteer yet');
    expect(res.body).toMatch(/<details class="correction-fold"><summary>Suggest a correction<\/summary>/);
    expect(res.body).toContain(`action="/meetings/${meeting.slug}/corrections"`);
    expect(text(res.body)).toContain('Report that it did not happen');
    // The honeypot is hidden from people and screen readers, and out of the tab order.
    expect(res.body).toMatch(
      /<div hidden aria-hidden="true"><label for="fix-website">[^<]*<\/label><input id="fix-website" name="website" type="text" tabindex="-1"/,
    );
  });

  it('keeps a correction, answers 303 to a thank-you and sets no cookie', async () => {
    const before = (await t.store.corrections.open()).length;
    const res = await post(meeting.slug, {
      kind: 'correction',
      startTime: '20:00',
      weekday: '3',
      message: 'Moved to Wednesday.',
      email: SENDER,
      website: '',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/meetings/${meeting.slug}?suggested=1#correct`);
    expect(res.headers['set-cookie']).toBeUndefined();
    const open = await t.store.corrections.open();
    expect(open).toHaveLength(before + 1);
    expect(open[0]).toMatchObject({
      meetingId: meeting.id,
      kind: 'correction',
      proposed: { startTime: '20:00', weekday: '3' },
      email: SENDER,
    });
    const thanked = await page(`/meetings/${meeting.slug}?suggested=1`);
    expect(text(thanked.body)).toContain('Thank you. The volunteers who keep this list will look at what you sent.');
  });

  it('thanks a bot that filled the honeypot and keeps nothing', async () => {
    const before = (await t.store.corrections.forMeeting(meeting.id)).length;
    const res = await post(meeting.slug, { kind: 'correction', message: 'cheap pills', website: 'https://spam.test.example' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/meetings/${meeting.slug}?suggested=1#correct`);
    expect(await t.store.corrections.forMeeting(meeting.id)).toHaveLength(before);
  });

  it('refuses bad input with 400, each error beside its field and the input kept, and keeps nothing', async () => {
    const before = (await t.store.corrections.forMeeting(meeting.id)).length;
    const res = await post(meeting.slug, { kind: 'correction', startTime: 'soon', conferenceUrl: 'zoom me', email: 'not-an-address' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body).toMatch(
      /id="fix-startTime" name="startTime" aria-invalid="true" aria-describedby="fix-startTime-error"[^>]*value="soon"/,
    );
    expect(res.body).toMatch(/<p class="field-error" id="fix-startTime-error">Give the time as hours and minutes/);
    expect(res.body).toMatch(/id="fix-conferenceUrl"[^>]*aria-describedby="fix-conferenceUrl-error"[^>]*value="zoom me"/);
    expect(res.body).toMatch(/id="fix-email"[^>]*aria-describedby="fix-email-hint fix-email-error"[^>]*value="not-an-address"/);
    // The fold is open on the form that failed.
    expect(res.body).toContain('<details class="correction-fold" open>');
    expect(await t.store.corrections.forMeeting(meeting.id)).toHaveLength(before);

    const empty = await post(meeting.slug, { kind: 'correction' });
    expect(empty.statusCode).toBe(400);
    expect(text(empty.body)).toContain('Fill in what has changed, or say what is wrong in the message.');
    const badDate = await post(meeting.slug, { kind: 'did-not-happen', missedOn: '2026-02-31' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toMatch(/id="missed-missedOn"[^>]*aria-invalid="true"/);
  });

  it('answers 404 for a meeting that is not published', async () => {
    const res = await post('no-such-meeting', { kind: 'correction', message: 'hello' });
    expect(res.statusCode).toBe(404);
  });

  it('limits each address: 429 past the limit, with a page that says so, and keeps nothing more', async () => {
    const from = '10.2.0.1';
    for (let i = 0; i < 5; i++) expect((await post(meeting.slug, { kind: 'correction', message: `try ${i}` }, from)).statusCode).toBe(303);
    const kept = (await t.store.corrections.forMeeting(meeting.id)).length;
    const refused = await post(meeting.slug, { kind: 'correction', message: 'one more' }, from);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect(text(refused.body)).toContain('Too many suggestions came from here');
    expect(await t.store.corrections.forMeeting(meeting.id)).toHaveLength(kept);
    // Another address is not held back.
    expect((await post(meeting.slug, { kind: 'correction', message: 'from elsewhere' })).statusCode).toBe(303);
    // Clear the tries out of the queue for the tests below.
    for (const request of await t.store.corrections.open())
      if (request.message?.startsWith('try ') || request.message === 'from elsewhere')
        await t.store.corrections.resolve(request.id, 'dismissed', 'test');
  });

  it('never shows the sender’s email on a public page, feed or API', async () => {
    const paths = [
      `/meetings/${meeting.slug}`,
      `/meetings/${meeting.slug}?suggested=1`,
      `/api/v1/meetings/${meeting.id}`,
      '/api/v1/meetings',
      '/api/v1/meetings.csv',
      '/meetings',
      `/meetings/${meeting.id}.ics`,
    ];
    for (const path of paths) {
      const res = await page(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.body, path).not.toContain(SENDER);
    }
  });

  it('queues the request for the admins of the meeting’s body, not for another body’s editor', async () => {
    const queue = await areaAdmin.get('/admin/corrections');
    expect(queue.statusCode).toBe(200);
    const body = text(queue.body);
    expect(body).toContain('Corrected Tuesday');
    expect(body).toContain('Moved to Wednesday.');
    expect(body).toContain(SENDER);
    // The diff: Tuesday → Wednesday, 7:30 PM → 8:00 PM.
    expect(queue.body).toMatch(/<th scope="row">Day<\/th><td><del>Tuesday<\/del><\/td><td><ins>Wednesday<\/ins><\/td>/);
    expect(queue.body).toMatch(/<th scope="row">Start time<\/th><td><del>7:30 PM<\/del><\/td><td><ins>8:00 PM<\/ins><\/td>/);
    expect(queue.body).toContain(`href="/admin/meetings/${meeting.id}"`);

    const others = await otherEditor.get('/admin/corrections');
    expect(others.statusCode).toBe(200);
    expect(text(others.body)).not.toContain('Corrected Tuesday');
    expect(others.body).not.toContain(SENDER);

    // An observer reads the request, without the email and without the buttons.
    const observed = await observer.get('/admin/corrections');
    expect(text(observed.body)).toContain('Moved to Wednesday.');
    expect(observed.body).not.toContain(SENDER);
    expect(observed.body).not.toContain('/apply"');
  });

  it('refuses Apply to another body’s editor and changes nothing', async () => {
    const [request] = await t.store.corrections.open();
    const before = await t.store.meetings.get(meeting.id);
    const res = await otherEditor.post(`/admin/corrections/${request!.id}/apply`, {}, '/admin/corrections');
    expect(res.statusCode).toBe(403);
    expect(await t.store.meetings.get(meeting.id)).toEqual(before);
    expect((await t.store.corrections.get(request!.id))!.status).toBe('open');
  });

  it('applies a correction in one step: the meeting changes, search shows it, the page says checked today', async () => {
    const request = (await t.store.corrections.open()).find((r) => r.email === SENDER)!;
    const res = await areaAdmin.post(`/admin/corrections/${request.id}/apply`, {}, '/admin/corrections');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/admin/corrections?done=applied&meeting=${meeting.id}`);
    const changed = (await t.store.meetings.get(meeting.id))!;
    expect(changed.schedule).toMatchObject({ weekday: 3, startTime: '20:00' });
    expect(changed.checkedAt).toBe(changed.updatedAt);
    const resolved = (await t.store.corrections.get(request.id))!;
    expect(resolved).toMatchObject({ status: 'applied', resolvedBy: 'region-admin@test.example' });
    expect(resolved.resolvedAt).not.toBeNull();
    const [change] = (await t.store.changes.forEntity('meeting', meeting.id)).slice(-1);
    expect(change).toMatchObject({ actor: 'region-admin@test.example', note: `correction request ${request.id}` });

    await t.search.settled();
    const found = t.search.search(t.search.parse({ day: ['3'] }));
    expect(found.meetings.map((r) => r.id)).toContain(meeting.id);
    expect(found.meetings.find((r) => r.id === meeting.id)).toMatchObject({ schedule: { startTime: '20:00' } });
    const publicPage = await page(`/meetings/${meeting.slug}`);
    expect(text(publicPage.body)).toContain('Last checked by a volunteer today.');
    expect(text(publicPage.body)).toContain('Wednesdays, 8:00 PM');

    const notice = await areaAdmin.get(res.headers.location as string);
    expect(text(notice.body)).toContain('Applied to Corrected Tuesday.');
    // A second press finds it already applied and changes nothing.
    const again = await areaAdmin.post(`/admin/corrections/${request.id}/apply`, {}, '/admin/corrections');
    expect(again.statusCode).toBe(409);
    expect((await t.store.meetings.get(meeting.id))!.updatedAt).toBe(changed.updatedAt);
  });

  it('dismisses a request and changes nothing else', async () => {
    expect((await post(meeting.slug, { kind: 'correction', conferencePhone: '+1 555-0199' })).statusCode).toBe(303);
    const request = (await t.store.corrections.open()).find((r) => r.proposed.conferencePhone === '+1 555-0199')!;
    const before = await t.store.meetings.get(meeting.id);
    const seq = await t.store.changes.latestSeq();
    const res = await areaAdmin.post(`/admin/corrections/${request.id}/dismiss`, {}, '/admin/corrections');
    expect(res.statusCode).toBe(303);
    expect(await t.store.meetings.get(meeting.id)).toEqual(before);
    expect(await t.store.changes.latestSeq()).toBe(seq);
    expect((await t.store.corrections.get(request.id))!).toMatchObject({ status: 'dismissed', resolvedBy: 'region-admin@test.example' });
    expect(text((await areaAdmin.get('/admin/corrections')).body)).not.toContain('+1 555-0199');
  });

  it('shows a request against the meeting as it is now when the meeting changed since', async () => {
    expect((await post(meeting.slug, { kind: 'correction', street: '200 Example Ave' })).statusCode).toBe(303);
    const current = (await t.store.meetings.get(meeting.id))!;
    await t.store.meetings.update(
      meeting.id,
      { ...current, venue: { ...current.venue, street: '150 Example St' } },
      'someone@test.example',
    );
    const queue = await areaAdmin.get('/admin/corrections');
    expect(text(queue.body)).toContain('The meeting was changed after this was sent');
    expect(queue.body).toMatch(
      /<th scope="row">Street address<\/th><td><del>150 Example St<\/del><\/td><td><ins>200 Example Ave<\/ins><\/td>/,
    );
    const request = (await t.store.corrections.open()).find((r) => r.proposed.street === '200 Example Ave')!;
    expect((await areaAdmin.post(`/admin/corrections/${request.id}/apply`, {}, '/admin/corrections')).statusCode).toBe(303);
    const moved = (await t.store.meetings.get(meeting.id))!;
    expect(moved.venue.street).toBe('200 Example Ave');
    // The pin still marks the old address: approximate until someone places it again.
    expect(moved.venue.approximate).toBe(true);
  });

  it('offers "Mark temporarily closed" for a "did not happen" report, which closes the meeting', async () => {
    expect((await post(elsewhere.slug, { kind: 'did-not-happen', missedOn: '2026-11-24', message: 'Door locked.' })).statusCode).toBe(303);
    const request = (await t.store.corrections.open()).find((r) => r.meetingId === elsewhere.id)!;
    expect(request).toMatchObject({ kind: 'did-not-happen', missedOn: '2026-11-24', message: 'Door locked.' });
    const queue = await otherEditor.get('/admin/corrections');
    expect(text(queue.body)).toContain('Reported: the meeting did not happen');
    expect(text(queue.body)).toContain('Mark temporarily closed');
    // An editor is not an admin: no email shown, though there is none here either.
    expect(text((await areaAdmin.get('/admin/corrections')).body)).not.toContain('Door locked.');
    const res = await otherEditor.post(`/admin/corrections/${request.id}/apply`, {}, '/admin/corrections');
    expect(res.statusCode).toBe(303);
    expect((await t.store.meetings.get(elsewhere.id))!.attendance).toBe('temporarily_closed');
    await t.search.settled();
    expect(text((await page(`/meetings/${elsewhere.slug}`)).body)).toContain('This meeting is temporarily closed');
  });
});
