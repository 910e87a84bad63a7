import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { openStore } from '../../src/store/store.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { runCli, startServer, type RunningServer } from '../support/cli.js';
import { engines } from '../support/engines.js';

function oneLine(text: string): string {
  const lines = text.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('openrooms command line', () => {
  it('exits 2 with one line for an unknown command, flag or bad value', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['frobnicate'], {}, /unknown command 'frobnicate'/],
      [['seed', '--cont', '5'], {}, /unknown option '--cont'.*--count/],
      [['seed', '--count', 'many'], {}, /--count.*'many' is invalid.*whole number from 1 to 1000000/],
      [['seed', '--count', '0'], {}, /whole number from 1/],
      [['serve', '--port', '99999'], {}, /--port must be a port number/],
      [['serve'], { PORT: 'eighty' }, /PORT must be a port number from 0 to 65535, not "eighty"/],
      [['stats'], { DATABASE_URL: 'mysql://localhost/x' }, /DATABASE_URL must be a postgres:\/\//],
      [['serve'], { SAMPLE_DATA: 'maybe' }, /SAMPLE_DATA must be "on" or "off"/],
      [['serve'], { HOTLINE_NUMBER: 'call us' }, /HOTLINE_NUMBER must be a phone number/],
      [['serve'], { MAP_TILE_URL: 'http://tiles.example/{z}/{x}/{y}.png' }, /MAP_TILE_URL must be an https URL template/],
      [['serve'], { IMPORT_CHECK_SECONDS: '0' }, /IMPORT_CHECK_SECONDS must be a whole number of seconds from 1, not "0"/],
    ];
    for (const [args, env, pattern] of cases) {
      const result = await runCli(args, env);
      expect(result.code, args.join(' ')).toBe(2);
      expect(oneLine(result.stderr)).toMatch(pattern);
      expect(result.stderr).toMatch(/^openrooms: /);
    }
  });

  it('shows help for every command and exits 0', async () => {
    for (const command of ['serve', 'migrate', 'seed', 'stats']) {
      const result = await runCli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: openrooms ${command}`);
    }
  });

  it('fails fast, naming the host, when DATABASE_URL does not answer', async () => {
    const result = await runCli(['serve'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/openrooms' });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(/cannot reach PostgreSQL at 127\.0\.0\.1:1\/openrooms/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.ms).toBeLessThan(10_000);
  });

  describe('with a data directory', () => {
    let dataDir: string;
    let server: RunningServer | undefined;
    afterEach(async () => {
      await server?.stop();
      server = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('migrates, seeds a sample of the asked size, and counts it', async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'openrooms-cli-'));
      const migrated = await runCli(['migrate'], { DATA_DIR: dataDir });
      expect(migrated.stdout).toContain(`Applied migrations: ${Object.keys(MIGRATIONS).join(', ')}.`);
      expect((await runCli(['migrate'], { DATA_DIR: dataDir })).stdout).toContain('already up to date');

      const seeded = await runCli(['seed', '--count', '600'], { DATA_DIR: dataDir });
      expect(seeded.code).toBe(0);
      expect(seeded.stdout).toMatch(/Seeded 600 sample meetings and \d+ sample service bodies/);
      const stats = await runCli(['stats', '--json'], { DATA_DIR: dataDir });
      const body = JSON.parse(stats.stdout) as { meetings: number; sample: boolean; byState: Record<string, number> };
      expect(body.sample).toBe(true);
      expect(body.meetings).toBeGreaterThan(550);
      expect(Object.keys(body.byState)).toHaveLength(JURISDICTIONS.length);

      const again = await runCli(['seed', '--count', '100'], { DATA_DIR: dataDir });
      expect(again.stdout).toMatch(/Seeded 100 sample meetings .*replacing 600 earlier sample meetings/);
    });

    it('on a first start seeds the sample and says so; a later start keeps what is there', async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'openrooms-cli-'));
      server = await startServer({ DATA_DIR: dataDir });
      expect(server.lines[0]).toMatch(/^OpenRooms is serving on http:\/\/127\.0\.0\.1:\d+ \(SQLite in /);
      expect(server.lines[1]).toMatch(/^Sample data is loaded/);
      const stats = (await (await fetch(`${server.url}/api/v1/stats`)).json()) as {
        meetings: number;
        sample: boolean;
        byState: Record<string, number>;
      };
      expect(stats.sample).toBe(true);
      expect(stats.meetings).toBeGreaterThan(4800);
      for (const state of JURISDICTIONS) expect(stats.byState[state.code], state.code).toBeGreaterThanOrEqual(15);
      await server.stop();

      // Remove every meeting by hand: the next start must not bring the sample back.
      const store = await openStore({ dataDir });
      await store.meetings.removeSample('test');
      await store.close();
      server = await startServer({ DATA_DIR: dataDir });
      expect(server.lines.some((line) => line.startsWith('Sample data'))).toBe(false);
      const after = (await (await fetch(`${server.url}/api/v1/stats`)).json()) as { meetings: number; sample: boolean };
      expect(after).toMatchObject({ meetings: 0, sample: false });
    });

    it('starts without sample data when SAMPLE_DATA=off', async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'openrooms-cli-'));
      server = await startServer({ DATA_DIR: dataDir, SAMPLE_DATA: 'off' });
      const stats = (await (await fetch(`${server.url}/api/v1/stats`)).json()) as { meetings: number; sample: boolean };
      expect(stats).toMatchObject({ meetings: 0, sample: false });
    });
  });

  const postgres = engines().find((e) => e.name === 'postgres')!;
  it.skipIf(!postgres.available)('serves from PostgreSQL when DATABASE_URL is set', async () => {
    const database = await postgres.emptyDatabase();
    const server = await startServer({ DATABASE_URL: database.config.databaseUrl! });
    try {
      expect(server.lines[0]).toMatch(/\(PostgreSQL\)$/);
      const stats = (await (await fetch(`${server.url}/api/v1/stats`)).json()) as { meetings: number; sample: boolean };
      expect(stats.sample).toBe(true);
      expect(stats.meetings).toBeGreaterThan(4800);
    } finally {
      await server.stop();
      await database.dispose();
    }
  });
});
