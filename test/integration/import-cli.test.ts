import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/interop/import/report.js';
import { openStore } from '../../src/store/store.js';
import { importReport, runCli } from '../support/cli.js';
import { bmltMeeting, meetingGuideRow, serveBmlt, startFeedServer, type FeedServer } from '../support/feed-server.js';

const MAIN = new URL('../../dist/cli/main.js', import.meta.url).pathname;

describe('openrooms import', () => {
  let dir: string;
  let env: Record<string, string>;
  let server: FeedServer | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'openrooms-import-'));
    env = { DATA_DIR: join(dir, 'data') };
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  function writeFeed(name: string, rows: unknown[]): string {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(rows));
    return path;
  }

  const importJson = (args: string[]): Promise<ImportReport> => importReport(args, env);

  it('imports a Meeting Guide file under a name from the file, reports skipped rows, and finds nothing new the second time', async () => {
    const path = writeFeed('area-list.json', [meetingGuideRow(1), meetingGuideRow(2), { slug: 'no-name', day: 9 }]);
    const first = await runCli(['import', 'meeting-guide', path], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Source name "area-list" comes from the file name');
    expect(first.stdout).toMatch(/Imported source "area-list": 2 added, 0 changed, 0 unchanged, 0 removed, 1 row skipped\./);
    expect(first.stdout).toMatch(/skipped row 3, id no-name: /);

    const again = await importJson(['meeting-guide', path]);
    expect(again).toMatchObject({ source: 'area-list', dryRun: false, added: 0, changed: 0, unchanged: 2, removed: 0 });

    writeFeed('area-list.json', [meetingGuideRow(1, { name: 'Made-up Renamed' })]);
    const dry = await importJson(['meeting-guide', path, '--dry-run']);
    expect(dry).toMatchObject({ dryRun: true, changed: 1, removed: 1 });
    const real = await importJson(['meeting-guide', path]);
    expect({ ...real, dryRun: true }).toEqual(dry);
  });

  it('imports nothing with --strict when a row is bad, and exits 1 naming the rows', async () => {
    const path = writeFeed('strict.json', [meetingGuideRow(1), { slug: 'no-name', day: 1 }]);
    const result = await runCli(['import', 'meeting-guide', path, '--strict'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/skipped row 2, id no-name/);
    expect(result.stderr.trim()).toBe('openrooms: 1 row(s) could not be imported, and --strict allows none; nothing was written');
    const store = await openStore({ dataDir: env.DATA_DIR! });
    expect(await store.meetings.count()).toBe(0);
    await store.close();
  });

  it('fails with exit 1 and the reasons when no row can be imported, and never empties a source', async () => {
    // No time zone, no coordinates, no US state: nothing to place the meetings in time.
    const unplaceable = (i: number) =>
      meetingGuideRow(i, { timezone: '', state: '', country: 'CA', latitude: '', longitude: '', postal_code: '' });
    const empty = writeFeed('empty.json', [unplaceable(1), unplaceable(2)]);
    const human = await runCli(['import', 'meeting-guide', empty], env);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/skipped row 1, id made-up-1: "Made-up Meeting 1": no time zone/);
    expect(human.stdout).toMatch(/skipped row 2, id made-up-2: /);
    expect(human.stderr.trim()).toBe('openrooms: the feed has no meeting that can be imported (2 rows skipped); nothing was changed');

    const json = await runCli(['import', 'meeting-guide', empty, '--json'], env);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as ImportReport;
    expect(report).toMatchObject({ source: 'empty', added: 0, removed: 0 });
    expect(report.skipped.map((s) => s.externalId)).toEqual(['made-up-1', 'made-up-2']);

    await importJson(['meeting-guide', writeFeed('good.json', [meetingGuideRow(1), meetingGuideRow(2)]), '--source', 'area']);
    const broken = await runCli(['import', 'meeting-guide', writeFeed('none.json', []), '--source', 'area'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim()).toBe(
      'openrooms: the feed has no meeting that can be imported (it holds no rows); nothing was changed; source "area" keeps its 2 meetings',
    );
    const store = await openStore({ dataDir: env.DATA_DIR! });
    expect(await store.meetings.countBySource('area')).toBe(2);
    expect(await store.meetings.countBySource('empty')).toBe(0);
    await store.close();
  });

  it('gives the meetings of a saved GetSearchResults file the bodies they name, each named by its id', async () => {
    const rows = [bmltMeeting(1), bmltMeeting(2, { service_body_bigint: '42' }), bmltMeeting(3, { service_body_bigint: '42' })];
    const report = await importJson(['bmlt', writeFeed('search.json', rows), '--source', 'region']);
    expect(report.serviceBodies).toEqual({ added: 2, changed: 0, removed: 0 });
    const store = await openStore({ dataDir: env.DATA_DIR! });
    const bodies = await store.serviceBodies.list();
    expect(bodies.map((b) => [b.externalId, b.name]).sort()).toEqual([
      ['2', 'Service body 2'],
      ['42', 'Service body 42'],
    ]);
    const byExternal = new Map(bodies.map((b) => [b.externalId, b.id]));
    const meetings = [];
    for await (const page of store.meetings.all()) meetings.push(...page);
    expect(meetings.map((m) => [m.provenance.externalId, m.serviceBodyId]).sort()).toEqual([
      ['1', byExternal.get('2')],
      ['2', byExternal.get('42')],
      ['3', byExternal.get('42')],
    ]);
    await store.close();
  });

  it('imports a BMLT root server with its service bodies, over HTTP only when private addresses are allowed', async () => {
    server = await startFeedServer();
    serveBmlt(server, [bmltMeeting(1), bmltMeeting(2), bmltMeeting(3, { weekday_tinyint: '9' })]);
    const root = `${server.url}/main_server/`;
    const refused = await runCli(['import', 'bmlt', root], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      'openrooms: host "127.0.0.1" resolves to a loopback address, which is refused (use --allow-private for a feed on your own network)',
    );

    const report = await importJson(['bmlt', root, '--allow-private', '--source', 'made-up-region']);
    expect(report).toMatchObject({ source: 'made-up-region', added: 2, serviceBodies: { added: 2, changed: 0, removed: 0 } });
    expect(report.skipped).toEqual([
      expect.objectContaining({ row: 3, externalId: '3', reason: expect.stringMatching(/weekday_tinyint/) as string }),
    ]);
    expect(server.hits).toEqual(expect.arrayContaining(['GetFormats', 'GetServiceBodies', 'GetSearchResults']));

    const store = await openStore({ dataDir: env.DATA_DIR! });
    const area = (await store.serviceBodies.list()).find((b) => b.name === 'Made-up Area')!;
    const meetings = [];
    for await (const page of store.meetings.all()) meetings.push(...page);
    expect(meetings.map((m) => [m.name, m.schedule.weekday, m.serviceBodyId, m.formats])).toEqual([
      ['Made-up Meeting 1', 1, area.id, ['O', 'D']],
      ['Made-up Meeting 2', 2, area.id, ['O', 'D']],
    ]);
    expect((await store.changes.since(0, 10_000)).filter((c) => c.actor === 'import:made-up-region')).toHaveLength(4);
    await store.close();
  });

  it('fails with one line and exit 1 when the feed cannot be fetched or read, and 2 for a bad name', async () => {
    const cases: [string[], number, RegExp][] = [
      [['import', 'meeting-guide', 'ftp://example.org/feed.json'], 1, /only http and https URLs can be fetched, not ftp:/],
      [['import', 'meeting-guide', 'file:///etc/hostname'], 1, /not file:/],
      [['import', 'meeting-guide', join(dir, 'missing.json')], 1, /cannot read .*missing\.json: ENOENT/],
      [['import', 'meeting-guide', writeFeed('x.json', []), '--source', 'sample'], 2, /kept for the sample data/],
      [['import', 'meeting-guide', writeFeed('y.json', []), '--source', 'Not OK'], 2, /source name "Not OK" must be/],
      [['import', 'nope', 'x'], 2, /unknown command 'nope'/],
    ];
    writeFileSync(join(dir, 'broken.json'), '{"meetings": 3}');
    cases.push([['import', 'meeting-guide', join(dir, 'broken.json')], 1, /broken\.json: not a Meeting Guide feed/]);
    for (const [args, code, pattern] of cases) {
      const result = await runCli(args, env);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(pattern);
    }
  });

  it('leaves the previous import whole when the process is killed in the middle of a big one', async () => {
    const path = writeFeed(
      'big.json',
      Array.from({ length: 300 }, (_, i) => meetingGuideRow(i)),
    );
    expect((await importJson(['meeting-guide', path, '--source', 'big'])).added).toBe(300);
    writeFeed(
      'big.json',
      Array.from({ length: 30_000 }, (_, i) => meetingGuideRow(i, { notes: 'Changed.' })),
    );

    const child = spawn(process.execPath, [MAIN, 'import', 'meeting-guide', path, '--source', 'big'], {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    const exited = once(child, 'exit');
    // The write-ahead log grows once the transaction starts writing pages: kill it then.
    const wal = join(env.DATA_DIR!, 'openrooms.sqlite-wal');
    const started = Date.now();
    let walBytes = 0;
    while (Date.now() - started < 60_000 && child.exitCode === null) {
      walBytes = statSync(wal, { throwIfNoEntry: false })?.size ?? 0;
      if (walBytes > 4_000_000) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(child.exitCode).toBeNull();
    expect(walBytes).toBeGreaterThan(4_000_000);
    child.kill('SIGKILL');
    const [, signal] = (await exited) as [number | null, string | null];
    expect(signal).toBe('SIGKILL');

    const store = await openStore({ dataDir: env.DATA_DIR! });
    try {
      expect(await store.meetings.countBySource('big')).toBe(300);
      const notes = new Set<string | null>();
      for await (const page of store.meetings.all()) for (const m of page) notes.add(m.notes);
      expect(notes.has('Changed.')).toBe(false);
    } finally {
      await store.close();
    }
  }, 120_000);
});
