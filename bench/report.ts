import type { ImportFigures } from './import-child.js';
import type { Mix, MixName } from './mixes.js';
import type { PageRenderFigures } from './page-render.js';

export interface MixFigures {
  p50Ms: number;
  p99Ms: number;
  sqlP50Ms: number;
  speedup: number;
  // Extras.
  meanMs: number;
  sqlP99Ms: number;
  renderP50Ms: number;
  /** index.search plus unpacking the page's meetings (hits unpack lazily), and its speed-up over SQL. */
  withRecordsP50Ms: number;
  withRecordsP99Ms: number;
  speedupWithRecords: number;
  /** service.search: the whole in-process answer (search, records, local times). */
  serviceP50Ms: number;
  /** Diagnostics: p99 of the calls during which no GC ran, and the GC pauses during the run. */
  p99NoGcMs: number;
  gcPauses: number;
  gcMs: number;
  gcShare: number;
  iterations: number;
  sqlIterations: number;
  variants: number;
  /** Matches per variant (the `total` of the answer): minimum, mean, maximum. */
  minTotal: number;
  avgTotal: number;
  maxTotal: number;
  /** Variants where SQL and the index gave the same total and the same page ("n/m"). */
  agree: string;
  disagreements: string[];
  /** Variants that find nothing, and so measure little. */
  emptyVariants: string[];
}

export interface HttpFigures {
  searchRps: number;
  trivialRps: number;
  ratio: number;
  // Extras.
  searchPaths: string[];
  connections: number;
  seconds: number;
  searchLatencyP50Ms: number;
  searchLatencyP99Ms: number;
  trivialLatencyP50Ms: number;
  trivialLatencyP99Ms: number;
  non2xx: number;
  errors: number;
}

