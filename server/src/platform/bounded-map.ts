/**
 * A Map that keeps at most `limit` entries, dropping the least recently used: for caches keyed by what callers
 * ask (periods, filters), which would otherwise grow without end.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Values derived from many rows, kept per key with the revision they were computed at and reused only while
 * the caller's revision (raised by database triggers on every write to the source tables) is unchanged.
 */
export class RevisionCache<V> {
  private readonly entries: BoundedMap<string, { revision: string | number; value: V }>;

  constructor(limit: number) {
    this.entries = new BoundedMap(limit);
  }

  async get(key: string, revision: string | number, compute: () => Promise<V>): Promise<V> {
    const cached = this.entries.get(key);
    if (cached?.revision === revision) return cached.value;
    const value = await compute();
    this.entries.set(key, { revision, value });
    return value;
  }
}
