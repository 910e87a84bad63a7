import { describe, expect, it } from 'vitest';
import { diffRecords, planKey, planOf, type RecordedChange } from '../../src/domain/import-plan.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { meetingInput } from '../support/fixtures.js';

function meeting(id: number, overrides: Partial<Meeting> = {}): Meeting {
  return {
    ...meetingInput({ provenance: { source: 'area', externalId: `m${id}` } }),
    id,
    slug: `m-${id}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    checkedAt: null,
    ...overrides,
  };
}

describe('the plan of an import', () => {
  it('diffs two meetings field by field, one level into schedule, venue and online, leaving out ids and times', () => {
    const before = meeting(1);
    const after = {
      ...before,
      name: 'Renamed',
      updatedAt: '2026-02-01T00:00:00.000Z',
      schedule: { ...before.schedule, startTime: '20:15' },
      venue: { ...before.venue, latitude: (before.venue.latitude ?? 0) + 1e-12, street: '2 Other St' },
      formats: ['O'],
    };
    expect(diffRecords(before, after)).toEqual([
      { field: 'name', before: before.name, after: 'Renamed' },
      { field: 'schedule.startTime', before: before.schedule.startTime, after: '20:15' },
      { field: 'venue.street', before: before.venue.street, after: '2 Other St' },
      { field: 'formats', before: ['C', 'BT', 'WC'], after: ['O'], added: ['O'], removed: ['C', 'BT', 'WC'] },
    ]);
    expect(diffRecords(before, { ...before, updatedAt: 'later', checkedAt: 'now', slug: 'other' })).toEqual([]);
  });

  it('lists added, changed and removed meetings, bodies and formats from the recorded changes, with body names for ids', () => {
    const body = { id: 7, name: 'New Area', externalId: 'b2', parentId: null };
    const changes: RecordedChange[] = [
      { entityType: 'format', entityId: 'TI', action: 'create', before: null, after: { code: 'TI', text: { en: { name: 'Tiny' } } } },
      { entityType: 'service_body', entityId: 7, action: 'create', before: null, after: body },
      { entityType: 'meeting', entityId: 2, action: 'delete', before: meeting(2), after: null },
      {
        entityType: 'meeting',
        entityId: 1,
        action: 'update',
        before: meeting(1, { serviceBodyId: 3 }),
        after: meeting(1, { serviceBodyId: 7 }),
      },
      { entityType: 'meeting', entityId: 99, action: 'create', before: null, after: meeting(99) },
    ];
    const skipped = [{ row: 4, externalId: 'bad', name: null, reason: 'no day' }];
    const plan = planOf(changes, skipped, new Map([[3, 'Old Area']]));
    expect(plan.added).toEqual([expect.objectContaining({ id: null, externalId: 'm99' })]);
    expect(plan.removed).toEqual([expect.objectContaining({ id: 2, externalId: 'm2' })]);
    expect(plan.changed.map((c) => c.meeting.id)).toEqual([1]);
    expect(plan.changed[0]?.changes).toEqual([{ field: 'serviceBody', before: 'Old Area', after: 'New Area' }]);
    expect(plan.skipped).toEqual(skipped);
    expect(plan.serviceBodies.added).toEqual([{ id: null, externalId: 'b2', name: 'New Area' }]);
    expect(plan.formats.added).toEqual([{ code: 'TI', name: 'Tiny' }]);

    // The id a dry run gave a new body or meeting is not part of what must hold at apply.
    const again = planOf(
      changes
        .map((c) => (c.entityType === 'service_body' ? { ...c, entityId: 8, after: { ...body, id: 8 } } : c))
        .map((c) => (c.entityType === 'meeting' && c.action === 'update' ? { ...c, after: meeting(1, { serviceBodyId: 8 }) } : c)),
      [],
      new Map([[3, 'Old Area']]),
    );
    expect(planKey(again)).toBe(planKey(plan));
    expect(planKey(planOf(changes.slice(0, 4), [], new Map()))).not.toBe(planKey(plan));
  });
});
