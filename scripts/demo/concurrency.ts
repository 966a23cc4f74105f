/**
 * Runs `work` over `items` with at most `limit` at a time (the seed's writes are independent
 * once every random draw has been made, in order, beforehand: the data stays deterministic).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Parallel writers: the writes mostly wait on PostgreSQL commits, so eight overlap well even on 2 cores. */
export const DEMO_CONCURRENCY = 8
