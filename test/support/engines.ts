import { inject } from 'vitest';
import { postgresEngine, sqliteEngine, type TestEngine } from './databases.js';

export { sqliteEngine, type TestEngine, type TestStore } from './databases.js';

/** Both engines; the contract suite runs the same tests against each. */
export function engines(): TestEngine[] {
  return [sqliteEngine(), postgresEngine(inject('postgresUrl'))];
}
