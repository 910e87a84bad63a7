import { stateByCode } from '../../domain/us-states.js';
import { SearchService } from '../../search/service.js';
import { openStore } from '../../store/store.js';
import type { Config } from '../config.js';

/**
 * Counts as the server does: from the search index over the store, so that this, /api/v1/stats
 * and the pages agree on what is published and which states are listed.
 */
export async function stats(config: Config, options: { json: boolean }): Promise<void> {
  const store = await openStore(config);
  try {
    const search = await SearchService.start(store, { pollMs: 0 });
    const { meetings, sample, byState } = search.stats();
    await search.stop();
    if (options.json) {
      console.log(JSON.stringify({ meetings, sample, byState }));
      return;
    }
    console.log(`${meetings} published meetings, not counting those temporarily closed${sample ? ' (sample data is loaded)' : ''}`);
    for (const [code, count] of Object.entries(byState))
      console.log(`${code}  ${String(count).padStart(7)}  ${stateByCode(code)?.name ?? code}`);
  } finally {
    await store.close();
  }
}
