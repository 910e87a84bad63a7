import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.js';

/** How long to wait for PostgreSQL to answer before saying it does not. */
export const CONNECT_TIMEOUT_MS = 5000;

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly host: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message || cause.name : String(cause);
    super(`cannot reach PostgreSQL at ${host}: ${reason}`);
    this.name = 'DatabaseUnreachableError';
  }
}

/** "host:port/database" without the password, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'an unparseable DATABASE_URL';
  }
}

/** Opens a pool and proves it answers, within the timeout, or throws DatabaseUnreachableError. */
export async function openPostgres(url: string): Promise<Kysely<Database>> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, max: 10 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnreachableError(describeUrl(url), error);
  }
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
