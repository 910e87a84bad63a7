/** Keeps one copy of each distinct string: meetings repeat the same zones, cities and notes. */
export class StringPool {
  private readonly pool = new Map<string, string>();

  intern<T>(value: T): T {
    if (typeof value !== 'string') return value;
    const known = this.pool.get(value);
    if (known !== undefined) return known as T;
    this.pool.set(value, value);
    return value;
  }
}
