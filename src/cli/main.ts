#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { ValidationError } from '../domain/problem.js';
import { DatabaseUnreachableError } from '../store/dialect/postgres.js';
import { MigrationError } from '../store/migrate.js';
import { DEFAULT_SAMPLE } from '../store/sample/generate.js';
import { migrate } from './commands/migrate.js';
import { seed } from './commands/seed.js';
import { serve } from './commands/serve.js';
import { stats } from './commands/stats.js';
import { ConfigError, parsePort, readConfig } from './config.js';
import { wholeNumber } from './options.js';

/** Exit codes: 0 done, 1 the work failed, 2 the command line or configuration was wrong. */
const USAGE_ERROR = 2;

function fail(message: string, code: number): never {
  process.stderr.write(`openrooms: ${message}\n`);
  process.exit(code);
}

function program(): Command {
  const cli = new Command('openrooms')
    .description('OpenRooms: a meeting finder for Narcotics Anonymous and other support groups.')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => {
        write(`openrooms: ${text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`);
      },
    });

  cli
    .command('serve')
    .description('migrate the store, load sample data on a first start, and serve the site and API')
    .addOption(new Option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)').argParser((v) => parsePort(v, '--port')))
    .option('--host <host>', 'address to listen on (default: $HOST or 0.0.0.0)')
    .action(async (options: { port?: number; host?: string }) => {
      const config = readConfig();
      await serve({ ...config, port: options.port ?? config.port, host: options.host ?? config.host });
    });

  cli
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      await migrate(readConfig());
    });

  cli
    .command('seed')
    .description('replace the sample data with a new sample (meetings that are not sample stay)')
    .option('-n, --count <n>', 'how many sample meetings', wholeNumber(1, 1_000_000), DEFAULT_SAMPLE.count)
    .option('--seed <n>', 'random seed: the same seed makes the same sample', wholeNumber(0, 2 ** 31 - 1), DEFAULT_SAMPLE.seed)
    .action(async (options: { count: number; seed: number }) => {
      await seed(readConfig(), options);
    });

  cli
    .command('stats')
    .description('count published meetings by state')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      await stats(readConfig(), options);
    });

  return cli;
}

async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; commander has already printed its one line otherwise.
      process.exit(['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ? 0 : USAGE_ERROR);
    }
    if (error instanceof ConfigError) fail(error.message, USAGE_ERROR);
    if (error instanceof ValidationError) fail(error.message, USAGE_ERROR);
    if (error instanceof DatabaseUnreachableError || error instanceof MigrationError) fail(error.message, 1);
    if (process.env.DEBUG) console.error(error);
    fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

await main(process.argv);
