import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin URL of a PostgreSQL server that answered, or null when none did. */
    postgresUrl: string | null;
    /** The Chromium executable the browser tests drive, or null when there is none (they skip). */
    chromiumPath: string | null;
  }
}

async function postgresAnswers(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Runs once before every test file: builds dist/ for the CLI tests, and finds out whether
 * PostgreSQL answers, so its half of the contract suite runs or is skipped loudly.
 */
export default async function setup(project: TestProject): Promise<void> {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
  // The pages' scripts: the server serves what this writes to dist/web/bundles.
  execFileSync(process.execPath, ['dist/web/bundle-client.js'], { stdio: 'inherit' });
  project.provide('chromiumPath', findChromium());
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const problem = await postgresAnswers(url);
  if (problem === null) {
    project.provide('postgresUrl', url);
    return;
  }
  if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL does not answer at ${url}: ${problem}`);
  }
  console.warn(
    `\n!!! PostgreSQL does not answer at ${url} (${problem}): the PostgreSQL tests are SKIPPED. Set REQUIRE_POSTGRES=1 to fail instead.\n`,
  );
  project.provide('postgresUrl', null);
}

/** Debian's Chromium (never a downloaded browser); REQUIRE_BROWSER=1 makes its absence an error, as CI sets. */
function findChromium(): string | null {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    if (process.env.REQUIRE_BROWSER === '1')
      throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${path}: apt-get install -y chromium`);
    console.warn(`\n!!! No Chromium at ${path}: the browser (e2e) tests are SKIPPED. Set REQUIRE_BROWSER=1 to fail instead.\n`);
    return null;
  }
}
