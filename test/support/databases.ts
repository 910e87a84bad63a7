/**
 * Fresh databases on each engine, and how to throw them away. Nothing here imports vitest, so
 * the screenshots script (through test/support/browser.ts) opens its store the same way the
 * tests do; test/support/engines.ts adds what global setup found out about PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store, type StoreConfig } from '../../src/store/store.js';

/** A fresh, empty, migrated store on one engine, and how to throw it away. */
export interface TestStore {
  store: Store;
  config: StoreConfig;
  dispose(): Promise<void>;
}

export interface TestEngine {
  name: 'sqlite' | 'postgres';
  /** False when this engine cannot run here (PostgreSQL not answering); its tests are skipped. */
  available: boolean;
  fresh(options?: { clock?: () => Date }): Promise<TestStore>;
  /** A store config for an empty database, without opening it (for migration tests). */
  emptyDatabase(): Promise<{ config: StoreConfig; dispose(): Promise<void> }>;
}

function sqliteDatabase(): { config: StoreConfig; dispose(): Promise<void> } {
  const dataDir = mkdtempSync(join(tmpdir(), 'openrooms-test-'));
  return {
    config: { dataDir },
    dispose: () => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

let counter = 0;

async function postgresDatabase(adminUrl: string): Promise<{ config: StoreConfig; dispose(): Promise<void> }> {
  const name = `openrooms_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { dataDir: '/nonexistent', databaseUrl: url.toString() },
    dispose: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

function engine(
  name: TestEngine['name'],
  available: boolean,
  make: () => Promise<{ config: StoreConfig; dispose(): Promise<void> }>,
): TestEngine {
  return {
    name,
    available,
    emptyDatabase: make,
    async fresh(options = {}) {
      const database = await make();
      const config = { ...database.config, ...options };
      const store = await openStore(config);
      return {
        store,
        config,
        dispose: async () => {
          await store.close();
          await database.dispose();
        },
      };
    },
  };
}

/** SQLite in a temporary data directory: always available. */
export function sqliteEngine(): TestEngine {
  return engine('sqlite', true, () => Promise.resolve(sqliteDatabase()));
}

/** A database of its own on the server at `adminUrl`; unavailable when there is no server (null). */
export function postgresEngine(adminUrl: string | null): TestEngine {
  return engine('postgres', adminUrl !== null, () => postgresDatabase(adminUrl ?? ''));
}
