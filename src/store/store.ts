import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { AccountRepository } from './account-repository.js';
import { ChangeHistory } from './change-history.js';
import { ApiTokenRepository } from './api-token-repository.js';
import { ChangeLog } from './change-log.js';
import { CorrectionRepository } from './correction-repository.js';
import { dialectOf } from './dialect/dialect-of.js';
import { ImportPreviewRepository } from './import-preview-repository.js';
import type { DialectHelpers } from './dialect/helpers.js';
import { openPostgres } from './dialect/postgres.js';
import { openSqlite } from './dialect/sqlite.js';
import { LinkCheckRepository } from './link-check-repository.js';
import { MeetingRepository } from './meeting-repository.js';
import { migrateToLatest } from './migrate.js';
import { ReferenceData } from './reference-data.js';
import type { Database } from './schema.js';
import { ServiceBodyRepository } from './service-body-repository.js';
import { SessionRepository } from './session-repository.js';
import { Settings } from './settings.js';
import { SourceReplacer } from './source-replace.js';
import { SourceRepository } from './source-repository.js';

export interface StoreConfig {
  /** A postgres:// URL; when absent, SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  clock?: () => Date;
}

export const SQLITE_FILE = 'openrooms.sqlite';

/** The source of truth: one database, its change log, and the repositories that write through it. */
export class Store {
  /** What the engine spells its own way. */
  readonly dialect: DialectHelpers;
  readonly changes: ChangeLog;
  /** The change log read by write, for the admin history. */
  readonly history: ChangeHistory;
  readonly meetings: MeetingRepository;
  readonly serviceBodies: ServiceBodyRepository;
  readonly reference: ReferenceData;
  /** Named import sources and how their runs went. */
  readonly sources: SourceRepository;
  /** Replaces everything one source holds with what its feed holds, in one transaction. */
  readonly sourceData: SourceReplacer;
  /** Previews of replacing a source, waiting for an admin's Apply or Cancel. */
  readonly importPreviews: ImportPreviewRepository;
  /** The volunteers' accounts and roles. */
  readonly accounts: AccountRepository;
  /** Admin sessions, shared by every node. */
  readonly sessions: SessionRepository;
  /** Bearer tokens for the admin API, kept as hashes. */
  readonly tokens: ApiTokenRepository;
  readonly settings: Settings;
  /** Visitors' correction requests and "did not happen" reports. */
  readonly corrections: CorrectionRepository;
  /** How meeting links answered the background link check. */
  readonly linkChecks: LinkCheckRepository;

  constructor(
    readonly db: Kysely<Database>,
    clock?: () => Date,
  ) {
    this.dialect = dialectOf(db as Kysely<unknown>);
    this.changes = new ChangeLog(db, clock);
    this.history = new ChangeHistory(db);
    this.meetings = new MeetingRepository(db, this.changes);
    this.serviceBodies = new ServiceBodyRepository(db, this.changes);
    this.reference = new ReferenceData(db, this.changes);
    this.sources = new SourceRepository(db, clock ?? (() => new Date()));
    this.sourceData = new SourceReplacer(db, this.changes, this.dialect);
    this.importPreviews = new ImportPreviewRepository(db, clock ?? (() => new Date()));
    this.accounts = new AccountRepository(db, clock ?? (() => new Date()));
    this.sessions = new SessionRepository(db, clock ?? (() => new Date()));
    this.tokens = new ApiTokenRepository(db, clock ?? (() => new Date()));
    this.settings = new Settings(db);
    this.corrections = new CorrectionRepository(db, this.meetings, clock ?? (() => new Date()));
    this.linkChecks = new LinkCheckRepository(db);
  }

  /** True until the first meeting is ever written, even if every meeting was deleted since. */
  async isFresh(): Promise<boolean> {
    const row = await this.db.selectFrom('changes').select('seq').where('entity_type', '=', 'meeting').limit(1).executeTakeFirst();
    return row === undefined;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** Connects to the configured engine without touching the schema. */
export async function connect(config: StoreConfig): Promise<Kysely<Database>> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(join(config.dataDir, SQLITE_FILE));
}

/** Connects, brings the schema up to date, and adds missing reference data. */
export async function openStore(config: StoreConfig): Promise<Store> {
  const db = await connect(config);
  try {
    await migrateToLatest(db as Kysely<unknown>);
    const store = new Store(db, config.clock);
    await store.reference.ensureDefaults('system');
    return store;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
