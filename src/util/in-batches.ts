/**
 * `run` over every item, a few dozen at a time: file reads in parallel
 * without running out of file handles on 10,000 papers. Results keep the
 * items' order.
 */
export async function inBatches<T, R>(items: readonly T[], run: (item: T) => Promise<R>, batch = 64): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += batch) {
    results.push(...(await Promise.all(items.slice(start, start + batch).map(run))));
  }
  return results;
}
