import { SingleBar, Presets } from 'cli-progress';
import type { SampleOptions } from '../../store/sample/generate.js';
import { seedSample } from '../../store/sample/seed.js';
import { openStore } from '../../store/store.js';
import type { Config } from '../config.js';

/** Replaces the sample data with a new sample of the given size; real meetings stay. */
export async function seed(config: Config, options: SampleOptions): Promise<void> {
  const started = performance.now();
  const store = await openStore(config);
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: 'Writing meetings [{bar}] {value}/{total}' }, Presets.shades_classic)
    : undefined;
  try {
    bar?.start(options.count, 0);
    const report = await seedSample(store, options, (done) => bar?.update(done));
    bar?.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${report.meetings} sample meetings and ${report.serviceBodies} sample service bodies in ${seconds} s` +
        (report.removedMeetings > 0 ? ` (replacing ${report.removedMeetings} earlier sample meetings).` : '.'),
    );
  } finally {
    bar?.stop();
    await store.close();
  }
}
