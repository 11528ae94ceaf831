/** How one job of a batch ended: each is answered on its own. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Group commit: jobs for one key (a workspace) queue in this process; while one batch is being committed the
 * next ones wait, and then all that waited go together in one batch. An uncontended job starts at once, so
 * it pays no delay; under contention the lock, the transaction and the log append are shared by the batch.
 * Batches for one key run one after another, so whatever they publish leaves in commit order.
 *
 * Changes announce themselves while they read what they need before the lock (`arrive`); a batch about to
 * start waits up to `gatherMs` for those reads, so the changes join it instead of forming the next one. On a
 * single connection (PGlite) those reads cannot run while a batch holds it, so without this, batches of many
 * and batches of one would alternate.
 */
export function createGroupCommitter<J, R>(commit: (key: string, jobs: J[]) => Promise<Settled<R>[]>, maxBatch: number, gatherMs = 2) {
  interface Waiting {
    job: J;
    resolve: (value: R) => void;
    reject: (error: unknown) => void;
  }
  const queues = new Map<string, Waiting[]>();
  let arriving = 0;
  const gather = async () => {
    const deadline = performance.now() + gatherMs;
    while (arriving > 0 && performance.now() < deadline) await new Promise<void>((resolve) => setImmediate(resolve));
  };

  const drain = async (key: string, queue: Waiting[]) => {
    while (queue.length) {
      await gather();
      const batch = queue.splice(0, maxBatch);
      try {
        const settled = await commit(
          key,
          batch.map((w) => w.job),
        );
        // commit answers each job of the batch, in order.
        batch.forEach((waiting, i) => {
          const s = settled[i]!;
          if (s.ok) waiting.resolve(s.value);
          else waiting.reject(s.error);
        });
      } catch (error) {
        // The transaction itself failed (lock timeout, lost connection, the only job refused): nothing was written.
        for (const waiting of batch) waiting.reject(error);
      }
    }
    queues.delete(key);
  };

  return {
    /** A change is on its way (reading before the lock); call the returned function once it has submitted or given up. */
    arrive(): () => void {
      arriving++;
      let done = false;
      return () => {
        if (!done) arriving--;
        done = true;
      };
    },
    submit(key: string, job: J): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        const queue = queues.get(key);
        if (queue) {
          queue.push({ job, resolve, reject });
          return;
        }
        const fresh: Waiting[] = [{ job, resolve, reject }];
        queues.set(key, fresh);
        void drain(key, fresh);
      });
    },
  };
}
