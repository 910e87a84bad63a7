import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import { runImport } from '../../src/interop/import/run-import.js';
import type { FeedKind } from '../../src/interop/import/load-feed.js';
import type { Store } from '../../src/store/store.js';
import { engines } from '../support/engines.js';
import { initSite, type TestSite } from '../support/harness.js';

/**
 * Export a seeded store as each feed, import the feed into an empty store over HTTP, and
 * every published meeting comes back with the same schedule, place, formats and online
 * details. The sample covers in-person, online, hybrid and temporarily closed meetings,
 * every format and several time zones.
 */
async function everyMeeting(store: Store): Promise<Meeting[]> {
  const all: Meeting[] = [];
  for await (const page of store.meetings.all({ publishedOnly: true })) all.push(...page);
  return all;
}

/** What must survive the trip. The import sets the attendance formats itself, so they are compared as attendance. */
function essentials(meeting: Meeting) {
  const { venue, online } = meeting;
  return {
    name: meeting.name,
    schedule: meeting.schedule,
    attendance: meeting.attendance,
    formats: meeting.formats.filter((code) => !['VM', 'HY', 'TC'].includes(code)).sort(),
    languages: [...meeting.languages].sort(),
    place: {
      name: venue.name,
      street: venue.street,
      city: venue.city,
      state: venue.state,
      postalCode: venue.postalCode,
      country: venue.country,
      latitude: venue.latitude,
      longitude: venue.longitude,
      notes: venue.notes,
    },
    online,
    notes: meeting.notes,
  };
}

const FEEDS: { kind: FeedKind; path: string; key: (m: Meeting) => string }[] = [
  { kind: 'bmlt', path: '/main_server/', key: (m) => String(m.id) },
  { kind: 'meeting-guide', path: '/api/v1/feeds/meeting-guide.json', key: (m) => m.slug },
];

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`round trips through the feeds (${engine.name})`, () => {
    let origin: TestSite;
    let base: string;
    let exported: Meeting[];

    beforeAll(async () => {
      origin = await initSite(engine, { sample: { count: 400, seed: 11 } });
      base = await origin.listen();
      exported = await everyMeeting(origin.store);
    }, 120_000);

    afterAll(() => origin.dispose());

    for (const feed of FEEDS) {
      it(`brings every meeting back from the ${feed.kind} feed`, async () => {
        const target = await engine.fresh();
        try {
          const report = await runImport(target.store, {
            kind: feed.kind,
            location: `${base}${feed.path}`,
            source: 'trip',
            allowPrivate: true,
          });
          expect(report.skipped).toEqual([]);
          expect(report.added).toBe(exported.length);
          const imported = new Map((await everyMeeting(target.store)).map((m) => [m.provenance.externalId, m]));
          expect(imported.size).toBe(exported.length);
          // The sample has every kind of meeting, or the trip proves less than it claims.
          expect(new Set(exported.map((m) => m.attendance))).toEqual(new Set(['in_person', 'online', 'hybrid', 'temporarily_closed']));
          for (const meeting of exported) {
            const back = imported.get(feed.key(meeting));
            expect(back, meeting.name).toBeDefined();
            expect(essentials(back!), `${meeting.id} ${meeting.name}`).toEqual(essentials(meeting));
          }

          // A second import of the unchanged feed changes nothing and keeps every id.
          const again = await runImport(target.store, {
            kind: feed.kind,
            location: `${base}${feed.path}`,
            source: 'trip',
            allowPrivate: true,
          });
          expect({ added: again.added, changed: again.changed, removed: again.removed }).toEqual({ added: 0, changed: 0, removed: 0 });
          const ids = new Map((await everyMeeting(target.store)).map((m) => [m.provenance.externalId, m.id]));
          for (const [externalId, meeting] of imported) expect(ids.get(externalId)).toBe(meeting.id);
        } finally {
          await target.dispose();
        }
      }, 120_000);
    }
  });
}
