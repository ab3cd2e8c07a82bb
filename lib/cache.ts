/**
 * A map bounded to `limit` entries that makes what it lacks: the one cache of
 * the engine and the text module. With `recency` (an LRU), a hit moves the
 * entry to the back and the least recently used one goes first; without it,
 * the oldest entry goes first and a hit costs one lookup (for memos hit on
 * every syllable, where the order of eviction hardly matters). Bounded so
 * that a stream of distinct keys cannot grow it without end.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(
    readonly limit: number,
    private readonly recency = true,
  ) {}

  get(key: K, make: (key: K) => V): V {
    let value = this.entries.get(key);
    if (value !== undefined) {
      if (this.recency) {
        this.entries.delete(key);
        this.entries.set(key, value);
      }
      return value;
    }
    value = make(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
