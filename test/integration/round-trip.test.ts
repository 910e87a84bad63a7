import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsOnlineAccess } from '../../src/domain/attendance.js';
import { publicExtras, type Meeting } from '../../src/domain/meeting.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import { runImport } from '../../src/interop/import/run-import.js';
import type { FeedKind } from '../../src/interop/import/load-feed.js';
import { updatedStamp } from '../../src/interop/meeting-guide/to-meeting-guide.js';
import { publicNotes } from '../../src/interop/meeting-guide/to-sample-notes.js';
import type { Store } from '../../src/store/store.js';
import { engines } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

/**
 * Export a store as each feed, import the feed into an empty store over HTTP, and compare
 * every field of every published meeting with the meeting it came from. The sample covers
 * in-person, online, hybrid and temporarily closed meetings, every format, several programs
 * and time zones; two hand-made meetings add what the sample lacks (a source's extra fields,
 * the entity fields, contacts in both places, county, neighbourhood, transit lines).
 *
 * `expectedBack` says, field by field, what each format carries. Where a field cannot survive
 * a format by that format's nature, it says which and why; nothing is left out unsaid, and a
 * field added to Meeting fails the test until someone says what each format does with it.
 */

/** Every field of a stored meeting, each listed once in `expectedBack`. */
const MEETING_FIELDS = [
  'id',
  'slug',
  'createdAt',
  'updatedAt',
  'checkedAt',
  'name',
  'program',
  'categories',
  'serviceBodyId',
  'groupName',
  'groupNotes',
  'worldId',
  'schedule',
  'attendance',
  'venue',
  'online',
  'formats',
  'languages',
  'notes',
  'website',
  'contacts',
  'adminNotes',
  'published',
  'sample',
  'provenance',
  'extras',
].sort();

/** The formats that say how people attend: the import sets them from the attendance itself. */
const ATTENDANCE_FORMATS = new Set(['VM', 'HY', 'TC']);

interface TripContext {
  kind: FeedKind;
  base: string;
  source: string;
  /** The origin's service bodies, by id. */
  originBodies: ReadonlyMap<number, ServiceBody>;
  /** The body an imported meeting is in, or null. */
  targetBody: (id: number | null) => ServiceBody | null;
  /** Whether the feed described its service bodies (a root server) or not (a saved answer). */
  bodiesDescribed: boolean;
}

type Comparable = Record<string, unknown>;

/** The fields we compare, as they should read after the trip, from the origin meeting. */
function expectedBack(origin: Meeting, back: Meeting, trip: TripContext): Comparable {
  const { venue, online } = origin;
  const remote = needsOnlineAccess(origin.attendance);
  const originBody = origin.serviceBodyId === null ? null : (trip.originBodies.get(origin.serviceBodyId) ?? null);
  const common = {
    // Store-made: the target gives its own id and times.
    id: back.id,
    createdAt: back.createdAt,
    updatedAt: back.updatedAt,
    // A volunteer's confirmation on this site: neither feed says when a meeting was last
    // checked, and an import is no check.
    checkedAt: null,
    name: origin.name,
    schedule: origin.schedule,
    attendance: origin.attendance,
    // Compared as a set of our codes: the feed's own codes (the Meeting Guide type set of the
    // program) are the format's business. The attendance formats follow the attendance.
    formats: ourCodes(origin.formats),
    // Private by design: neither feed ever carries them.
    contacts: [],
    adminNotes: null,
    // Both feeds list published meetings only, and say nothing of who made them.
    published: true,
    // Neither feed has a "sample" flag; a sample meeting says so in its notes instead (below).
    sample: false,
    provenance: { source: trip.source, externalId: trip.kind === 'bmlt' ? String(origin.id) : origin.slug },
  };
  if (trip.kind === 'meeting-guide') {
    const entity =
      originBody === null
        ? {}
        : Object.fromEntries(
            Object.entries({ entity: originBody.name, entity_url: originBody.website, entity_phone: originBody.helpline }).filter(
              (entry): entry is [string, string] => entry[1] !== null,
            ),
          );
    return {
      ...common,
      // The spec's primary key: the same name and city give the same slug in an empty store.
      slug: origin.slug,
      // A Meeting Guide feed has no program field: the source's program applies to all its rows.
      program: back.program,
      // Challenge categories are ours; the feed has no field for them, so the program's apply.
      categories: ['addiction'],
      // No service body id in the spec: the body travels as the listing's entity (in extras).
      serviceBodyId: null,
      groupName: origin.groupName,
      groupNotes: origin.groupNotes,
      // No NA World Services id in the spec.
      worldId: null,
      venue: {
        ...venue,
        // No borough, neighbourhood, county or transit fields in the spec.
        citySubsection: null,
        neighborhood: null,
        county: null,
        trainLines: null,
        busLines: null,
        // An online meeting's home town goes out as approximate, for TSML UI.
        approximate: origin.attendance === 'online' || venue.approximate,
      },
      online: {
        // A meeting nobody can join online sends no conference fields, and notes go only with what they describe.
        conferenceUrl: remote ? online.conferenceUrl : null,
        conferenceUrlNotes: remote && online.conferenceUrl !== null ? online.conferenceUrlNotes : null,
        conferencePhone: remote ? online.conferencePhone : null,
        conferencePhoneNotes: remote && online.conferencePhone !== null ? online.conferencePhoneNotes : null,
      },
      languages: [...origin.languages].sort(),
      // A sample meeting's notes always say it is one (to-sample-notes.ts).
      notes: publicNotes(origin),
      // `url` is the meeting's own site, or else its page here: the importer keeps it as the website.
      website: origin.website ?? `${trip.base}/meetings/${origin.slug}`,
      extras: {
        // What a source gave beyond our columns comes back under its own names; private ones never left.
        ...publicExtras(origin.extras),
        ...entity,
        // The feed's "updated" stamp has no column of ours, so the importer keeps it as an extra.
        updated: updatedStamp(origin.updatedAt),
      },
    };
  }
  const backBody = trip.targetBody(back.serviceBodyId);
  return {
    ...common,
    // A BMLT answer has no slug: the target makes one from the same name and city.
    slug: origin.slug,
    // BMLT is NA's format, with no program field: a BMLT source is NA unless told otherwise.
    program: back.program,
    categories: ['addiction'],
    // The body comes back as a body of the source, known by the origin's id, with its name
    // when the feed described it (a root server's GetServiceBodies; a saved answer has none).
    serviceBodyId: back.serviceBodyId,
    body:
      originBody === null
        ? null
        : trip.bodiesDescribed
          ? { externalId: String(originBody.id), name: originBody.name }
          : backBody === null
            ? null
            : { externalId: String(originBody.id), name: backBody.name },
    // BMLT has no group name or group notes.
    groupName: null,
    groupNotes: null,
    worldId: origin.worldId,
    venue: {
      ...venue,
      // BMLT has no regions and no "approximate" flag.
      regions: [],
      approximate: false,
    },
    online: {
      conferenceUrl: online.conferenceUrl,
      // BMLT has one notes field for both ways in (virtual_meeting_additional_info).
      conferenceUrlNotes:
        [online.conferenceUrlNotes, online.conferencePhoneNotes].filter((n) => n !== null && n.trim() !== '').join(' ') || null,
      conferencePhone: online.conferencePhone,
      conferencePhoneNotes: null,
    },
    // BMLT gives a meeting one language (lang_enum) unless its formats name more.
    languages: [...origin.languages].sort(),
    notes: origin.notes,
    // BMLT has no website field.
    website: null,
    // BMLT's meeting object has fixed fields: a source's extra fields have no place in it.
    extras: {},
  };
}

function ourCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.filter((code) => !ATTENDANCE_FORMATS.has(code)))].sort();
}

/** The imported meeting in the same shape as `expectedBack`. */
function actualBack(back: Meeting, trip: TripContext): Comparable {
  const body = trip.kind === 'bmlt' ? trip.targetBody(back.serviceBodyId) : null;
  return {
    ...back,
    formats: ourCodes(back.formats),
    languages: [...back.languages].sort(),
    ...(trip.kind === 'bmlt' ? { body: body === null ? null : { externalId: body.externalId, name: body.name } } : {}),
  };
}

async function everyMeeting(store: Store): Promise<Meeting[]> {
  const all: Meeting[] = [];
  for await (const page of store.meetings.all({ publishedOnly: true })) all.push(...page);
  return all;
}

// The store fills in the rest of a body (type area, no parent, not sample).
const ROUND_TRIP_BODY = { name: 'Round Trip Area', website: 'https://round-trip-area.example/', helpline: '+1 555-0123', worldId: 'AR77' };

const SOURCE_EXTRAS = {
  feedback_url: 'https://round-trip-area.example/feedback?meeting=trip',
  feedback_emails: 'listings@round-trip-area.example, updates@round-trip-area.example',
  venmo: '@RoundTripGroup',
  paypal: 'RoundTripGroup',
  square: '$RoundTripGroup',
  homegroup_online: 'rtg',
  edit_url: 'https://round-trip-area.example/edit/trip',
  location_url: 'https://round-trip-area.example/locations/hall',
};

const ENTITY_EXTRAS = {
  entity: 'Round Trip District',
  entity_email: 'info@district.example',
  entity_location: 'Multnomah County, Oregon',
  entity_logo: 'https://district.example/logo.svg',
  entity_phone: '+1-555-555-0100',
  entity_url: 'https://district.example/',
};

const PRIVATE_EXTRAS = { contact_4_email: 'fourth@private.example', email: 'row@private.example', contact_name_3: 'Robin (private)' };

interface Trip {
  kind: FeedKind;
  what: string;
  /** Where the import reads: a URL on the origin, or a file saved from it. */
  location: (base: string, dir: string) => Promise<string>;
  bodiesDescribed: boolean;
}

