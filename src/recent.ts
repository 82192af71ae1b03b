/**
 * A map of what an isolate worked out lately (a pay code's session id, a device's class), kept so a
 * hot path does not work it out again: at most `limit` entries, the least recently used dropped first. What it
 * keeps must be a pure function of its key; it is memory, never the truth.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** Uses the value kept for `key`: it becomes the most recently used, so the least recently used goes first. */
  use(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Keeps `value` for `key`, dropping the least recently used entry when full, and returns `value`. */
  keep(key: K, value: V): V {
    if (this.entries.size >= this.limit && !this.entries.has(key)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * `work` with its answers kept for the `limit` keys it was asked about most recently: for pure work
 * an isolate repeats on a hot path (hashing a pay or link code into its id, a currency's sign). An
 * async `work`'s promise is what is kept, so calls at the same moment share one; `work` must not fail.
 */
export function memoized<V>(limit: number, work: (key: string) => V): (key: string) => V {
  const kept = new RecentMap<string, V>(limit);
  return (key) => kept.use(key) ?? kept.keep(key, work(key));
}
