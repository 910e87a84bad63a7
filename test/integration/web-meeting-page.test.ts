import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backParam } from '../../src/web/back-to-results.js';
import { sqliteEngine } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

const HTML = { accept: 'text/html' };

/** What a visitor reads: the page without its tags (links and emphasis run on in their sentence). */
function text(html: string): string {
  return html
    .replace(/<\/?(a|strong|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&amp;/g, '&');
}

/** The HTML of <main>: the page itself, without the banners, header and footer every page has. */
function main(html: string): string {
  return /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!;
}

describe('a meeting page', () => {
  let t: TestSite;
  let open: { slug: string };
  let closed: { slug: string; id: number };
  let closedOnline: { slug: string };

  beforeAll(async () => {
    t = await initSite(sqliteEngine(), {
      setup: async (store) => {
        open = await store.meetings.create(meetingInput({ name: 'Open Tuesday' }), 'test');
        closed = await store.meetings.create(meetingInput({ name: 'Closed Tuesday', attendance: 'temporarily_closed' }), 'test');
        closedOnline = await store.meetings.create(
          meetingInput({
            name: 'Closed Hall Online',
            attendance: 'temporarily_closed',
            online: {
              conferenceUrl: 'https://meet.test.example/j/555',
              conferenceUrlNotes: 'Passcode 4321',
              conferencePhone: '+1 555-0100,,555#',
              conferencePhoneNotes: null,
            },
          }),
          'test',
        );
      },
    });
  });

  afterAll(() => t.dispose());

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: HTML });

  it('of a temporarily closed meeting says so at the top, and offers nothing as if it met', async () => {
    const res = await get(`/meetings/${closed.slug}`);
    expect(res.statusCode).toBe(200);
    const page = main(res.body);
    // Right under the heading, in its own box with a heading of its own.
    expect(page).toMatch(
      /<h1>Closed Tuesday<\/h1><section class="closed-notice" aria-labelledby="closed-heading"><h2 id="closed-heading">This meeting is temporarily closed<\/h2>/,
    );
    expect(text(page)).toContain('It is not meeting for now. Check with the group before you go, or find other meetings nearby.');
    expect(page).toContain('href="/meetings?lat=45.5152&amp;lng=-122.6784"');
    // No next time, calendar, directions or map links: the schedule and address only, as when it met.
    expect(page).not.toMatch(/Next:|Happening now|Starts in|in \d+ (minutes?|hours?|days?)/);
    expect(page).not.toContain('.ics');
    expect(page).not.toContain('Add to calendar');
    expect(page).not.toMatch(/Directions|maps\.apple\.com|google\.com\/maps|openstreetmap\.org/);
    expect(text(page)).toContain('When it usually meets Tuesdays, 7:30 PM–9:00 PM (Pacific Time)');
    expect(text(page)).toContain('Where it usually meets Test Community Hall 100 Example St, Portland, OR 97201');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.body)![1]!) as Record<string, unknown>;
    expect(jsonLd['eventStatus']).toBe('https://schema.org/EventPostponed');
    expect(jsonLd['startDate']).toBeUndefined();
    // What a search engine shows of it says so too.
    expect(res.body).toMatch(/<meta name="description" content="[^"]*Temporarily closed: check with the group before you go\."/);
  });

  it('of a temporarily closed meeting that meets online offers the online ways in instead', async () => {
    const page = main((await get(`/meetings/${closedOnline.slug}`)).body);
    const notice = /<section class="closed-notice"[\s\S]*?<\/section>/.exec(page)![0];
    expect(text(notice)).toContain('This group meets online for now:');
    expect(notice).toMatch(/<a class="button" href="https:\/\/meet\.test\.example\/j\/555"[^>]*>Join online<\/a>/);
    expect(notice).toContain('href="tel:+15550100,,555%23"');
    expect(notice).toContain('Passcode 4321');
    expect(notice).not.toContain('find other meetings nearby');
    expect(page).not.toContain('.ics');
    expect(page).not.toMatch(/Directions|maps\.apple\.com/);
  });

  it('of a meeting that meets has no closed notice', async () => {
    const page = main((await get(`/meetings/${open.slug}`)).body);
    expect(page).not.toContain('closed-notice');
    expect(page).toContain('Add to calendar');
    expect(page).toContain('maps.apple.com');
  });

  it('reached from a search links back to those results, and to nowhere else', async () => {
    const search = '?near=Portland%2C+OR&day=today&view=days';
    const res = await get(`/meetings/${open.slug}?${backParam(search)}`);
    expect(res.statusCode).toBe(200);
    const page = main(res.body);
    expect(page).toMatch(
      /^<p class="back-link"><a href="\/meetings\?near=Portland%2C\+OR&amp;day=today&amp;view=days"><span aria-hidden="true">←<\/span>Back to results<\/a><\/p><h1>/,
    );
    // Through the redirect from the numeric address too.
    const byId = await get(`/meetings/${closed.id}?${backParam(search)}`);
    expect(byId.statusCode).toBe(301);
    expect((await get(byId.headers.location!)).body).toContain('Back to results');

    // Anything that is not a search is dropped; the page still answers, with no link at all if nothing is left.
    for (const back of ['https://evil.example/', '//evil.example', 'javascript:alert(1)', 'utm_source=x']) {
      const hostile = await get(`/meetings/${open.slug}?back=${encodeURIComponent(back)}`);
      expect(hostile.statusCode, back).toBe(200);
      expect(main(hostile.body), back).not.toContain('Back to results');
      expect(hostile.body, back).not.toContain('evil.example');
    }
    const mixed = await get(`/meetings/${open.slug}?back=${encodeURIComponent('near=97201&next=https://evil.example')}`);
    expect(main(mixed.body)).toContain('<a href="/meetings?near=97201">');
    expect(mixed.body).not.toContain('evil.example');
    expect(main((await get(`/meetings/${open.slug}`)).body)).not.toContain('Back to results');
  });
});
