import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { FORMAT_CATALOGUE } from '../../src/domain/formats-catalogue.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { connect, openStore, SQLITE_FILE, type Store } from '../../src/store/store.js';
import { engines } from '../support/engines.js';

/** The numbers release 0 gave the catalogue (each format's place in it then). */
const RELEASE_0 =
  'O C D SD So To QA RF ME BT JT IW SG LC GP SPAD IP BK St Tr CP B M W YP GL CW NC SL NS RA WC CL CH VM HY TC ENG ES FR FIN PER BL'
    .split(' ')
    .map((code, i) => ({ code, id: i + 1 }));

const NEW_IN_CATALOGUE = FORMAT_CATALOGUE.filter((f) => !RELEASE_0.some((old) => old.code === f.code));

async function idsByCode(store: Store): Promise<Map<string, number>> {
  return new Map((await store.reference.formats()).map((f) => [f.code, f.id]));
}

describe('a SQLite store made by release 0 (test/fixtures/store)', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  function releaseZeroDir(): string {
    dir = mkdtempSync(join(tmpdir(), 'openrooms-release-0-'));
    writeFileSync(join(dir, SQLITE_FILE), gunzipSync(readFileSync(new URL('../fixtures/store/release-0.sqlite.gz', import.meta.url))));
    return dir;
  }

  it('opens, keeps every number it had, and gains the new formats at their pinned numbers', async () => {
    const store = await openStore({ dataDir: releaseZeroDir() });
    try {
      const ids = await idsByCode(store);
      for (const { code, id } of RELEASE_0) expect(ids.get(code), code).toBe(id);
      expect(NEW_IN_CATALOGUE.length).toBeGreaterThan(0);
      for (const format of NEW_IN_CATALOGUE) expect(ids.get(format.code), format.code).toBe(format.id);
      expect(new Set(ids.values()).size).toBe(ids.size);
      const meetings: Meeting[] = [];
      for await (const page of store.meetings.all()) meetings.push(...page);
      expect(meetings.map((m) => m.formats)).toEqual([['C', 'St', 'Tr', 'BL', 'SL']]);
    } finally {
      await store.close();
    }
  });

  it('opens again without adding anything', async () => {
    const dataDir = releaseZeroDir();
    await (await openStore({ dataDir })).close();
    const copy = mkdtempSync(join(tmpdir(), 'openrooms-release-0-again-'));
    try {
      copyFileSync(join(dataDir, SQLITE_FILE), join(copy, SQLITE_FILE));
      const store = await openStore({ dataDir: copy });
      expect(await store.reference.ensureDefaults('test')).toBe(0);
      expect((await store.reference.formats()).length).toBe(RELEASE_0.length + NEW_IN_CATALOGUE.length);
      await store.close();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

/**
 * The same upgrade on both engines, from release 0's schema (migrations 0001 and 0002) and
 * the rows it wrote, plus one format of an operator's that holds a number the catalogue has
 * since pinned.
 */
for (const engine of engines()) {
  describe.skipIf(!engine.available)(`upgrading a release-0 store on ${engine.name}`, () => {
    it('keeps the old numbers and gives a new catalogue format whose pinned number is taken the next free one', async () => {
      const database = await engine.emptyDatabase();
      try {
        const db = await connect(database.config);
        const { '0001-initial': first, '0002-format-ids-and-sources': second } = MIGRATIONS;
        await migrateToLatest(db as Kysely<unknown>, { '0001-initial': first!, '0002-format-ids-and-sources': second! });
        const text = JSON.stringify({ en: { name: 'x', description: 'x' }, es: { name: 'x', description: 'x' } });
        for (const { code, id } of RELEASE_0) {
          await sql`insert into formats (code, type, world_id, meeting_guide_code, text, id) values (${code}, 'meeting_style', null, null, ${text}, ${id})`.execute(
            db,
          );
        }
        const clash = NEW_IN_CATALOGUE[0]!;
        await sql`insert into formats (code, type, world_id, meeting_guide_code, text, id) values ('OWN', 'meeting_style', null, null, ${text}, ${clash.id})`.execute(
          db,
        );
        await db.destroy();

        const store = await openStore(database.config);
        try {
          const ids = await idsByCode(store);
          for (const { code, id } of RELEASE_0) expect(ids.get(code), code).toBe(id);
          expect(ids.get('OWN')).toBe(clash.id);
          const highest = Math.max(...FORMAT_CATALOGUE.map((f) => f.id));
          expect(ids.get(clash.code)).toBe(highest + 1);
          for (const format of NEW_IN_CATALOGUE.slice(1)) expect(ids.get(format.code), format.code).toBe(format.id);
          expect(new Set(ids.values()).size).toBe(ids.size);
        } finally {
          await store.close();
        }
      } finally {
        await database.dispose();
      }
    });
  });
}
