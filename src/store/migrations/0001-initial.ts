import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect/dialect-of.js';

const real = sql`double precision`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const key = dialectOf(db).serialKey;

  await db.schema
    .createTable('service_bodies')
    .addColumn('id', key.type, key.build)
    .addColumn('parent_id', 'integer', (c) => c.references('service_bodies.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('website', 'text')
    .addColumn('helpline', 'text')
    .addColumn('email', 'text')
    .addColumn('world_id', 'text')
    .addColumn('sample', 'boolean', (c) => c.notNull().defaultTo(sql`false`))
    .addColumn('source', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_bodies_parent').on('service_bodies').column('parent_id').execute();
  await db.schema.createIndex('service_bodies_provenance').unique().on('service_bodies').columns(['source', 'external_id']).execute();

  await db.schema
    .createTable('formats')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('world_id', 'text')
    .addColumn('meeting_guide_code', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('programs')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('categories', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', key.type, key.build)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('program', 'text', (c) => c.notNull().references('programs.code'))
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('service_body_id', 'integer', (c) => c.references('service_bodies.id').onDelete('set null'))
    .addColumn('group_name', 'text')
    .addColumn('group_notes', 'text')
    .addColumn('world_id', 'text')
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 0 and 6`))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('attendance', 'text', (c) => c.notNull())
    .addColumn('venue_name', 'text')
    .addColumn('street', 'text')
    .addColumn('city_subsection', 'text')
    .addColumn('neighborhood', 'text')
    .addColumn('city', 'text')
    .addColumn('county', 'text')
    .addColumn('state', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('latitude', real)
    .addColumn('longitude', real)
    .addColumn('approximate', 'boolean', (c) => c.notNull().defaultTo(sql`false`))
    .addColumn('location_notes', 'text')
    .addColumn('regions', 'text', (c) => c.notNull())
    .addColumn('train_lines', 'text')
    .addColumn('bus_lines', 'text')
    .addColumn('conference_url', 'text')
    .addColumn('conference_url_notes', 'text')
    .addColumn('conference_phone', 'text')
    .addColumn('conference_phone_notes', 'text')
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('website', 'text')
    .addColumn('contacts', 'text', (c) => c.notNull())
    .addColumn('admin_notes', 'text')
    .addColumn('published', 'boolean', (c) => c.notNull())
    .addColumn('sample', 'boolean', (c) => c.notNull().defaultTo(sql`false`))
    .addColumn('source', 'text')
    .addColumn('external_id', 'text')
    .addColumn('extras', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_location').on('meetings').columns(['latitude', 'longitude']).execute();
  await db.schema.createIndex('meetings_state').on('meetings').columns(['state', 'city']).execute();
  await db.schema.createIndex('meetings_service_body').on('meetings').column('service_body_id').execute();
  await db.schema.createIndex('meetings_provenance').unique().on('meetings').columns(['source', 'external_id']).execute();

  await db.schema
    .createTable('meeting_formats')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('format_code', 'text', (c) => c.notNull().references('formats.code'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_formats_pk', ['meeting_id', 'format_code'])
    .execute();
  await db.schema.createIndex('meeting_formats_code').on('meeting_formats').column('format_code').execute();

  await db.schema
    .createTable('changes')
    .addColumn('seq', key.type, key.build)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('changes_entity').on('changes').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('changes_at').on('changes').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['meeting_formats', 'meetings', 'changes', 'programs', 'formats', 'service_bodies']) {
    await db.schema.dropTable(table).execute();
  }
}
