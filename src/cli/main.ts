#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ValidationError } from '../domain/problem.js';
import { FetchError } from '../interop/fetch/fetch-error.js';
import { EmptyFeedError, StrictImportError } from '../interop/import/import-feed.js';
import { IntervalError, parseInterval } from '../interop/import/interval.js';
import { FEED_KINDS, FeedError, type FeedKind } from '../interop/import/load-feed.js';
import { SourceNameError } from '../interop/import/source-name.js';
import { DatabaseUnreachableError } from '../store/database-unreachable.js';
import { MigrationError } from '../store/migrate.js';
import { ROLES } from '../domain/account.js';
import { DEFAULT_SAMPLE } from '../store/sample/generate.js';
import { importCommand, type ImportCommandOptions } from './commands/import.js';
import { migrate } from './commands/migrate.js';
import { seed } from './commands/seed.js';
import { serve } from './commands/serve.js';
import { addSource, listSources, removeSource, runSourceNow, SourceRunError, type AddOptions } from './commands/sources.js';
import { stats } from './commands/stats.js';
import { addUser, listUsers, readPassword, setUserActive, setUserPassword, type UserAddOptions } from './commands/user.js';
import { ConfigError, parsePort, readConfig } from './config.js';
import { timeZoneOption, wholeNumber } from './options.js';
import { UsageError } from './usage-error.js';

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
        write(
          `openrooms: ${text
            .replace(/^error: /, '')
            .trim()
            .replace(/\s*\n\s*/g, ' ')}\n`,
        );
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

  addImportCommands(cli);
  addSourcesCommands(cli);
  addUserCommands(cli);
  return cli;
}

const PROGRAM_HELP =
  "the program of every meeting: NA, AA, AL-ANON… (default: NA for BMLT; for Meeting Guide, AA unless the feed's names say another)";
const TIMEZONE_HELP = 'the IANA time zone of rows that give none, e.g. America/Chicago (default: from the place)';

function addImportCommands(cli: Command): void {
  const importing = cli.command('import').description('import a BMLT or Meeting Guide feed now (from a URL or a file)');
  for (const kind of FEED_KINDS) {
    importing
      .command(`${kind} <url-or-file>`)
      .description(
        kind === 'bmlt'
          ? 'import from a BMLT root server (https://…/main_server/) or a GetSearchResults URL or file'
          : 'import a Meeting Guide JSON or CSV feed',
      )
      .option('--source <name>', 'the name the meetings are kept under (default: from the URL host or file name)')
      .option('--dry-run', 'report what would change, and write nothing', false)
      .option('--json', 'print the report as JSON', false)
      .option('--strict', 'import nothing if any row is skipped', false)
      .option('--allow-private', 'allow a feed on a private or local network address', false)
      .option('--program <code>', PROGRAM_HELP)
      .option('--timezone <zone>', TIMEZONE_HELP, timeZoneOption)
      .action(async (location: string, options: ImportCommandOptions) => {
        await importCommand(readConfig(), kind, location, options);
      });
  }
}

function interval(value: string): number {
  try {
    return parseInterval(value);
  } catch (error) {
    if (error instanceof IntervalError) throw new InvalidArgumentError(error.message);
    throw error;
  }
}

const bodyId = wholeNumber(1, 2 ** 31 - 1);

function addUserCommands(cli: Command): void {
  const user = cli.command('user').description("the volunteers' accounts for the admin pages");
  user
    .command('add')
    .description('add an account; the password is read from standard input (piped, or typed without echo)')
    .requiredOption('--email <address>', 'its email address, the login name')
    .addOption(new Option('--role <role>', 'what it may do').choices(ROLES).makeOptionMandatory())
    .option(
      '--body <id...>',
      'a service body the role applies to (repeat or list several; not for an admin)',
      (value: string, previous: number[] | undefined) => [...(previous ?? []), bodyId(value)],
    )
    .option('--name <name>', 'the name shown in the history of changes')
    .action(async (options: UserAddOptions) => {
      await addUser(readConfig(), options, () => readPassword(process.stdin, `Password for ${options.email}: `));
    });
  user
    .command('deactivate <email>')
    .description('stop an account logging in (it is kept, with its history)')
    .action(async (email: string) => {
      await setUserActive(readConfig(), email, false);
    });
  user
    .command('reactivate <email>')
    .description('let a deactivated account log in again')
    .action(async (email: string) => {
      await setUserActive(readConfig(), email, true);
    });
  user
    .command('password <email>')
    .description('set a new password, read from standard input; ends every session of the account')
    .action(async (email: string) => {
      await setUserPassword(readConfig(), email, () => readPassword(process.stdin, `New password for ${email}: `));
    });
  user
    .command('list')
    .description('list the accounts, their roles and service bodies')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      await listUsers(readConfig(), options);
    });
}

function addSourcesCommands(cli: Command): void {
  const sources = cli.command('sources').description('named feeds that the server imports on a schedule');
  sources
    .command('add <name> <url>')
    .description('register a feed (the server imports it when due)')
    .option('--every <interval>', 'how often to import it: 30m, 6h, 1d… (at least 5m; default: only by hand)', interval)
    .addOption(
      new Option(
        '--kind <kind>',
        'the feed format (default: bmlt for a URL with main_server or client_interface, else meeting-guide)',
      ).choices(FEED_KINDS),
    )
    .option('--allow-private', 'allow a feed on a private or local network address', false)
    .option('--program <code>', PROGRAM_HELP)
    .option('--timezone <zone>', TIMEZONE_HELP, timeZoneOption)
    .action(async (name: string, url: string, options: AddOptions & { kind?: FeedKind }) => {
      await addSource(readConfig(), name, url, options);
    });
  sources
    .command('list')
    .description('list the sources and how their last imports went')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      await listSources(readConfig(), options);
    });
  sources
    .command('remove <name>')
    .description('forget a source (its meetings stay unless --delete-meetings)')
    .option('--delete-meetings', "also delete the source's meetings and service bodies", false)
    .action(async (name: string, options: { deleteMeetings: boolean }) => {
      await removeSource(readConfig(), name, options);
    });
  sources
    .command('run <name>')
    .description('import a source now')
    .option('--json', 'print the report as JSON', false)
    .action(async (name: string, options: { json: boolean }) => {
      await runSourceNow(readConfig(), name, options);
    });
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
    if (error instanceof UsageError || error instanceof SourceNameError) fail(error.message, USAGE_ERROR);
    if (error instanceof FetchError || error instanceof FeedError || error instanceof SourceRunError) fail(error.message, 1);
    if (error instanceof StrictImportError || error instanceof EmptyFeedError) fail(error.message, 1);
    if (error instanceof DatabaseUnreachableError || error instanceof MigrationError) fail(error.message, 1);
    if (process.env.DEBUG) console.error(error);
    fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

await main(process.argv);
