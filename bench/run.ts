/**
 * The OpenRooms performance benchmark: `npm run bench [-- --size N --seed S --data DIR --quick]`.
 * A benchmark, never a test: it measures and reports, and judges figures only against
 * budgets written down in docs/performance.md. See that page (which this script rewrites)
 * for what is measured and how.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { toPublicMeeting } from '../src/domain/meeting.js';
import type { Query } from '../src/domain/query.js';
import { buildApp } from '../src/http/app.js';
import { presentResult } from '../src/search/present.js';
import { SearchIndex, type SearchResult } from '../src/search/search-index.js';
import { SearchService } from '../src/search/service.js';
import { openStore, SQLITE_FILE, type Store } from '../src/store/store.js';
import type { ImportFigures } from './import-child.js';
import { measurePageRender } from './page-render.js';
import type { LoadAnswer, LoadRequest } from './load-child.js';
import { bigCityZips, buildMixes, type Mix, type MixName } from './mixes.js';
import { consoleTable, markdown, type HttpFigures, type MixFigures, type Results } from './report.js';
import type { SeedAnswer } from './seed-child.js';
import { SqlSearch, type SqlResult } from './sql-search.js';
import { forceGc, GcWatch, hasGc, mb, median, nowMs, percentile, round, sampleAsync, sampleSync } from './stats.js';

/** Tuesday 2026-11-24 02:00 UTC: Monday 18:00 in Los Angeles, 21:00 in New York. */
const NOW = Date.UTC(2026, 10, 24, 2, 0, 0);
const clock = (): number => NOW;

const HERE = dirname(fileURLToPath(import.meta.url));

interface Settings {
  size: number;
  seed: number;
  data: string | undefined;
  quick: boolean;
  indexIterations: number;
  indexWarmup: number;
  sqlIterations: number;
  sqlWarmup: number;
  renderIterations: number;
  buildRuns: number;
  httpSeconds: number;
  httpWarmupSeconds: number;
  connections: number;
  settleSeconds: number;
  importSize: number;
}

function settings(): Settings {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1953' },
      data: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'import-size': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const size = Number(values.size);
  const seed = Number(values.seed);
  if (!Number.isInteger(size) || size < 100) throw new Error(`--size must be a whole number ≥ 100, not ${values.size}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not ${values.seed}`);
  const quick = values.quick;
  // The import budget is stated for 35,000 meetings; a quick run checks the path on fewer.
  const importSize = Number(values['import-size'] ?? (quick ? 5000 : 35000));
  if (!Number.isInteger(importSize) || importSize < 100)
    throw new Error(`--import-size must be a whole number ≥ 100, not ${values['import-size']}`);
  return {
    importSize,
    size,
    seed,
    data: values.data === undefined ? undefined : resolve(values.data),
    quick,
    indexIterations: quick ? 300 : 2000,
    indexWarmup: quick ? 50 : 300,
    sqlIterations: quick ? 30 : 200,
    sqlWarmup: quick ? 5 : 20,
    renderIterations: quick ? 200 : 1000,
    buildRuns: quick ? 1 : 3,
    httpSeconds: quick ? 3 : 10,
    httpWarmupSeconds: quick ? 1 : 2,
    connections: 20,
    settleSeconds: quick ? 2 : 10,
  };
}

/** The package root: the nearest directory above this script holding package.json. */
function projectRoot(): string {
  let dir = HERE;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find package.json above the benchmark');
    dir = parent;
  }
  return dir;
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** Forks a sibling module and resolves with the one message it sends, once it has exited cleanly. */
function child<TAnswer>(module: string, args: string[], request?: unknown): Promise<TAnswer> {
  return new Promise((resolvePromise, reject) => {
    const proc = fork(join(HERE, module), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
    let answer: TAnswer | undefined;
    proc.on('message', (message) => {
      answer = message as TAnswer;
    });
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (code === 0 && answer !== undefined) resolvePromise(answer);
      else reject(new Error(`${module} exited with code ${code ?? 'null'}${answer === undefined ? ' without an answer' : ''}`));
    });
    if (request !== undefined) proc.send(request as object);
  });
}

async function seedInto(dataDir: string, s: Settings): Promise<SeedAnswer> {
  log(`Seeding ${s.size.toLocaleString('en-US')} sample meetings (seed ${s.seed}) into ${dataDir}`);
  const answer = await child<SeedAnswer>('seed-child.js', [dataDir, String(s.size), String(s.seed)]);
  log(
    `  seeded ${answer.meetings.toLocaleString('en-US')} meetings, ${answer.serviceBodies} service bodies in ${Math.round(answer.seedMs)} ms`,
  );
  return answer;
}

