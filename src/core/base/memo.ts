// Registers repeat the same few texts (donors, sectors, statuses, headers) thousands of times, so
// several matchers remember their answers. One bounded cache serves them all: past `limit` distinct
// keys it stops remembering, which keeps memory flat on files full of unique titles. A memo that
// lives across many runs (a long Excel session) starts over instead, so it keeps remembering what
// the current workbook repeats.

export function boundedMemo<V>(limit: number, compute: (key: string) => V, whenFull: 'stop' | 'restart' = 'stop'): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const hit = cache.get(key);
    // `has` only on a miss: answers such as null are remembered too.
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = compute(key);
    if (cache.size >= limit) {
      if (whenFull === 'stop') return value;
      cache.clear();
    }
    cache.set(key, value);
    return value;
  };
}
