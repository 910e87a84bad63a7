import type { Store } from '../store/store.js';
import { oneLine } from '../store/source-repository.js';
import { runSource } from './import/run-source.js';

export const DEFAULT_CHECK_MS = 60_000;

export interface SchedulerOptions {
  /** How often to look for due sources. */
  checkMs?: number;
  clock?: () => Date;
  /** Where to say what happened: one line per run, naming the source, never an address or a search. */
  log?: (line: string) => void;
}

/**
 * Runs registered sources when they are due, inside the server. Several servers may share
 * one store: each claims a due source with a conditional update, and only the one whose
 * update changed the row imports it. A failed import is recorded on the source and logged;
 * it never reaches the server.
 */
export class ImportScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly clock: () => Date;
  private readonly log: (line: string) => void;

  constructor(
    private readonly store: Store,
    private readonly options: SchedulerOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.tick(), this.options.checkMs ?? DEFAULT_CHECK_MS);
    this.timer.unref();
    void this.tick();
  }

  /** Stops looking and waits for an import in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs every due source this process claims, one after another; overlapping ticks queue up. */
  tick(): Promise<void> {
    this.running = this.running
      .then(() => this.runDue())
      .catch((error: unknown) => {
        this.log(
          `openrooms: the import scheduler could not read the sources: ${oneLine(error instanceof Error ? error.message : String(error))}`,
        );
      });
    return this.running;
  }

  private hasStopped(): boolean {
    return this.stopped;
  }

  private async runDue(): Promise<void> {
    if (this.stopped) return;
    for (const source of await this.store.sources.due(this.clock())) {
      // stop() may have been called while the previous import ran.
      if (this.hasStopped()) return;
      if (!(await this.store.sources.claim(source.name, this.clock()))) continue;
      const result = await runSource(this.store, source);
      if (result.ok) {
        const r = result.report;
        this.log(
          `openrooms: imported source "${source.name}": ${r.added} added, ${r.changed} changed, ${r.removed} removed, ${r.skipped.length} skipped`,
        );
      } else {
        this.log(`openrooms: import of source "${source.name}" failed: ${oneLine(result.error)}`);
      }
    }
  }
}
