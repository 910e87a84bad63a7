import type { Kysely } from 'kysely';
import { migrateToLatest } from '../../store/migrate.js';
import { connect } from '../../store/store.js';
import type { Config } from '../config.js';

export async function migrate(config: Config): Promise<void> {
  const db = await connect(config);
  try {
    const applied = await migrateToLatest(db as Kysely<unknown>);
    console.log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}.` : 'The schema is already up to date.');
  } finally {
    await db.destroy();
  }
}
