import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, SqliteAdapter, SqliteDialect, type DialectAdapter, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectHelpers } from './helpers.js';

/**
 * SQLite runs DDL inside transactions perfectly well; Kysely's adapter says it does not
 * only to be safe across drivers. Saying so lets a failed migration roll back whole.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

const STATEMENT_CACHE_SIZE = 200;

/**
 * Reuses prepared statements by their SQL. Kysely prepares a statement for every query;
 * bulk writes repeat the same few statements thousands of times.
 */
function withStatementCache(connection: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => connection.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement) {
        // Refresh its place so the least recently used statement is the one dropped.
        cache.delete(sql);
      } else {
        statement = connection.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/** Opens (creating if needed) the SQLite file, in WAL mode so readers never wait for a writer. */
export function openSqlite(file: string): Kysely<Database> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const connection = new BetterSqlite3(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database: withStatementCache(connection) }) });
}

export const sqliteHelpers: DialectHelpers = {
  engine: 'sqlite',
  jsonArray: (values) => sql`json_array(${sql.join(values)})`,
  // SQLite hands back the JSON text.
  readJsonArray: (value) => JSON.parse(String(value)) as unknown[],
  serialKey: { type: sql`integer`, build: (column) => column.primaryKey().autoIncrement() },
  describe: (dataDir) => `SQLite in ${dataDir}`,
};
