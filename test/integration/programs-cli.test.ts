import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import type { ImportReport } from '../../src/interop/import/report.js';
import { ImportScheduler } from '../../src/interop/scheduler.js';
import { openStore } from '../../src/store/store.js';
import { importReport, runCli } from '../support/cli.js';
import { bmltMeeting, meetingGuideRow, startFeedServer, type FeedServer } from '../support/feed-server.js';

const FIXTURES = new URL('../fixtures/meeting-guide/', import.meta.url).pathname;

/** An online meeting that says nothing of where or when it is: only --timezone can place it in time. */
function placeless(i: number): Record<string, unknown> {
  const {
    timezone: _z,
    latitude: _la,
    longitude: _lo,
    address: _a,
    city: _c,
    state: _s,
    postal_code: _p,
    country: _n,
    location: _l,
    ...row
  } = meetingGuideRow(i);
  return { ...row, conference_url: `https://meet.example.org/j/${i}` };
}

describe('programs and time zones of imported feeds', () => {
  let dir: string;
  let env: Record<string, string>;
  let feeds: FeedServer | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'openrooms-programs-'));
    env = { DATA_DIR: join(dir, 'data'), SAMPLE_DATA: 'off' };
  });
  afterEach(async () => {
    await feeds?.close();
    feeds = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  function fixture(name: string): string {
    const path = join(dir, name);
    copyFileSync(join(FIXTURES, name), path);
    return path;
  }

  const importJson = (args: string[]): Promise<ImportReport> => importReport(args, env);

  async function stored(): Promise<Meeting[]> {
    const store = await openStore({ dataDir: env.DATA_DIR! });
    try {
      const all: Meeting[] = [];
      for await (const page of store.meetings.all({ publishedOnly: false })) all.push(...page);
      return all;
    } finally {
      await store.close();
    }
  }

  async function programsBySource(): Promise<Record<string, string[]>> {
    const by: Record<string, Set<string>> = {};
    for (const m of await stored()) (by[m.provenance.source ?? ''] ??= new Set()).add(m.program);
    return Object.fromEntries(Object.entries(by).map(([source, codes]) => [source, [...codes].sort()]));
  }

  it('makes an AA Meeting Guide feed AA without --program, and the report says why', async () => {
    const path = fixture('program-aa.json');
    const human = await runCli(['import', 'meeting-guide', path, '--dry-run'], env);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(
      "Program: Alcoholics Anonymous (AA): Meeting Guide is Alcoholics Anonymous's format, and AL-ANON is named by 1 row of 6, not enough to be the feed's program; choose another with --program.",
    );
    const report = await importJson(['meeting-guide', path]);
    expect(report.added).toBe(6);
    expect(report.program).toMatchObject({ code: 'AA', name: 'Alcoholics Anonymous', how: 'format' });
    expect(await programsBySource()).toEqual({ 'program-aa': ['AA'] });
  });

  it('takes --program in any case over the rule, and reads an Al-Anon feed as Al-Anon by its names', async () => {
    const given = await importJson(['meeting-guide', fixture('program-aa.json'), '--program', 'al-anon', '--source', 'given']);
    expect(given.program).toEqual({
      code: 'AL-ANON',
      name: 'Al-Anon Family Groups',
      how: 'given',
      reason: 'given by --program or the source',
    });
    const words = await importJson(['meeting-guide', fixture('program-al-anon.json')]);
    expect(words.program).toMatchObject({ code: 'AL-ANON', how: 'words' });
    expect(words.program?.reason).toBe('4 rows of 4 name "Al-Anon", "Alateen" or "AFG" (in meeting, group or entity names)');
    expect(await programsBySource()).toEqual({ given: ['AL-ANON'], 'program-al-anon': ['AL-ANON'] });
  });

  it('keeps a BMLT feed NA unless told otherwise', async () => {
    const path = join(dir, 'region.json');
    writeFileSync(path, JSON.stringify([bmltMeeting(1), bmltMeeting(2)]));
    const report = await importJson(['bmlt', path]);
    expect(report.program).toEqual({
      code: 'NA',
      name: 'Narcotics Anonymous',
      how: 'format',
      reason: "BMLT is Narcotics Anonymous's format; choose another with --program",
    });
    const told = await importJson(['bmlt', path, '--source', 'told', '--program', 'NAR-ANON']);
    expect(told.program).toMatchObject({ code: 'NAR-ANON', how: 'given' });
    expect(await programsBySource()).toEqual({ region: ['NA'], told: ['NAR-ANON'] });
  });

  it('places rows without a zone in --timezone, and only those', async () => {
    const rows = [placeless(1), placeless(2), meetingGuideRow(3, { timezone: 'America/Denver' })];
    const path = join(dir, 'online.json');
    writeFileSync(path, JSON.stringify(rows));
    // A feed of nothing but placeless rows has no zone of its own to lend them: each is skipped, and the import fails.
    const lonely = join(dir, 'placeless.json');
    writeFileSync(lonely, JSON.stringify([placeless(1), placeless(2)]));
    const without = await runCli(['import', 'meeting-guide', lonely, '--json'], env);
    expect(without.code).toBe(1);
    expect((JSON.parse(without.stdout) as ImportReport).skipped.map((s) => s.externalId)).toEqual(['made-up-1', 'made-up-2']);
    const report = await importJson(['meeting-guide', path, '--timezone', 'europe/london']);
    expect(report).toMatchObject({ added: 3, skipped: [] });
    const zones: Record<string, string> = {};
    for (const m of await stored()) zones[m.provenance.externalId ?? ''] = m.schedule.timeZone;
    expect(zones).toEqual({ 'made-up-1': 'Europe/London', 'made-up-2': 'Europe/London', 'made-up-3': 'America/Denver' });
  });

  it('refuses a program the store lacks or a zone that is not IANA with one line and exit 2, writing nothing', async () => {
    const path = fixture('program-aa.json');
    const cases: [string[], RegExp][] = [
      [
        ['import', 'meeting-guide', path, '--program', 'XA'],
        /^openrooms: --program "XA" is not a program here; use one of: AA, AL-ANON, NA, NAR-ANON, PEER, SMART \(any case\)$/,
      ],
      [
        ['import', 'bmlt', path, '--timezone', 'Mars/Base'],
        /^openrooms: option '--timezone <zone>' argument 'Mars\/Base' is invalid\. must be an IANA time zone such as America\/Chicago or Europe\/Berlin\.$/,
      ],
      [
        ['sources', 'add', 'area', 'https://example.org/feed.json', '--program', 'alcoholics'],
        /^openrooms: --program "alcoholics" is not a program here; use one of: AA, /,
      ],
      [
        ['sources', 'add', 'area', 'https://example.org/feed.json', '--timezone', 'EST5'],
        /argument 'EST5' is invalid\. must be an IANA time zone/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, env);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr.trim(), args.join(' ')).toMatch(message);
    }
    expect(await stored()).toEqual([]);
    const listed = await runCli(['sources', 'list', '--json'], env);
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });

  it('stores a source’s program and zone, shows them, and imports with them by hand and on schedule', async () => {
    feeds = await startFeedServer();
    feeds.routes.set('/meetings.json', { type: 'application/json', body: JSON.stringify([placeless(1), meetingGuideRow(2)]) });
    const url = `${feeds.url}/meetings.json`;
    const added = await runCli(
      ['sources', 'add', 'told', url, '--program', 'smart', '--timezone', 'America/Chicago', '--allow-private'],
      env,
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('  program SMART; time zone of rows without one: America/Chicago.');
    const plain = await runCli(['sources', 'add', 'plain', url, '--every', '1h', '--allow-private'], env);
    expect(plain.stdout).toContain(
      "  program from the feed (AA, Meeting Guide's, unless its names say another; set one with --program); time zone of rows without one: from their place.",
    );
    const bmlt = await runCli(['sources', 'add', 'region', 'https://bmlt.example.org/main_server/'], env);
    expect(bmlt.stdout).toContain("  program NA (BMLT's; set another with --program);");

    const list = await runCli(['sources', 'list'], env);
    expect(list.stdout).toContain('  program SMART; time zone of rows without one: America/Chicago');
    const json = JSON.parse((await runCli(['sources', 'list', '--json'], env)).stdout) as {
      name: string;
      program: string | null;
      timeZone: string | null;
    }[];
    expect(json.map(({ name, program, timeZone }) => ({ name, program, timeZone }))).toEqual([
      { name: 'plain', program: null, timeZone: null },
      { name: 'region', program: null, timeZone: null },
      { name: 'told', program: 'SMART', timeZone: 'America/Chicago' },
    ]);

    const run = await runCli(['sources', 'run', 'told', '--json'], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 2, skipped: [], program: { code: 'SMART', how: 'given' } });

    // The server's scheduler runs "plain" (the only scheduled source) with what it stores: no zone, so the
    // placeless row takes the zone the rest of its feed keeps.
    const store = await openStore({ dataDir: env.DATA_DIR! });
    try {
      const lines: string[] = [];
      await new ImportScheduler(store, { log: (line) => lines.push(line) }).tick();
      expect(lines).toEqual(['openrooms: imported source "plain": 2 added, 0 changed, 0 removed, 0 skipped']);
      await store.sources.remove('plain');
      await store.sources.add({
        name: 'plain',
        kind: 'meeting-guide',
        url,
        everySeconds: 3600,
        allowPrivate: true,
        program: 'PEER',
        timeZone: 'America/Chicago',
      });
      await new ImportScheduler(store, { log: (line) => lines.push(line) }).tick();
      // Both change: the program of each, and the placeless row's zone to the stored one.
      expect(lines[1]).toBe('openrooms: imported source "plain": 0 added, 2 changed, 0 removed, 0 skipped');
    } finally {
      await store.close();
    }
    expect(await programsBySource()).toEqual({ plain: ['PEER'], told: ['SMART'] });
    const placed = (await stored()).filter((m) => m.provenance.externalId === 'made-up-1').map((m) => m.schedule.timeZone);
    expect(placed).toEqual(['America/Chicago', 'America/Chicago']);
  });
});