const TRIPS: Trip[] = [
  {
    kind: 'meeting-guide',
    what: 'our Meeting Guide feed',
    location: (base) => Promise.resolve(`${base}/api/v1/feeds/meeting-guide.json`),
    bodiesDescribed: false,
  },
  // A root server: GetFormats, GetServiceBodies and GetSearchResults, as the import reads them.
  { kind: 'bmlt', what: 'our BMLT root server', location: (base) => Promise.resolve(`${base}/main_server/`), bodiesDescribed: true },
  {
    kind: 'bmlt',
    what: 'a saved BMLT GetSearchResults answer with its formats',
    location: async (base, dir) => {
      const res = await fetch(`${base}/main_server/client_interface/json/?switcher=GetSearchResults&get_used_formats=1`);
      const path = join(dir, 'search-results.json');
      await writeFile(path, await res.text());
      return path;
    },
    bodiesDescribed: false,
  },
];

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`round trips through the feeds (${engine.name})`, () => {
    let origin: TestSite;
    let base: string;
    let dir: string;
    let exported: Meeting[];
    let originBodies: Map<number, ServiceBody>;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'openrooms-trip-'));
      origin = await initSite(engine, {
        sample: { count: 400, seed: 11 },
        setup: async (store) => {
          const area = await store.serviceBodies.create(ROUND_TRIP_BODY, 'test');
          await store.meetings.create(
            meetingInput({ name: 'Round Trip Hall', serviceBodyId: area.id, extras: { ...SOURCE_EXTRAS, ...PRIVATE_EXTRAS } }),
            'test',
          );
          await store.meetings.create(
            onlineMeetingInput({
              name: 'Round Trip Online',
              serviceBodyId: null,
              website: 'https://round-trip-group.example/',
              online: {
                conferenceUrl: 'https://meet.trip.example/j/987654321',
                conferenceUrlNotes: 'Passcode 4321',
                conferencePhone: '+1 555-0100,,987654321#',
                conferencePhoneNotes: 'Passcode 4321#',
              },
              extras: { ...ENTITY_EXTRAS, venmo: '@RoundTripOnline' },
            }),
            'test',
          );
        },
      });
      base = await origin.listen();
      exported = await everyMeeting(origin.store);
      originBodies = new Map((await origin.store.serviceBodies.list()).map((body) => [body.id, body]));
    }, 120_000);

    afterAll(async () => {
      await origin.dispose();
      await rm(dir, { recursive: true, force: true });
    });

    it('starts from every kind of meeting, or the trip proves less than it claims', () => {
      expect(new Set(exported.map((m) => m.attendance))).toEqual(new Set(['in_person', 'online', 'hybrid', 'temporarily_closed']));
      expect(new Set(exported.map((m) => m.program)).size).toBeGreaterThan(1);
      expect(exported.some((m) => Object.keys(m.extras).length > 0)).toBe(true);
      expect(Object.keys(exported[0]!).sort()).toEqual(MEETING_FIELDS);
    });

    for (const trip of TRIPS) {
      it(`brings every meeting back, field by field, from ${trip.what}`, async () => {
        const target = await engine.fresh();
        try {
          const location = await trip.location(base, dir);
          const options = { kind: trip.kind, location, source: 'trip', allowPrivate: true };
          const report = await runImport(target.store, options);
          expect(report.skipped).toEqual([]);
          expect(report.added).toBe(exported.length);
          const targetBodies = new Map((await target.store.serviceBodies.list()).map((body) => [body.id, body]));
          const context: TripContext = {
            kind: trip.kind,
            base,
            source: 'trip',
            originBodies,
            targetBody: (id) => (id === null ? null : (targetBodies.get(id) ?? null)),
            bodiesDescribed: trip.bodiesDescribed,
          };
          const imported = await everyMeeting(target.store);
          const byExternalId = new Map(imported.map((m) => [m.provenance.externalId, m]));
          expect(byExternalId.size).toBe(exported.length);
          // One program for the whole source, whatever the origin's meetings were.
          expect(new Set(imported.map((m) => m.program)).size).toBe(1);
          const mismatches: unknown[] = [];
          for (const meeting of exported) {
            const back = byExternalId.get(trip.kind === 'bmlt' ? String(meeting.id) : meeting.slug);
            expect(back, meeting.name).toBeDefined();
            const want = expectedBack(meeting, back!, context);
            const got = actualBack(back!, context);
            // Every field is in both, so a field nobody spoke for fails here.
            expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
            try {
              expect(got).toEqual(want);
            } catch {
              mismatches.push({ id: meeting.id, name: meeting.name, want, got });
            }
          }
          expect(mismatches.slice(0, 3)).toEqual([]);

          // A second import of the unchanged feed changes nothing and keeps every id.
          const again = await runImport(target.store, options);
          expect({ added: again.added, changed: again.changed, removed: again.removed }).toEqual({ added: 0, changed: 0, removed: 0 });
          const ids = new Map((await everyMeeting(target.store)).map((m) => [m.provenance.externalId, m.id]));
          for (const [externalId, meeting] of byExternalId) expect(ids.get(externalId)).toBe(meeting.id);
        } finally {
          await target.dispose();
        }
      }, 120_000);
    }
  });
}
