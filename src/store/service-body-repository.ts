import type { Kysely, Selectable } from 'kysely';
import { ValidationError, type Problem } from '../domain/problem.js';
import type { ServiceBody, ServiceBodyInput, ServiceBodyType } from '../domain/service-body.js';
import { validateServiceBodyInput } from '../domain/service-body-validation.js';
import type { ChangeLog } from './change-log.js';
import type { Database, ServiceBodiesTable } from './schema.js';

export function rowToServiceBody(row: Selectable<ServiceBodiesTable>): ServiceBody {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    type: row.type as ServiceBodyType,
    description: row.description,
    website: row.website,
    helpline: row.helpline,
    email: row.email,
    worldId: row.world_id,
    sample: Boolean(row.sample),
    source: row.source,
    externalId: row.external_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns of a body, without id and timestamps. */
export function serviceBodyToRow(input: ServiceBodyInput) {
  return {
    parent_id: input.parentId,
    name: input.name,
    type: input.type,
    description: input.description,
    website: input.website,
    helpline: input.helpline,
    email: input.email,
    world_id: input.worldId,
    sample: input.sample ? 1 : 0,
    source: input.source,
    external_id: input.externalId,
  };
}

function validate(raw: unknown, field = ''): ServiceBodyInput {
  const result = validateServiceBodyInput(raw);
  if (result.ok) return result.value;
  const problems: Problem[] = result.problems.map((p) => ({ ...p, field: field ? `${field}.${p.field}` : p.field }));
  throw new ValidationError(problems);
}

export class ServiceBodyRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly log: ChangeLog,
  ) {}

  async get(id: number): Promise<ServiceBody | undefined> {
    const row = await this.db.selectFrom('service_bodies').selectAll().where('id', '=', id).executeTakeFirst();
    return row && rowToServiceBody(row);
  }

  async list(): Promise<ServiceBody[]> {
    const rows = await this.db.selectFrom('service_bodies').selectAll().orderBy('id').execute();
    return rows.map(rowToServiceBody);
  }

  /**
   * Creates a body. Its parent must exist: the check runs in the same transaction so that a
   * tree cannot point at a body that is being deleted.
   */
  async create(raw: unknown, actor: string): Promise<ServiceBody> {
    const input = validate(raw);
    return this.log.write(actor, async (trx, record) => {
      if (input.parentId !== null) {
        const parent = await trx.selectFrom('service_bodies').select('id').where('id', '=', input.parentId).executeTakeFirst();
        if (!parent) throw new ValidationError([{ field: 'parentId', message: `no service body has id ${input.parentId}` }]);
      }
      const at = this.log.now();
      const row = await trx
        .insertInto('service_bodies')
        .values({ ...serviceBodyToRow(input), created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      const body = rowToServiceBody(row);
      record({ entityType: 'service_body', entityId: body.id, action: 'create', before: null, after: body });
      return body;
    });
  }

  async update(id: number, raw: unknown, actor: string): Promise<ServiceBody | undefined> {
    const input = validate(raw);
    if (input.parentId === id) throw new ValidationError([{ field: 'parentId', message: 'a service body cannot be its own parent' }]);
    return this.log.write(actor, async (trx, record) => {
      const beforeRow = await trx.selectFrom('service_bodies').selectAll().where('id', '=', id).executeTakeFirst();
      if (!beforeRow) return undefined;
      const row = await trx
        .updateTable('service_bodies')
        .set({ ...serviceBodyToRow(input), updated_at: this.log.now() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = rowToServiceBody(row);
      record({ entityType: 'service_body', entityId: id, action: 'update', before: rowToServiceBody(beforeRow), after });
      return after;
    });
  }

  /**
   * Deletes a body that nothing hangs on: a body with meetings, bodies below it or accounts acting
   * on it is kept, and the answer says which (so a page can say why). Checked in the transaction
   * that deletes, so a meeting added meanwhile is not orphaned.
   */
  async remove(id: number, actor: string): Promise<'removed' | 'missing' | 'has-meetings' | 'has-children' | 'has-accounts'> {
    return this.log.write(actor, async (trx, record) => {
      const row = await trx.selectFrom('service_bodies').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return 'missing';
      const meeting = await trx.selectFrom('meetings').select('id').where('service_body_id', '=', id).limit(1).executeTakeFirst();
      if (meeting) return 'has-meetings';
      const child = await trx.selectFrom('service_bodies').select('id').where('parent_id', '=', id).limit(1).executeTakeFirst();
      if (child) return 'has-children';
      const account = await trx
        .selectFrom('account_service_bodies')
        .select('account_id')
        .where('service_body_id', '=', id)
        .limit(1)
        .executeTakeFirst();
      if (account) return 'has-accounts';
      await trx.deleteFrom('service_bodies').where('id', '=', id).execute();
      record({ entityType: 'service_body', entityId: id, action: 'delete', before: rowToServiceBody(row), after: null });
      return 'removed';
    });
  }

  /** Removes every sample body (children before parents), for a fresh sample. */
  async removeSample(actor: string): Promise<number> {
    return this.log.write(actor, async (trx, record) => {
      const rows = await trx.selectFrom('service_bodies').selectAll().where('sample', '=', 1).orderBy('id', 'desc').execute();
      for (const row of rows) {
        record({ entityType: 'service_body', entityId: row.id, action: 'delete', before: rowToServiceBody(row), after: null });
      }
      // Parents are created before children, so descending ids delete leaves first.
      for (const row of rows) await trx.deleteFrom('service_bodies').where('id', '=', row.id).execute();
      return rows.length;
    });
  }
}