/** Index and SQL agree when they find as many meetings and show the same page (by distance: the same distances). */
function disagreement(index: SearchResult, sqlResult: SqlResult, byDistance: boolean): string | null {
  if (index.total !== sqlResult.total) return `total ${index.total} (index) vs ${sqlResult.total} (SQL)`;
  if (index.hits.length !== sqlResult.hits.length) return `page of ${index.hits.length} vs ${sqlResult.hits.length}`;
  for (let i = 0; i < index.hits.length; i++) {
    const a = index.hits[i]!;
    const b = sqlResult.hits[i]!;
    if (byDistance) {
      if (Math.abs((a.km ?? NaN) - (b.km ?? NaN)) > 1e-6) return `hit ${i}: ${a.km ?? 'null'} km vs ${b.km ?? 'null'} km`;
    } else if (a.meeting.id !== b.meeting.id) {
      return `hit ${i}: meeting ${a.meeting.id} vs ${b.meeting.id}`;
    }
  }
  return null;
}

async function measureMix(service: SearchService, sqlSearch: SqlSearch, mix: Mix, s: Settings, gc: GcWatch): Promise<MixFigures> {
  const queries: Query[] = mix.variants.map((v) => v.query);
  const pick = (i: number): Query => queries[i % queries.length]!;

  // Correctness first: both ways, every variant. Also what each variant finds.
  const results: SearchResult[] = [];
  const disagreements: string[] = [];
  for (const { label, query } of mix.variants) {
    const index = service.index.search(query, NOW);
    const viaSql = await sqlSearch.search(query, NOW);
    results.push(index);
    const problem = disagreement(index, viaSql, query.sort === 'distance' && query.place !== null);
    if (problem) disagreements.push(`${label}: ${problem}`);
  }
  const totals = results.map((r) => r.total);

  forceGc();
  const indexTimed = sampleSync(s.indexIterations, s.indexWarmup, (i) => service.index.search(pick(i), NOW));
  const indexSamples = indexTimed.samples;
  await gc.flush();
  const first = indexTimed.starts[0]!;
  const last = indexTimed.starts[indexTimed.starts.length - 1]! + indexSamples[indexSamples.length - 1]!;
  const pauses = gc.between(first, last);
  const calm = gc.withoutGc(indexTimed);
  // Hits unpack their meeting on first use: with the page's records, the index hands back
  // what the SQL baseline does.
  forceGc();
  const withRecords = sampleSync(s.indexIterations, s.indexWarmup, (i) => {
    let touched = 0;
    for (const hit of service.index.search(pick(i), NOW).hits) touched += hit.meeting.id;
    return touched;
  }).samples;
  // Rendering a fresh page (records unpacked there), the search itself untimed.
  forceGc();
  const renderSamples: number[] = [];
  const renderWarmup = Math.min(100, s.renderIterations);
  for (let i = 0; i < renderWarmup + s.renderIterations; i++) {
    const query = pick(i);
    const result = service.index.search(query, NOW);
    const start = process.hrtime.bigint();
    presentResult(result, query);
    if (i >= renderWarmup) renderSamples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  forceGc();
  const served = sampleSync(s.renderIterations, renderWarmup, (i) => service.search(pick(i), NOW)).samples;
  forceGc();
  const sqlSamples = await sampleAsync(s.sqlIterations, s.sqlWarmup, (i) => sqlSearch.search(pick(i), NOW));

  const p50Ms = percentile(indexSamples, 50);
  const sqlP50Ms = percentile(sqlSamples, 50);
  return {
    p50Ms: round(p50Ms, 4),
    p99Ms: round(percentile(indexSamples, 99), 4),
    sqlP50Ms: round(sqlP50Ms, 3),
    speedup: round(sqlP50Ms / p50Ms, 1),
    meanMs: round(indexSamples.reduce((a, b) => a + b, 0) / indexSamples.length, 4),
    sqlP99Ms: round(percentile(sqlSamples, 99), 3),
    renderP50Ms: round(percentile(renderSamples, 50), 4),
    withRecordsP50Ms: round(percentile(withRecords, 50), 4),
    withRecordsP99Ms: round(percentile(withRecords, 99), 4),
    speedupWithRecords: round(sqlP50Ms / percentile(withRecords, 50), 1),
    serviceP50Ms: round(percentile(served, 50), 4),
    p99NoGcMs: round(percentile(calm, 99), 4),
    gcPauses: pauses.count,
    gcMs: round(pauses.ms, 1),
    gcShare: round(pauses.ms / (last - first), 3),
    iterations: s.indexIterations,
    sqlIterations: s.sqlIterations,
    variants: queries.length,
    minTotal: Math.min(...totals),
    avgTotal: round(totals.reduce((a, b) => a + b, 0) / totals.length, 1),
    maxTotal: Math.max(...totals),
    agree: `${mix.variants.length - disagreements.length}/${mix.variants.length}`,
    disagreements,
    emptyVariants: mix.variants.filter((_, i) => totals[i] === 0).map((v) => v.label),
  };
}

async function measureHttp(store: Store, service: SearchService, s: Settings): Promise<HttpFigures> {
  const app = await buildApp({ store, search: service });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    const searchPaths = bigCityZips(5).map((zip) => `/api/v1/meetings?near=${zip}`);
    // Every path must answer 200 with meetings, or the run measures error pages.
    for (const path of [...searchPaths, '/healthz']) {
      const response = await fetch(origin + path);
      const body = (await response.json()) as { total?: number };
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body)}`);
      if (path !== '/healthz') {
        log(`  ${path}: ${body.total ?? 0} meetings`);
        if (!body.total) log(`  WARNING: ${path} finds no meetings`);
      }
    }
    const load = (paths: string[]): Promise<LoadAnswer> => {
      const request: LoadRequest = {
        origin,
        paths,
        connections: s.connections,
        seconds: s.httpSeconds,
        warmupSeconds: s.httpWarmupSeconds,
      };
      return child<LoadAnswer>('load-child.js', [], request);
    };
    log(`  autocannon: search (${s.connections} connections, ${s.httpSeconds} s)`);
    const search = await load(searchPaths);
    log(`  autocannon: /healthz (${s.connections} connections, ${s.httpSeconds} s)`);
    const trivial = await load(['/healthz']);
    return {
      searchRps: round(search.rps, 1),
      trivialRps: round(trivial.rps, 1),
      ratio: round(search.rps / trivial.rps, 3),
      searchPaths,
      connections: s.connections,
      seconds: s.httpSeconds,
      searchLatencyP50Ms: search.latencyP50Ms,
      searchLatencyP99Ms: search.latencyP99Ms,
      trivialLatencyP50Ms: trivial.latencyP50Ms,
      trivialLatencyP99Ms: trivial.latencyP99Ms,
      non2xx: search.non2xx + trivial.non2xx,
      errors: search.errors + trivial.errors,
    };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const s = settings();
  const loadAtStart = loadavg().map((l) => round(l, 2));
  if (!hasGc()) log('WARNING: run with node --expose-gc (npm run bench does) for meaningful memory figures');
  const root = projectRoot();
  const temporary = s.data === undefined;
  const dataDir = s.data ?? mkdtempSync(join(tmpdir(), 'openrooms-bench-'));
  let store: Store | undefined;
  let service: SearchService | undefined;
  try {
    // 1. Seed (in a child process), unless reusing a seeded dir.
    let seedMs: number | null = null;
    if (!existsSync(join(dataDir, SQLITE_FILE))) seedMs = (await seedInto(dataDir, s)).seedMs;
    else log(`Reusing the seeded data dir ${dataDir}`);
    store = await openStore({ dataDir });
    const size = await store.meetings.count();
    if (s.data !== undefined && size !== s.size) log(`  the data dir holds ${size.toLocaleString('en-US')} meetings; --size is ignored`);

    // 2. Start-up: the service as the server starts it, then its parts.
    log('Starting the search service');
    forceGc();
    let start = nowMs();
    service = await SearchService.start(store, { pollMs: 0, clock });
    const startMs = nowMs() - start;
    forceGc();
    const memory = process.memoryUsage();
    log(
      `  ${service.index.size.toLocaleString('en-US')} meetings indexed in ${Math.round(startMs)} ms; rss ${mb(memory.rss)} MB, heap ${mb(memory.heapUsed)} MB`,
    );
    // Right after a collection V8 and malloc still hold pages they give back over the next
    // seconds of idleness; a long-running server sits at the settled figure.
    await new Promise((done) => setTimeout(done, s.settleSeconds * 1000));
    forceGc();
    const settled = process.memoryUsage();
    log(`  after ${s.settleSeconds} s idle: rss ${mb(settled.rss)} MB, heap ${mb(settled.heapUsed)} MB`);

    start = nowMs();
    let read = 0;
    for await (const page of store.meetings.all({ publishedOnly: true })) read += page.map(toPublicMeeting).length;
    const loadMs = nowMs() - start;
    log(`  store read of ${read.toLocaleString('en-US')} published meetings: ${Math.round(loadMs)} ms`);

    const buildRunsMs: number[] = [];
    {
      const meetings = [...service.index.all()];
      const bodies = service.index.serviceBodies();
      for (let run = 0; run < s.buildRuns; run++) {
        forceGc();
        start = nowMs();
        const rebuilt = await SearchIndex.load([meetings], bodies, clock);
        buildRunsMs.push(nowMs() - start);
        if (rebuilt.size !== service.index.size) throw new Error(`rebuilt ${rebuilt.size} meetings, expected ${service.index.size}`);
      }
    }
    const buildMs = median(buildRunsMs);
    log(`  index build from memory: ${buildRunsMs.map((ms) => Math.round(ms)).join(', ')} ms (median ${Math.round(buildMs)})`);
    forceGc();

    // 3–4. Query mixes, index against SQL.
    const sqlSearch = await SqlSearch.open(store.db);
    const mixes = buildMixes(service);
    const queries = {} as Record<MixName, MixFigures>;
    const gc = new GcWatch();
    for (const mix of mixes) {
      log(`Measuring ${mix.name} (${mix.variants.length} variants)`);
      const figures = await measureMix(service, sqlSearch, mix, s, gc);
      queries[mix.name] = figures;
      log(
        `  p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, SQL p50 ${figures.sqlP50Ms} ms (${figures.speedup}×), ` +
          `matches ${figures.minTotal}–${figures.maxTotal}, agree ${figures.agree}`,
      );
      log(
        `  with page records p50 ${figures.withRecordsP50Ms} ms (${figures.speedupWithRecords}× SQL), ` +
          `render ${figures.renderP50Ms} ms, service.search p50 ${figures.serviceP50Ms} ms`,
      );
      log(
        `  GC: ${figures.gcPauses} pauses, ${figures.gcMs} ms (${Math.round(figures.gcShare * 100)}% of the index run); p99 of calls without a GC ${figures.p99NoGcMs} ms`,
      );
      if (figures.emptyVariants.length > 0) log(`  WARNING: no matches for ${figures.emptyVariants.join('; ')}`);
      for (const d of figures.disagreements) log(`  DISAGREES ${d}`);
    }

    gc.stop();

    // 5. HTTP.
    log('Measuring HTTP');
    const http = await measureHttp(store, service, s);

    log('Measuring the search page render');
    const pageRender = measurePageRender(service, NOW, s.renderIterations);
    log(
      `  p50 ${pageRender.p50Ms} ms, p99 ${pageRender.p99Ms} ms (${pageRender.htmlKb} KB of HTML); JSON of the same answer p50 ${pageRender.jsonP50Ms} ms`,
    );

    // 6. Import.
    log(`Measuring import of ${s.importSize.toLocaleString('en-US')} meetings (seed, export, import)`);
    const imported = await child<ImportFigures>('import-child.js', [String(s.importSize), String(s.seed)]);
    log(
      `  BMLT JSON (${imported.bmltFileMb} MB): ${imported.bmltImportMs} ms, unchanged again ${imported.bmltReimportMs} ms; ` +
        `Meeting Guide JSON (${imported.meetingGuideFileMb} MB): ${imported.meetingGuideImportMs} ms; seeding the same: ${imported.seedMs} ms (ratio ${imported.ratio})`,
    );

    forceGc();
    const end = process.memoryUsage();
    const results: Results = {
      size,
      buildMs: round(buildMs, 1),
      rssMb: mb(memory.rss),
      queries,
      http,
      import: imported,
      pageRender,
      date: new Date().toISOString(),
      quick: s.quick,
      seed: seedMs === null ? null : s.seed,
      now: new Date(NOW).toISOString(),
      indexed: service.index.size,
      timeZones: sqlSearch.zoneCount,
      seedMs: seedMs === null ? null : round(seedMs, 0),
      startMs: round(startMs, 1),
      loadMs: round(loadMs, 1),
      buildRunsMs: buildRunsMs.map((ms) => round(ms, 1)),
      heapMb: mb(memory.heapUsed),
      rssSettledMb: mb(settled.rss),
      settleSeconds: s.settleSeconds,
      rssEndMb: mb(end.rss),
      machine: {
        node: process.versions.node,
        platform: `${process.platform} ${process.arch}`,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        totalMemMb: Math.round(totalmem() / 2 ** 20),
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: loadavg().map((l) => round(l, 2)),
      },
    };

    // 7. Results and the page.
    const resultsDir = join(root, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    writeFileSync(join(resultsDir, 'latest.json'), json);
    const dated = join(resultsDir, `${results.date.slice(0, 10)}-${size}.json`);
    writeFileSync(dated, json);
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, 'docs', 'performance.md'), markdown(results, mixes));

    // 8. The table.
    log('');
    log(consoleTable(results));
    log('');
    log(`Wrote bench/results/latest.json, ${dated.slice(root.length + 1)} and docs/performance.md`);
  } finally {
    await service?.stop();
    await store?.close();
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
