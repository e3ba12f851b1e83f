// Runs an async step over a list with at most `limit` in flight, yielding the results in
// the list's order. The CLI reads (and decodes, unzips) the next files while the engine
// lints the current one, and still prints, counts and numbers them in order.

export async function* inOrder<T, R>(items: readonly T[], limit: number, step: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < limit) pending.push(step(items[next++]));
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const result = await pending.shift()!;
    fill();
    yield [items[i], result];
  }
}
