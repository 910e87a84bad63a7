import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/http/app.js';
import type { FeedKind } from '../src/interop/import/load-feed.js';
import { runImport } from '../src/interop/import/run-import.js';
import type { ImportReport } from '../src/interop/import/report.js';
import { SearchService } from '../src/search/service.js';
import { seedSample } from '../src/store/sample/seed.js';
import { openStore } from '../src/store/store.js';
import { nowMs, round } from './stats.js';

/**
 * The import benchmark, in a process of its own: seeds N sample meetings into one store
 * (the baseline: the same meetings written by the store's own bulk insert), exports them
 * through our own BMLT and Meeting Guide endpoints to files, and imports each file into an
 * empty store, then again unchanged. Forked by run.ts with [count, seed]; answers over IPC.
 */
export interface ImportFigures {
  count: number;
  /** Baseline: `seedSample` of the same meetings into an empty store. */
  seedMs: number;
  bmltFileMb: number;
  /** `openrooms import bmlt <file>` work: read, parse, validate, write, in one transaction. */
  bmltImportMs: number;
  bmltReimportMs: number;
  meetingGuideFileMb: number;
  meetingGuideImportMs: number;
  /** bmltImportMs / seedMs. */
  ratio: number;
}

function check(report: ImportReport, count: number, what: string): void {
  const seen = report.added + report.changed + report.unchanged;
  if (seen !== count || report.skipped.length > 0)
    throw new Error(`${what}: ${seen} of ${count} meetings, ${report.skipped.length} skipped`);
}

async function timedImport(kind: FeedKind, location: string, dataDir: string, count: number, twice: boolean): Promise<number[]> {
  const store = await openStore({ dataDir });
  try {
    const times: number[] = [];
    for (let run = 0; run < (twice ? 2 : 1); run++) {
      const start = nowMs();
      const report = await runImport(store, { kind, location, source: 'bench' });
      times.push(nowMs() - start);
      check(report, count, `${kind} import ${run + 1}`);
    }
    return times;
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const [countText, seedText] = process.argv.slice(2);
  const count = Number(countText ?? 35_000);
  const seed = Number(seedText ?? 1953);
  const work = mkdtempSync(join(tmpdir(), 'openrooms-import-bench-'));
  try {
    const origin = await openStore({ dataDir: join(work, 'origin') });
    let seedMs: number;
    const bmltFile = join(work, 'bmlt.json');
    const meetingGuideFile = join(work, 'meeting-guide.json');
    try {
      const start = nowMs();
      await seedSample(origin, { count, seed });
      seedMs = nowMs() - start;
      // The sample leaves a few meetings unpublished; feeds carry published ones only, and the
      // budget is for the whole count.
      await origin.db.updateTable('meetings').set({ published: 1 }).execute();
      const published = await origin.meetings.count({ publishedOnly: true });
      const search = await SearchService.start(origin, { pollMs: 0 });
      const app = await buildApp({ store: origin, search });
      const bmlt = await app.inject({
        method: 'GET',
        url: '/main_server/client_interface/json/?switcher=GetSearchResults&get_used_formats=1',
      });
      writeFileSync(bmltFile, bmlt.body);
      const guide = await app.inject({ method: 'GET', url: '/api/v1/feeds/meeting-guide.json' });
      writeFileSync(meetingGuideFile, guide.body);
      await app.close();
      await search.stop();
      process.stdout.write(`  exported ${published.toLocaleString('en-US')} published meetings as BMLT and Meeting Guide JSON\n`);
      const [bmltImportMs, bmltReimportMs] = await timedImport('bmlt', bmltFile, join(work, 'bmlt'), published, true);
      const [meetingGuideImportMs] = await timedImport('meeting-guide', meetingGuideFile, join(work, 'meeting-guide'), published, false);
      const figures: ImportFigures = {
        count: published,
        seedMs: round(seedMs, 0),
        bmltFileMb: round(statSync(bmltFile).size / 2 ** 20, 1),
        bmltImportMs: round(bmltImportMs!, 0),
        bmltReimportMs: round(bmltReimportMs!, 0),
        meetingGuideFileMb: round(statSync(meetingGuideFile).size / 2 ** 20, 1),
        meetingGuideImportMs: round(meetingGuideImportMs!, 0),
        ratio: round(bmltImportMs! / seedMs, 2),
      };
      // Forked by run.ts: answer over IPC; run alone: print.
      if (process.send) process.send(figures);
      else process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    } finally {
      await origin.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
