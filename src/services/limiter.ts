// At most n tasks in flight: `start` waits for a free slot and hands back the running task,
// `idle` waits for the rest. Ingest uses it so that several short transactions overlap.
export function createLimiter(n: number) {
  const running = new Set<Promise<void>>();
  return {
    async start<T>(task: () => Promise<T>): Promise<{ done: Promise<T> }> {
      while (running.size >= n) await Promise.race(running);
      const done = task();
      const slot: Promise<void> = done.then(() => undefined, () => undefined).then(() => { running.delete(slot); });
      running.add(slot);
      return { done };
    },
    async idle(): Promise<void> {
      while (running.size) await Promise.race(running);
    },
  };
}

/** Maps with at most `limit` calls in flight; results keep the input order. */
export async function mapLimit<T, R>(xs: T[], limit: number, fn: (x: T, i: number) => Promise<R>): Promise<R[]> {
  const limiter = createLimiter(limit);
  const pending: Promise<R>[] = [];
  for (const [i, x] of xs.entries()) pending.push((await limiter.start(() => fn(x, i))).done);
  return Promise.all(pending);
}
