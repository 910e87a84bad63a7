/**
 * What replacing a source would do, in words a volunteer can check before it happens: the
 * meetings added, changed (field by field), removed, the rows skipped and why, and the
 * service bodies and formats the source brings. It is built from the very changes the
 * replacement records (in a transaction that a preview rolls back), so a preview and the
 * real import cannot disagree.
 */
import { recordDiff, type FieldChange } from './meeting-diff.js';

export type { FieldChange } from './meeting-diff.js';

/** One change the replacement recorded, as the change log keeps it. */
export interface RecordedChange {
  entityType: string;
  entityId: string | number;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

/** Enough of a meeting to recognise it in a list. */
export interface PlannedMeeting {
  /** Null for a meeting the import would add (its id is given when it is written). */
  id: number | null;
  externalId: string | null;
  name: string;
  weekday: number;
  startTime: string;
  city: string | null;
}

export interface PlannedBody {
  id: number | null;
  externalId: string | null;
  name: string;
}

export interface PlanSkip {
  row: number;
  externalId: string | null;
  name: string | null;
  reason: string;
}

export interface ImportPlan {
  added: PlannedMeeting[];
  changed: { meeting: PlannedMeeting; changes: FieldChange[] }[];
  removed: PlannedMeeting[];
  skipped: PlanSkip[];
  serviceBodies: { added: PlannedBody[]; changed: { body: PlannedBody; changes: FieldChange[] }[]; removed: PlannedBody[] };
  formats: { added: { code: string; name: string }[] };
}

/** Fields that say nothing about the meeting itself, or that an import never sets. */
const NOT_COMPARED = new Set(['id', 'slug', 'createdAt', 'updatedAt', 'checkedAt', 'sample', 'provenance']);
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields of two records (meetings or service bodies) that differ; ids, slugs, times and provenance are left out, as an import never changes them. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  return recordDiff(before, after, NOT_COMPARED);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function plannedMeeting(value: unknown, keepId: boolean): PlannedMeeting {
  const m = isRecord(value) ? value : {};
  const schedule = isRecord(m['schedule']) ? m['schedule'] : {};
  const venue = isRecord(m['venue']) ? m['venue'] : {};
  const provenance = isRecord(m['provenance']) ? m['provenance'] : {};
  return {
    id: keepId && typeof m['id'] === 'number' ? m['id'] : null,
    externalId: text(provenance['externalId']),
    name: text(m['name']) ?? '',
    weekday: typeof schedule['weekday'] === 'number' ? schedule['weekday'] : 0,
    startTime: text(schedule['startTime']) ?? '',
    city: text(venue['city']),
  };
}

function plannedBody(value: unknown, keepId: boolean): PlannedBody {
  const b = isRecord(value) ? value : {};
  return { id: keepId && typeof b['id'] === 'number' ? b['id'] : null, externalId: text(b['externalId']), name: text(b['name']) ?? '' };
}

/** Service-body ids become names: an added body has no lasting id yet, and a name is what a person reads. */
function withBodyNames(changes: FieldChange[], names: ReadonlyMap<number, string>): FieldChange[] {
  const name = (id: unknown): unknown => (typeof id === 'number' ? (names.get(id) ?? `#${id}`) : id);
  return changes.map((change) =>
    change.field === 'serviceBodyId' || change.field === 'parentId'
      ? { field: change.field === 'serviceBodyId' ? 'serviceBody' : 'parent', before: name(change.before), after: name(change.after) }
      : change,
  );
}

function formatName(value: unknown): string {
  const format = isRecord(value) ? value : {};
  const texts = isRecord(format['text']) ? format['text'] : {};
  const en = isRecord(texts['en']) ? texts['en'] : {};
  return text(en['name']) ?? text(format['code']) ?? '';
}

/**
 * The plan of a replacement from the changes it recorded, the rows it skipped, and the names
 * of the service bodies the store already has (by id).
 */
export function planOf(
  changes: readonly RecordedChange[],
  skipped: readonly PlanSkip[],
  bodyNames: ReadonlyMap<number, string>,
): ImportPlan {
  const names = new Map(bodyNames);
  for (const change of changes) {
    if (change.entityType !== 'service_body' || change.action === 'delete') continue;
    const body = plannedBody(change.after, true);
    if (body.id !== null) names.set(body.id, body.name);
  }
  const plan: ImportPlan = {
    added: [],
    changed: [],
    removed: [],
    skipped: [...skipped],
    serviceBodies: { added: [], changed: [], removed: [] },
    formats: { added: [] },
  };
  for (const change of changes) {
    if (change.entityType === 'meeting') {
      if (change.action === 'create') plan.added.push(plannedMeeting(change.after, false));
      else if (change.action === 'delete') plan.removed.push(plannedMeeting(change.before, true));
      else {
        const diff = withBodyNames(diffRecords(change.before, change.after), names);
        plan.changed.push({ meeting: plannedMeeting(change.after, true), changes: diff });
      }
    } else if (change.entityType === 'service_body') {
      const bodies = plan.serviceBodies;
      if (change.action === 'create') bodies.added.push(plannedBody(change.after, false));
      else if (change.action === 'delete') bodies.removed.push(plannedBody(change.before, true));
      else
        bodies.changed.push({
          body: plannedBody(change.after, true),
          changes: withBodyNames(diffRecords(change.before, change.after), names),
        });
    } else if (change.entityType === 'format' && change.action === 'create') {
      plan.formats.added.push({ code: String(change.entityId), name: formatName(change.after) });
    }
  }
  return plan;
}

/**
 * What must hold for an import to do exactly what a preview showed: the same records added
 * (by external id), changed in the same way, and removed. The skipped rows are left out: the
 * same feed skips the same rows, and they write nothing.
 */
export function planKey(plan: ImportPlan): string {
  return JSON.stringify([
    plan.added.map((m) => m.externalId),
    plan.changed.map((c) => [c.meeting.id, c.changes]),
    plan.removed.map((m) => m.id),
    plan.serviceBodies.added.map((b) => b.externalId),
    plan.serviceBodies.changed.map((c) => [c.body.id, c.changes]),
    plan.serviceBodies.removed.map((b) => b.id),
    plan.formats.added.map((f) => f.code),
  ]);
}
