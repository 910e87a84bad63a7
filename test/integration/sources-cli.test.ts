import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/interop/import/report.js';
import { runCli, startServer, type RunningServer } from '../support/cli.js';
import { meetingGuideRow, startFeedServer, type FeedServer } from '../support/feed-server.js';

interface ListedSource {
  name: string;
  kind: string;
  url: string;
  every: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastReport: ImportReport | null;
}

describe('openrooms sources', () => {
  let dir: string;
  let env: Record<string, string>;
  let feeds: FeedServer;
  let server: RunningServer | undefined;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'openrooms-sources-'));
    env = { DATA_DIR: dir, SAMPLE_DATA: 'off' };
    feeds = await startFeedServer();
    feeds.routes.set('/meetings.json', {
      type: 'application/json',
      body: JSON.stringify([meetingGuideRow(1), meetingGuideRow(2), meetingGuideRow(3)]),
    });
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function list(): Promise<ListedSource[]> {
    const result = await runCli(['sources', 'list', '--json'], env);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as ListedSource[];
  }

  it('adds, lists, runs and removes a source, recording how each run went', async () => {
    const url = `${feeds.url}/meetings.json`;
    const added = await runCli(['sources', 'add', 'made-up-area', url, '--every', '6h', '--allow-private'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Added source "made-up-area" \(meeting-guide, guessed from the URL\): imported every 6h/);
    expect(await list()).toMatchObject([{ name: 'made-up-area', kind: 'meeting-guide', url, every: '6h', lastSuccessAt: null }]);

    const run = await runCli(['sources', 'run', 'made-up-area'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Imported source "made-up-area": 3 added/);
    const [afterRun] = await list();
    expect(afterRun!.lastSuccessAt).not.toBeNull();
    expect(afterRun!.lastReport).toMatchObject({ added: 3 });

    feeds.routes.delete('/meetings.json');
    const failed = await runCli(['sources', 'run', 'made-up-area'], env);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim()).toMatch(
      /^openrooms: import of source "made-up-area" failed: .*meetings\.json answered HTTP 404 Not Found$/,
    );
    const [afterFailure] = await list();
    expect(afterFailure!.lastError).toMatch(/HTTP 404/);
    expect(afterFailure!.lastSuccessAt).toBe(afterRun!.lastSuccessAt);

    // A feed that answers but holds no usable meeting fails too, with its reasons, and keeps the meetings.
    feeds.routes.set('/meetings.json', { type: 'application/json', body: JSON.stringify([{ slug: 'x', name: 'Made-up', day: 9 }]) });
    const unusable = await runCli(['sources', 'run', 'made-up-area', '--json'], env);
    expect(unusable.code).toBe(1);
    expect((JSON.parse(unusable.stdout) as ImportReport).skipped).toMatchObject([{ row: 1, externalId: 'x' }]);
    expect(unusable.stderr.trim()).toBe(
      'openrooms: import of source "made-up-area" failed: the feed has no meeting that can be imported (1 row skipped); nothing was changed; source "made-up-area" keeps its 3 meetings',
    );
    const unusableHuman = await runCli(['sources', 'run', 'made-up-area'], env);
    expect(unusableHuman.code).toBe(1);
    expect(unusableHuman.stdout).toMatch(/skipped row 1, id x: "Made-up": day /);

    const human = await runCli(['sources', 'list'], env);
    expect(human.stdout).toMatch(/^made-up-area {2}meeting-guide {2}every 6h {2}http:\/\/127\.0\.0\.1/);

    const removed = await runCli(['sources', 'remove', 'made-up-area', '--delete-meetings'], env);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Deleted 3 meetings and 0 service bodies of source "made-up-area"/);
    expect(await list()).toEqual([]);
    const stats = JSON.parse((await runCli(['stats', '--json'], env)).stdout) as { meetings: number };
    expect(stats.meetings).toBe(0);
  });

  it('shows help for the import and sources commands', async () => {
    for (const command of [
      ['import', 'bmlt'],
      ['import', 'meeting-guide'],
      ['sources', 'add'],
      ['sources', 'list'],
      ['sources', 'remove'],
      ['sources', 'run'],
    ]) {
      const result = await runCli([...command, '--help']);
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout).toContain(`Usage: openrooms ${command.join(' ')}`);
    }
  });

  it('refuses bad names, URLs, intervals and kinds with one line and exit 2', async () => {
    await runCli(['sources', 'add', 'taken', 'https://example.org/main_server/'], env);
    const cases: [string[], RegExp][] = [
      [['sources', 'add', 'x', 'https://example.org/', '--every', '4m'], /the shortest is 5m/],
      [['sources', 'add', 'x', 'https://example.org/', '--every', '6 h'], /write a whole number and m, h or d/],
      [['sources', 'add', 'x', 'https://example.org/', '--every', '1.5h'], /not a refresh interval/],
      [['sources', 'add', 'x', 'https://example.org/', '--kind', 'tsml'], /argument 'tsml' is invalid.*bmlt, meeting-guide/],
      [['sources', 'add', 'x', 'ftp://example.org/'], /only http and https/],
      [['sources', 'add', 'Bad Name', 'https://example.org/'], /source name "Bad Name" must be/],
      [['sources', 'add', 'taken', 'https://example.org/'], /a source named "taken" already exists/],
      [['sources', 'run', 'nobody'], /no source is named "nobody"/],
      [['sources', 'remove', 'nobody'], /no source is named "nobody"/],
    ];
    for (const [args, pattern] of cases) {
      const result = await runCli(args, env);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).toMatch(pattern);
    }
    expect(await list()).toMatchObject([{ name: 'taken', kind: 'bmlt', every: null }]);
  });

  it('is imported by a running server when due, and the server then finds the meetings', async () => {
    await runCli(['sources', 'add', 'made-up-area', `${feeds.url}/meetings.json`, '--every', '5m', '--allow-private'], env);
    server = await startServer({ ...env, IMPORT_CHECK_SECONDS: '1' });
    let meetings = 0;
    for (let tries = 0; tries < 100 && meetings < 3; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      meetings = ((await (await fetch(`${server.url}/api/v1/stats`)).json()) as { meetings: number }).meetings;
    }
    expect(meetings).toBe(3);
    const [source] = await list();
    expect(source!.lastReport).toMatchObject({ added: 3 });
    // Claimed once: the next run is 5 minutes away, so the feed was read once.
    expect(feeds.hits.filter((h) => h === '/meetings.json')).toHaveLength(1);
  });
});
