/**
 * A bounded map that lets go of the entry used longest ago: what an archive holds in memory
 * of its packs (their readings, their entities and quotes, their articles' paragraphs) while
 * the rest stays on disk. A question or a card touches a few dozen packs; an archive holds
 * ten thousand.
 */
export class Recent<K, V> {
  readonly #held = new Map<K, V>();

  constructor(readonly limit: number) {}

  /** The value kept for `key`, now the most recently used; undefined when none is kept. */
  get(key: K): V | undefined {
    const value = this.#held.get(key);
    if (value === undefined) return undefined;
    // Most recently used last: the first is the one to let go.
    this.#held.delete(key);
    this.#held.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.#held.has(key);
  }

  /** Keeps `value` for `key`, letting go of the least recently used past the limit. */
  set(key: K, value: V): V {
    this.#held.delete(key);
    if (this.#held.size >= this.limit) this.#held.delete(this.#held.keys().next().value!);
    this.#held.set(key, value);
    return value;
  }

  /** The value kept for `key`, or `make()`'s, kept from now on. */
  getOr(key: K, make: () => V): V {
    return this.get(key) ?? this.set(key, make());
  }

  get size(): number {
    return this.#held.size;
  }
}