export interface Results {
  size: number;
  buildMs: number;
  rssMb: number;
  queries: Record<MixName, MixFigures>;
  http: HttpFigures;
  import: ImportFigures;
  pageRender: PageRenderFigures;
  // Extras.
  date: string;
  quick: boolean;
  seed: number | null;
  now: string;
  indexed: number;
  timeZones: number;
  seedMs: number | null;
  startMs: number;
  loadMs: number;
  buildRunsMs: number[];
  heapMb: number;
  rssSettledMb: number;
  settleSeconds: number;
  rssEndMb: number;
  machine: {
    node: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    totalMemMb: number;
    /** 1, 5 and 15 minute load averages: other work on the machine skews every absolute figure. */
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
}

export const BUDGETS = {
  buildMs: 1500,
  p99Ms: 1,
  speedup: 50,
  rssMb: 300,
  httpRatio: 0.5,
  importMs: 10_000,
  pageRenderMs: 5,
  importCount: 35_000,
} as const;

const met = (ok: boolean): string => (ok ? 'met' : '**not met**');
const fmt = (value: number, digits = 3): string => (Number.isFinite(value) ? value.toFixed(digits) : String(value));
const int = (value: number): string => Math.round(value).toLocaleString('en-US');

export function budgetRows(r: Results): { what: string; figure: string; budget: string; ok: boolean }[] {
  const mixes = Object.values(r.queries);
  const worstP99 = Math.max(...mixes.map((m) => m.p99Ms));
  const worstSpeedup = Math.min(...mixes.map((m) => m.speedup));
  return [
    {
      what: 'Index build (in memory)',
      figure: `${int(r.buildMs)} ms`,
      budget: `< ${int(BUDGETS.buildMs)} ms`,
      ok: r.buildMs < BUDGETS.buildMs,
    },
    { what: 'Worst query p99', figure: `${fmt(worstP99)} ms`, budget: `< ${BUDGETS.p99Ms} ms (every mix)`, ok: worstP99 < BUDGETS.p99Ms },
    {
      what: 'Smallest speed-up over SQL',
      figure: `${fmt(worstSpeedup, 1)}×`,
      budget: `≥ ${BUDGETS.speedup}× (every mix)`,
      ok: worstSpeedup >= BUDGETS.speedup,
    },
    { what: 'RSS with the index loaded', figure: `${fmt(r.rssMb, 1)} MB`, budget: `< ${BUDGETS.rssMb} MB`, ok: r.rssMb < BUDGETS.rssMb },
    {
      what: 'HTTP search / trivial req/s',
      figure: fmt(r.http.ratio, 2),
      budget: `≥ ${BUDGETS.httpRatio}`,
      ok: r.http.ratio >= BUDGETS.httpRatio,
    },
    {
      what: 'Search page render p50 (25 results)',
      figure: `${fmt(r.pageRender.p50Ms)} ms`,
      budget: `< ${BUDGETS.pageRenderMs} ms`,
      ok: r.pageRender.p50Ms < BUDGETS.pageRenderMs,
    },
    {
      what: `Import ${int(r.import.count)} meetings (BMLT JSON)`,
      figure: `${int(r.import.bmltImportMs)} ms`,
      budget: `< ${int(BUDGETS.importMs)} ms for ${int(BUDGETS.importCount)}`,
      // A smaller import proves nothing about the budget.
      ok: r.import.count >= BUDGETS.importCount && r.import.bmltImportMs < BUDGETS.importMs,
    },
  ];
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

export function markdown(r: Results, mixes: readonly Mix[]): string {
  const lines: string[] = [
    '# Performance',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts); edits here are overwritten by the next run. -->',
    '',
    'OpenRooms answers every search from an in-memory index (`src/search/search-index.ts`) kept',
    "current by following the store's change log. The benchmark in `bench/run.ts` checks that",
    'this is worth having: that the index builds quickly, stays small, answers well inside a',
    'millisecond, beats asking the database by a wide margin, and leaves HTTP search close to the',
    'cost of a trivial request. It is a benchmark, not a test: nothing fails, it reports.',
    '',
    '## How to run it',
    '',
    '```sh',
    'npm run bench                          # 100,000 sample meetings, full iterations (a few minutes)',
    'npm run bench -- --size 20000 --quick  # smoke run: fewer iterations, 3 s HTTP runs',
    'npm run bench -- --data /tmp/seeded    # reuse (or create and keep) a seeded data dir',
    '```',
    '',
    'Flags: `--size N` (default 100000), `--seed S` (default 1953), `--data DIR` (reuse a seeded',
    'data dir; seeds it first if it holds no database, and never deletes it), `--quick`.',
    'It writes `bench/results/latest.json`, a dated copy `bench/results/<date>-<size>.json`, and',
    'this page. Machines are noisy (the reference one has 2 cores), so figures that matter are',
    'ratios against baselines measured in the same run: index against SQL, search against',
    '`/healthz`.',
    '',
    '## What is measured',
    '',
    '1. **Seeding**: `seedSample` writes N sample meetings into a fresh temporary SQLite data dir,',
    '   in a child process, so its garbage does not count in the RSS figure (`seedMs`).',
    '2. **Start-up**: `SearchService.start(store, { pollMs: 0, clock })` (`startMs`), split into',
    '   reading the published meetings from the store as `PublicMeeting`s (`loadMs`, one timed',
    '   pass over `store.meetings.all()`) and building the index from meetings already in memory',
    '   (`buildMs`: `SearchIndex.load([[...service.index.all()]], bodies, clock)`, median of 3).',
    "3. **Memory**: RSS and heap used after a forced GC (`node --expose-gc`) with the server's",
    '   index loaded and nothing else retained (`rssMb`, `heapMb`). Right after start-up, V8 and',
    '   malloc still hold pages they return over the next seconds of idleness, so `rssSettledMb`',
    '   is measured again after 10 s idle and another GC; `rssEndMb` is after everything.',
    "4. **Queries**: each mix below is parsed by the service's own parser (as the API parses its",
    '   parameters), then `service.index.search(query, now)` is timed per call, rotating over the',
    "   mix's variants, after a warm-up: p50 and p99 over ≥ 2,000 calls (`p50Ms`, `p99Ms`).",
    '   Hits unpack their meeting lazily, on first use, so `withRecordsP50Ms` also times reading',
    "   the page's 25 meetings (what the SQL baseline hands back), `renderP50Ms` times",
    '   `presentResult` on a fresh page (unpacking, local times, distances: what `service.search`',
    '   adds) and `serviceP50Ms` times `service.search` whole. GC pauses during the timed calls are recorded',
    '   (`perf_hooks` "gc" entries): `gcShare` is the share of the run spent in them, and',
    '   `p99NoGcMs` the p99 of the calls that no pause overlapped. They explain tails; the budget',
    "   is judged on `p99Ms`, pauses included, since a server's users see them too.",
    '5. **SQL baseline**: the same parsed query answered by SQL over the same SQLite store through',
    "   the store's Kysely connection (`bench/sql-search.ts`): bounding box on latitude/longitude,",
    '   haversine distance and order in SQL, weekday/attendance/state/published filters, formats by',
    "   `EXISTS` on `meeting_formats`, text by `LIKE '% word%'` on name, group, venue, city and notes,",
    '   and "now"/"next" by weekly arithmetic on each meeting\'s local weekday and start against a',
    "   per-query table of each zone's local day and minute; then the page's rows and formats are read",
    '   and mapped to `PublicMeeting`s. p50 over ≥ 200 calls (`sqlP50Ms`); `speedup = sqlP50Ms / p50Ms`;',
    '   `speedupWithRecords = sqlP50Ms / withRecordsP50Ms` compares like with like.',
    '   Before timing, every variant is answered both ways and compared (same total, same page;',
    '   for distance order, the same distances): `agree`.',
    '6. **HTTP**: `buildApp({ store, search })` listens on 127.0.0.1, port 0; autocannon (in a child',
    '   process, 20 connections, 10 s after a warm-up) requests `/api/v1/meetings?near=<zip>`',
    '   (rotating big-city ZIPs) and then `/healthz`. `ratio = searchRps / trivialRps`.',
    '7. **Page render**: `renderSearchPage` (what `/meetings?near=<zip>` sends) for five big-city',
    '   searches answered beforehand, timed per call (`pageRender.p50Ms`), against `JSON.stringify` of',
    '   the same answers (`jsonP50Ms`, what the JSON API sends); `ratio = p50Ms / jsonP50Ms`.',
    '8. **Import** (`bench/import-child.ts`, own process): seeds `--import-size` sample meetings',
    '   (default 35,000; 5,000 with `--quick`) into an empty SQLite store (`seedMs`, the baseline:',
    "   the store's own bulk insert of the same meetings), exports the published ones through our",
    '   BMLT `GetSearchResults&get_used_formats=1` and Meeting Guide feed endpoints to files, and',
    '   times `runImport` (what `openrooms import <kind> <file>` runs: read, parse, validate, and',
    '   replace the source in one transaction) of each file into an empty store; the BMLT file is',
    '   then imported again unchanged (`bmltReimportMs`). `ratio = bmltImportMs / seedMs`.',
    '',
    `"Now" is fixed at ${r.now} (a Monday evening in the US: 18:00 Pacific, 21:00 Eastern), used as the`,
    'service clock and as `now`, so "now" queries have meetings in progress and runs are repeatable.',
    '',
    '### Query mixes',
    '',
    ...mixes.map((m) => `- \`${m.name}\`: ${m.description} (${m.variants.length} variant${m.variants.length === 1 ? '' : 's'}).`),
    '',
    '## Latest figures',
    '',
    `${int(r.size)} meetings (${int(r.indexed)} published and indexed), ${r.date.slice(0, 10)}, ` +
      `Node ${r.machine.node}, ${r.machine.cpus} × ${r.machine.cpuModel}${r.quick ? ', **quick run**' : ''}; ` +
      `load average (1 / 5 / 15 min) ${r.machine.loadAverageAtStart.join(' / ')} at the start, ${r.machine.loadAverageAtEnd.join(' / ')} at the end` +
      (Math.max(r.machine.loadAverageAtStart[0] ?? 0, r.machine.loadAverageAtEnd[0] ?? 0) > r.machine.cpus
        ? ` (above ${r.machine.cpus}: other work shared the cores, and absolute figures suffer).`
        : '.'),
    '',
    ...table(
      ['Figure', 'Latest', 'Budget', ''],
      budgetRows(r).map((b) => [b.what, b.figure, b.budget, met(b.ok)]),
    ),
    '',
    ...table(
      ['Mix', 'p50 ms', 'p99 ms', 'SQL p50 ms', 'Speed-up', 'p99 < 1 ms', 'Speed-up ≥ 50×'],
      Object.entries(r.queries).map(([name, q]) => [
        `\`${name}\``,
        fmt(q.p50Ms),
        fmt(q.p99Ms),
        fmt(q.sqlP50Ms, 2),
        `${fmt(q.speedup, 0)}×`,
        met(q.p99Ms < BUDGETS.p99Ms),
        met(q.speedup >= BUDGETS.speedup),
      ]),
    ),
    '',
    "The same runs, more closely: with the page's records unpacked, rendered, and whole; where",
    'the tail comes from; how much each mix finds; whether SQL found the same.',
    '',
    ...table(
      [
        'Mix',
        'With records p50 ms',
        'Speed-up with records',
        'Render p50 ms',
        'service.search p50 ms',
        'p99 w/o GC ms',
        'GC share',
        'Matches (min–max)',
        'Agree',
      ],
      Object.entries(r.queries).map(([name, q]) => [
        `\`${name}\``,
        fmt(q.withRecordsP50Ms),
        `${fmt(q.speedupWithRecords, 0)}×`,
        fmt(q.renderP50Ms),
        fmt(q.serviceP50Ms),
        fmt(q.p99NoGcMs),
        `${Math.round(q.gcShare * 100)}%`,
        `${int(q.minTotal)}–${int(q.maxTotal)}`,
        q.agree,
      ]),
    ),
    '',
    ...table(
      ['Also', 'Latest'],
      [
        ['Seeding (SQLite)', r.seedMs === null ? 'reused data dir' : `${int(r.seedMs)} ms`],
        ['`SearchService.start` (read + build + follower)', `${int(r.startMs)} ms`],
        ['Store read (`loadMs`)', `${int(r.loadMs)} ms`],
        ['Build runs', r.buildRunsMs.map((ms) => `${int(ms)} ms`).join(', ')],
        ['Heap used with the index', `${fmt(r.heapMb, 1)} MB`],
        [`RSS after ${r.settleSeconds} s idle and another GC`, `${fmt(r.rssSettledMb, 1)} MB`],
        ['RSS at the end of the run', `${fmt(r.rssEndMb, 1)} MB`],
        ['HTTP search req/s', `${int(r.http.searchRps)} (p50 ${r.http.searchLatencyP50Ms} ms, p99 ${r.http.searchLatencyP99Ms} ms)`],
        ['HTTP `/healthz` req/s', `${int(r.http.trivialRps)} (p50 ${r.http.trivialLatencyP50Ms} ms, p99 ${r.http.trivialLatencyP99Ms} ms)`],
        [
          `Import of ${int(r.import.count)}: BMLT JSON (${fmt(r.import.bmltFileMb, 1)} MB)`,
          `${int(r.import.bmltImportMs)} ms (${fmt(r.import.ratio, 2)}× seeding the same, ${int(r.import.seedMs)} ms)`,
        ],
        [
          'Search page render (25 results)',
          `p50 ${fmt(r.pageRender.p50Ms)} ms, p99 ${fmt(r.pageRender.p99Ms)} ms, ${fmt(r.pageRender.htmlKb, 1)} KB; ${fmt(r.pageRender.ratio, 1)}× JSON.stringify of the answer`,
        ],
        ['The same BMLT file again, unchanged', `${int(r.import.bmltReimportMs)} ms`],
        [
          `Import of ${int(r.import.count)}: Meeting Guide JSON (${fmt(r.import.meetingGuideFileMb, 1)} MB)`,
          `${int(r.import.meetingGuideImportMs)} ms`,
        ],
      ],
    ),
    '',
    'Raw figures: `bench/results/latest.json`.',
    '',
  ];
  return lines.join('\n');
}

export function consoleTable(r: Results): string {
  const pad = (text: string, width: number, right = true): string => (right ? text.padStart(width) : text.padEnd(width));
  const header = ['mix', 'p50 ms', 'p99 ms', 'sql p50', 'speed-up', '+records', 'speed-up', 'render', 'service', 'avg hits', 'agree'];
  const widths = [24, 8, 8, 9, 9, 9, 9, 8, 8, 9, 7];
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i]!, i > 0)).join(' ');
  const out = [line(header), line(widths.map((w) => '-'.repeat(w)))];
  for (const [name, q] of Object.entries(r.queries)) {
    out.push(
      line([
        name,
        fmt(q.p50Ms),
        fmt(q.p99Ms),
        fmt(q.sqlP50Ms, 2),
        `${fmt(q.speedup, 0)}x`,
        fmt(q.withRecordsP50Ms),
        `${fmt(q.speedupWithRecords, 0)}x`,
        fmt(q.renderP50Ms),
        fmt(q.serviceP50Ms),
        int(q.avgTotal),
        q.agree,
      ]),
    );
  }
  out.push('');
  for (const b of budgetRows(r))
    out.push(`${pad(b.what, 34, false)} ${pad(b.figure, 12)}   budget ${pad(b.budget, 22, false)} ${b.ok ? 'met' : 'NOT MET'}`);
  out.push('');
  out.push(
    `seed ${r.seedMs === null ? 'reused' : `${int(r.seedMs)} ms`} · start ${int(r.startMs)} ms · load ${int(r.loadMs)} ms · ` +
      `build ${int(r.buildMs)} ms · heap ${fmt(r.heapMb, 1)} MB · rss ${fmt(r.rssMb, 1)} MB ` +
      `(settled ${fmt(r.rssSettledMb, 1)} MB, end ${fmt(r.rssEndMb, 1)} MB)`,
  );
  out.push(
    `http search ${int(r.http.searchRps)} req/s · /healthz ${int(r.http.trivialRps)} req/s · ratio ${fmt(r.http.ratio, 2)}` +
      (r.http.non2xx + r.http.errors > 0 ? ` · ${r.http.non2xx} non-2xx, ${r.http.errors} errors` : ''),
  );
  return out.join('\n');
}
