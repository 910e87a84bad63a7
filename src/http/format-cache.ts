import type { NumberedFormat } from '../domain/format.js';
import type { Store } from '../store/store.js';

/** Formats change seldom: read them at most this often per process, so a search costs no SQL. */
const TTL_MS = 10_000;

/**
 * The store's formats, kept for a few seconds and dropped at once when this process
 * changes one; another process's change shows within the TTL.
 */
export class FormatCache {
  private value: Promise<NumberedFormat[]> | null = null;
  private readAt = 0;

  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {
    store.changes.events.on('committed', (changes) => {
      if (changes.some((c) => c.entityType === 'format')) this.value = null;
    });
  }

  get(): Promise<NumberedFormat[]> {
    const now = this.clock();
    if (this.value === null || now - this.readAt > TTL_MS) {
      this.readAt = now;
      const reading = this.store.reference.formats();
      // A failed read is not kept: the next request tries again.
      reading.catch(() => {
        if (this.value === reading) this.value = null;
      });
      this.value = reading;
    }
    return this.value;
  }
}
