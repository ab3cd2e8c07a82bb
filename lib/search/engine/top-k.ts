/**
 * The best items by cmp, in order, ties by the smaller item: at least the k
 * best (the whole list sorted when it is short), else exactly k through a
 * bounded heap (O(n log k)): only the page and the re-ranked top of a large
 * match set are ever ordered.
 */
export function topK(items: readonly number[], k: number, cmp: (a: number, b: number) => number): number[] {
  if (items.length <= k * 4) return items.slice().sort((a, b) => cmp(a, b) || a - b);
  const full = (a: number, b: number) => cmp(a, b) || a - b;
  // Max-heap on "worse": the root is the worst of the best k so far.
  const heap: number[] = [];
  // Swaps by a temporary, not a destructuring pair: this runs per match.
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (full(heap[i]!, heap[parent]!) <= 0) break;
      const t = heap[i]!;
      heap[i] = heap[parent]!;
      heap[parent] = t;
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && full(heap[left]!, heap[worst]!) > 0) worst = left;
      if (right < heap.length && full(heap[right]!, heap[worst]!) > 0) worst = right;
      if (worst === i) return;
      const t = heap[i]!;
      heap[i] = heap[worst]!;
      heap[worst] = t;
      i = worst;
    }
  };
  // Indexed: the items may be a pre-sized (holey) array, which for … of would iterate slowly.
  for (let j = 0; j < items.length; j++) {
    const x = items[j]!;
    if (heap.length < k) {
      heap.push(x);
      up(heap.length - 1);
    } else if (full(x, heap[0]!) < 0) {
      heap[0] = x;
      down(0);
    }
  }
  return heap.sort(full);
}
