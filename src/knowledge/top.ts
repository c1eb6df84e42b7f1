/** The best few of many, without sorting the many. */
/**
 * The first `limit` of `items` in `order`, sorted: kept in a bounded heap (worst on top)
 * rather than sorting them all: BM25 keeps 60 of the thousands of documents it finds in a
 * large archive, the empty-box suggestions 25 names of hundreds of thousands.
 */
export function best<T>(items: readonly T[], limit: number, order: (a: T, b: T) => number): T[] {
  if (items.length <= limit) return [...items].sort(order);
  const heap: T[] = [];
  // The heap's top is the item that comes last in `order` among those kept.
  const later = (i: number, j: number) => order(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const down = (from: number) => {
    for (let i = from; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && later(l, top)) top = l;
      if (r < heap.length && later(r, top)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && later(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (limit > 0 && order(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(order);
}
