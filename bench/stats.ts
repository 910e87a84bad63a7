import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** Small timing helpers for the benchmark: wall-clock samples in milliseconds and their percentiles. */

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The p-th percentile (0–100) of the samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Each timed call's duration (ms) and when it began (performance.now() time base). */
export interface Timed {
  samples: number[];
  starts: number[];
}

/** Runs `fn(i)` `warmup` times untimed, then `iterations` times timed. */
export function sampleSync(iterations: number, warmup: number, fn: (i: number) => unknown): Timed {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples = new Array<number>(iterations);
  const starts = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    starts[i] = performance.now();
    const start = process.hrtime.bigint();
    fn(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { samples, starts };
}

/**
 * Records garbage-collection pauses, so that a report can say how much of a tail latency
 * is the collector's rather than the code's.
 */
export class GcWatch {
  private readonly entries: PerformanceEntry[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    this.entries.push(...list.getEntries());
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Lets pending entries arrive: they are delivered asynchronously, after a timer tick rather than an immediate. */
  async flush(): Promise<void> {
    await new Promise((done) => setTimeout(done, 100));
  }

  /** Pauses that overlap [from, to) in performance.now() time: count and total ms. */
  between(from: number, to: number): { count: number; ms: number } {
    let count = 0;
    let ms = 0;
    for (const e of this.entries) {
      if (e.startTime < to && e.startTime + e.duration > from) {
        count++;
        ms += e.duration;
      }
    }
    return { count, ms };
  }

  /** The samples (of `timed`) during which no collection ran. */
  withoutGc(timed: Timed): number[] {
    return timed.samples.filter((ms, i) => this.between(timed.starts[i]!, timed.starts[i]! + ms).count === 0);
  }

  stop(): void {
    this.observer.disconnect();
  }
}

export async function sampleAsync(iterations: number, warmup: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return samples;
}

/** Rounds to `digits` significant-looking decimals for reports (keeps small latencies readable). */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function mb(bytes: number): number {
  return round(bytes / (1024 * 1024), 1);
}

/** Forces a full collection when node runs with --expose-gc (npm run bench does). */
export function forceGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export function hasGc(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}
