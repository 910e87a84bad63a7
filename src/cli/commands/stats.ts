import { JURISDICTIONS } from '../../domain/us-states.js';
import { openStore } from '../../store/store.js';
import type { Config } from '../config.js';

export async function stats(config: Config, options: { json: boolean }): Promise<void> {
  const store = await openStore(config);
  try {
    const [meetings, sample, byState] = await Promise.all([
      store.meetings.count({ publishedOnly: true }),
      store.meetings.hasSample(),
      store.meetings.countPublishedByState(),
    ]);
    const states = Object.fromEntries(JURISDICTIONS.map((s) => [s.code, byState.get(s.code) ?? 0]));
    if (options.json) {
      console.log(JSON.stringify({ meetings, sample, byState: states }));
      return;
    }
    console.log(`${meetings} published meetings${sample ? ' (sample data is loaded)' : ''}`);
    for (const state of JURISDICTIONS) console.log(`${state.code}  ${String(states[state.code]).padStart(7)}  ${state.name}`);
  } finally {
    await store.close();
  }
}
