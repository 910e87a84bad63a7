import { openStore } from '../src/store/store.js';
import { seedSample } from '../src/store/sample/seed.js';
import { nowMs } from './stats.js';

/**
 * Seeds the sample into a data dir, in a process of its own so that the memory it churns
 * through is not counted in the benchmark's RSS. Forked by run.ts with [dataDir, count,
 * seed]; answers { seedMs, meetings, serviceBodies } over IPC.
 */
export interface SeedAnswer {
  seedMs: number;
  meetings: number;
  serviceBodies: number;
}

async function main(): Promise<void> {
  const [dataDir, count, seed] = process.argv.slice(2);
  if (dataDir === undefined || count === undefined || seed === undefined) throw new Error('usage: seed-child DIR COUNT SEED');
  const store = await openStore({ dataDir });
  try {
    let shown = 0;
    const start = nowMs();
    const report = await seedSample(store, { count: Number(count), seed: Number(seed) }, (done, total) => {
      const tenth = Math.floor((done / total) * 10);
      if (tenth > shown) {
        shown = tenth;
        process.stdout.write(`  seeding… ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}\n`);
      }
    });
    const seedMs = nowMs() - start;
    const answer: SeedAnswer = { seedMs, meetings: report.meetings, serviceBodies: report.serviceBodies };
    process.send?.(answer);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
