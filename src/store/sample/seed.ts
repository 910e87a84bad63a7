import { usGazetteer } from '../../geo/gazetteer.js';
import type { BulkProgress } from '../meeting-repository.js';
import type { Store } from '../store.js';
import { generateSample, type SampleOptions } from './generate.js';

export const SEED_ACTOR = 'sample-seeder';

export interface SeedReport {
  meetings: number;
  serviceBodies: number;
  removedMeetings: number;
}

/**
 * Replaces the store's sample data (and only its sample data) with a freshly generated
 * sample. Meetings and bodies entered by hand or imported are left alone.
 */
export async function seedSample(store: Store, options: SampleOptions, progress?: BulkProgress): Promise<SeedReport> {
  const sample = generateSample(usGazetteer(), options);
  const removedMeetings = await store.meetings.removeSample(SEED_ACTOR);
  await store.serviceBodies.removeSample(SEED_ACTOR);

  const ids = new Map<string, number>();
  for (const { key, parentKey, body } of sample.bodies) {
    const parentId = parentKey === null ? null : (ids.get(parentKey) ?? null);
    const created = await store.serviceBodies.create({ ...body, parentId }, SEED_ACTOR);
    ids.set(key, created.id);
  }
  const meetings = sample.meetings.map(({ bodyKey, meeting }) => ({
    ...meeting,
    serviceBodyId: bodyKey === null ? null : (ids.get(bodyKey) ?? null),
  }));
  await store.meetings.createMany(meetings, SEED_ACTOR, progress);
  return { meetings: meetings.length, serviceBodies: sample.bodies.length, removedMeetings };
}
