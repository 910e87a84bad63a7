import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type StoreConfig } from '../../src/store/store.js';
import { runCli } from '../support/cli.js';
import { engines } from '../support/engines.js';
import { meetingGuideRow } from '../support/feed-server.js';

/** What the CLI needs to reach the store of `config`. */
function envOf(config: StoreConfig): Record<string, string> {
  return config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : { DATA_DIR: config.dataDir };
}

async function storeState(config: StoreConfig): Promise<{ seq: number; meetings: number; bodies: number }> {
  const store = await openStore(config);
  try {
    return {
      seq: await store.changes.latestSeq(),
      meetings: await store.meetings.count(),
      bodies: (await store.serviceBodies.list()).length,
    };
  } finally {
    await store.close();
  }
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`openrooms import --dry-run on ${engine.name}`, () => {
    let dir: string;
    let database: { config: StoreConfig; dispose(): Promise<void> };
    let env: Record<string, string>;
    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'openrooms-dry-run-'));
      database = await engine.emptyDatabase();
      // SQLite's emptyDatabase is a fresh directory of its own.
      env = envOf(database.config);
    });
    afterEach(async () => {
      await database.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it('prints the counts, then every meeting added, changed (field by field), removed and skipped, and writes nothing', async () => {
      const path = join(dir, 'area.json');
      writeFileSync(path, JSON.stringify([meetingGuideRow(1), meetingGuideRow(2), meetingGuideRow(3)]));
      const first = await runCli(['import', 'meeting-guide', path, '--source', 'area'], env);
      expect(first.stderr).toBe('');
      expect(first.stdout).toMatch(/^Imported source "area": 3 added, 0 changed, 0 unchanged, 0 removed, 0 rows skipped\.$/m);
      // A real import still says only what it did.
      expect(first.stdout).not.toMatch(/^ {2}added /m);

      writeFileSync(
        path,
        JSON.stringify([
          meetingGuideRow(1, { name: 'Made-up Renamed', time: '19:30' }),
          meetingGuideRow(3),
          meetingGuideRow(4),
          { slug: 'no-name', day: 9 },
        ]),
      );
      const before = await storeState(database.config);
      const dry = await runCli(['import', 'meeting-guide', path, '--source', 'area', '--dry-run'], env);
      expect(dry.code).toBe(0);
      expect(dry.stderr).toBe('');
      const lines = dry.stdout.split('\n');
      expect(lines[0]).toBe('Dry run (nothing written) for source "area": 1 added, 1 changed, 1 unchanged, 1 removed, 1 row skipped.');
      expect(lines).toContain('  added id made-up-4: "Made-up Meeting 4", Thursday 19:00, Springfield');
      expect(lines.find((l) => l.startsWith('  changed id made-up-1 #'))).toMatch(/: "Made-up Renamed", Monday 19:30, Springfield$/);
      expect(lines).toContain('      name: "Made-up Meeting 1" → "Made-up Renamed"');
      expect(lines).toContain('      schedule.startTime: "19:00" → "19:30"');
      expect(lines.find((l) => l.startsWith('  removed id made-up-2 #'))).toMatch(/"Made-up Meeting 2", Tuesday 19:00, Springfield$/);
      expect(lines.find((l) => l.startsWith('  skipped row 4, id no-name'))).toBeDefined();
      // Only what changed is listed: the unchanged meeting is not.
      expect(dry.stdout).not.toContain('made-up-3');

      expect(await storeState(database.config)).toEqual(before);
    });
  });
}
