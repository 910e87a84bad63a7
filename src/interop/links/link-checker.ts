import { meetingLinks } from '../../domain/data-quality.js';
import type { Store } from '../../store/store.js';
import { checkLink, type LinkAnswer } from './check-link.js';

export interface LinkCheckerOptions {
  /** At most this many requests start in a second, over all hosts. */
  perSecond?: number;
  /** How many hosts are checked at once (each host one request at a time). */
  hosts?: number;
  /** A link checked more recently than this is left alone. */
  recheckMs?: number;
  /** How often to look for links that are due. */
  everyMs?: number;
  clock?: () => Date;
  check?: (url: string) => Promise<LinkAnswer>;
  log?: (line: string) => void;
}

const DAY = 24 * 3_600_000;

/**
 * Names reserved for examples and tests (RFC 2606, RFC 6761): they never lead to a real
 * meeting's page, and the sample data and the fixtures use them, so no request goes there.
 */
export function isReservedHost(host: string): boolean {
  const name = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return /(^|\.)(example|test|invalid|localhost)$/.test(name) || /(^|\.)example\.(com|net|org)$/.test(name);
}

/** The host a URL's requests go to; an unparsable one is its own "host" (checkLink reports it). */
function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/**
 * Checks the meetings' conference links and web pages in the background, politely: one request
 * per host at a time, a few a second at most over all hosts, the oldest checks first, and each
 * link at most once a week. Results go to `link_checks`, which the data-quality page reads.
 */
export class LinkChecker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private nextStart = 0;
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    private readonly options: LinkCheckerOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.tick(), this.options.everyMs ?? DAY / 4);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass over the links that are due; overlapping passes queue up. Resolves to how many were checked. */
  tick(): Promise<number> {
    const pass = this.running.then(() => this.checkDue());
    this.running = pass.then(
      () => undefined,
      (error: unknown) => {
        (this.options.log ?? ((line) => process.stderr.write(`${line}\n`)))(
          `openrooms: the link check stopped: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
    return pass;
  }

  /** The links due for a check, never-checked first, then the longest unchecked. */
  async due(): Promise<string[]> {
    const urls = new Set<string>();
    for await (const page of this.store.meetings.all()) {
      for (const meeting of page) {
        // Made-up meetings have made-up links.
        if (meeting.sample) continue;
        for (const url of meetingLinks(meeting)) if (!isReservedHost(hostOf(url))) urls.add(url);
      }
    }
    const checked = await this.store.linkChecks.checkedAt();
    const cutoff = new Date(this.clock().getTime() - (this.options.recheckMs ?? 7 * DAY)).toISOString();
    return [...urls]
      .filter((url) => (checked.get(url) ?? '') < cutoff)
      .sort((a, b) => (checked.get(a) ?? '').localeCompare(checked.get(b) ?? '') || a.localeCompare(b));
  }

  private async checkDue(): Promise<number> {
    const byHost = new Map<string, string[]>();
    for (const url of await this.due()) {
      const host = hostOf(url);
      byHost.set(host, [...(byHost.get(host) ?? []), url]);
    }
    const queues = [...byHost.values()];
    let checked = 0;
    const worker = async (): Promise<void> => {
      for (let queue = queues.shift(); queue !== undefined && !this.stopped; queue = queues.shift()) {
        for (const url of queue) {
          if (this.halted()) return;
          await this.turn();
          const answer = await (this.options.check ?? ((u: string) => checkLink(u)))(url);
          await this.store.linkChecks.record({ url, ...answer, checkedAt: this.clock().toISOString() });
          checked++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.hosts ?? 2) }, worker));
    return checked;
  }

  private halted(): boolean {
    return this.stopped;
  }

  /** Waits for the next free start under the overall rate. */
  private async turn(): Promise<void> {
    const gap = 1000 / Math.max(0.1, this.options.perSecond ?? 2);
    const now = Date.now();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + gap;
    if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
  }
}
