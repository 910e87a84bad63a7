/**
 * The index's input built in memory: the meetings and service bodies a store would hand over,
 * with ids and timestamps, for the tests of pure code that reads them (no store, no I/O).
 */
import type { MeetingInput, PublicMeeting } from '../../src/domain/meeting.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import { slugify } from '../../src/domain/slug.js';
import { usGazetteer } from '../../src/geo/gazetteer.js';
import { generateSample, type SampleOptions } from '../../src/store/sample/generate.js';

/** Every record's creation and change time: fixed, so runs are the same. */
export const STAMP = '2026-01-01T00:00:00.000Z';

/** Meetings and service bodies with ids 1..n, published or not. */
export interface InMemoryData {
  meetings: PublicMeeting[];
  bodies: ServiceBody[];
}

/** A meeting as the index holds it: the public fields, an id and a slug that ends in it. */
export function publicMeeting(input: Omit<MeetingInput, 'serviceBodyId'>, serviceBodyId: number | null, id: number): PublicMeeting {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { contacts, adminNotes, ...visible } = input;
  return {
    ...visible,
    serviceBodyId,
    id,
    slug: `${slugify([input.name, input.venue.city ?? ''].join(' '))}-${id}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    checkedAt: null,
  };
}

/** The sample generator's meetings and service bodies, with ids given in order as the seeder's store would. */
export function inMemorySample(options: SampleOptions): InMemoryData {
  const sample = generateSample(usGazetteer(), options);
  const bodyIds = new Map<string, number>();
  const bodies: ServiceBody[] = sample.bodies.map(({ key, parentKey, body }, i) => {
    bodyIds.set(key, i + 1);
    const parentId = parentKey === null ? null : bodyIds.get(parentKey);
    if (parentId === undefined) throw new Error(`parent ${String(parentKey)} comes after ${key}`);
    return { ...body, id: i + 1, parentId, createdAt: STAMP, updatedAt: STAMP };
  });
  const meetings = sample.meetings.map(({ bodyKey, meeting }, i) =>
    publicMeeting(meeting, bodyKey === null ? null : (bodyIds.get(bodyKey) ?? null), i + 1),
  );
  return { meetings, bodies };
}
