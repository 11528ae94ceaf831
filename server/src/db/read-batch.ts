/**
 * Reads asked for during one turn of the event loop go to the database together, as one statement (at most
 * `max` keys each), once that turn's I/O callbacks have run (setImmediate). Requests that arrive together (a
 * batch's clients answering at once) then cost one round trip between them instead of one each.
 * `read` answers one result per key, in the keys' order.
 */
export function batchedReads<K, R>(read: (keys: K[]) => Promise<R[]>, max = 500): (key: K) => Promise<R> {
  let queue: { key: K; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  const flush = () => {
    const all = queue;
    queue = [];
    for (let start = 0; start < all.length; start += max) {
      const batch = all.slice(start, start + max);
      read(batch.map((q) => q.key)).then(
        (results) => {
          for (const [i, q] of batch.entries()) q.resolve(results[i]!);
        },
        (error) => {
          for (const q of batch) q.reject(error);
        },
      );
    }
  };
  return (key) =>
    new Promise<R>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ key, resolve, reject });
    });
}
