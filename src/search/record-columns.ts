import { StringPool } from './intern.js';

type Path = readonly string[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Records of one shape kept as columns (an array per field) instead of as objects, with
 * repeated strings and lists shared. A meeting as ten small objects costs about 1.2 KB of
 * heap; as a row across columns about a quarter of that. Records are rebuilt as objects
 * only for the few results a page shows.
 */
export class RecordColumns<T extends object> {
  private paths: Path[] | null = null;
  private columns: unknown[][] = [];
  private readonly strings = new StringPool();
  private readonly lists = new Map<string, readonly unknown[]>();
  private readonly maps = new Map<string, Readonly<Record<string, unknown>>>();

  /** @param mapKeys fields holding maps with varying keys, stored whole rather than as columns */
  constructor(private readonly mapKeys: readonly string[] = []) {}

  get length(): number {
    return this.columns[0]?.length ?? 0;
  }

  push(record: T): number {
    this.paths ??= leafPaths(record, this.mapKeys);
    if (this.columns.length === 0) this.columns = this.paths.map(() => []);
    const slot = this.length;
    this.paths.forEach((path, i) => this.columns[i]!.push(this.share(valueAt(record, path))));
    return slot;
  }

  get(slot: number): T {
    const record: Record<string, unknown> = {};
    this.paths?.forEach((path, i) => {
      let target = record;
      for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      const value = this.columns[i]![slot];
      // Lists and maps are shared between records: hand out copies so callers cannot change others.
      target[path[path.length - 1]!] = Array.isArray(value) ? [...(value as unknown[])] : isPlainObject(value) ? { ...value } : value;
    });
    return record as T;
  }

  private share(value: unknown): unknown {
    if (typeof value === 'string') return this.strings.intern(value);
    if (Array.isArray(value)) return this.shared(this.lists, value.map((item: unknown) => this.strings.intern(item)));
    if (isPlainObject(value)) return this.shared(this.maps, value);
    return value;
  }

  private shared<V>(cache: Map<string, V>, value: V): V {
    const key = JSON.stringify(value);
    const known = cache.get(key);
    if (known !== undefined) return known;
    cache.set(key, value);
    return value;
  }
}

/** The paths to every leaf; arrays and the named maps count as leaves. */
function leafPaths(record: object, mapKeys: readonly string[], prefix: string[] = []): Path[] {
  return Object.entries(record).flatMap(([key, value]) =>
    isPlainObject(value) && !mapKeys.includes(key) ? leafPaths(value, mapKeys, [...prefix, key]) : [[...prefix, key]],
  );
}

function valueAt(record: object, path: Path): unknown {
  let value: unknown = record;
  for (const key of path) value = (value as Record<string, unknown>)[key];
  return value;
}
