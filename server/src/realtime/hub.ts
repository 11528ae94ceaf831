/**
 * A subscriber's synchronous way in: while its stream waits for the next event with nothing queued, an
 * event it can take at once (deliver returns true) is handed over there and then, with no promise, no
 * wake-up of its generator and the layers above it: thousands of subscribers, each event. Anything it
 * cannot take at once (a gap, a Member event, a result not ready) goes the usual way, in order.
 */
export interface Lane<T> {
  /** Starts what deliver will need for this event (a shared execution); the hub waits for it once for all. */
  prepare(value: T): Promise<unknown> | undefined;
  deliver(value: T): boolean;
}

/** A stream that lets its reader take live events synchronously (stream.ts offers one). */
export interface LaneOffer<T> {
  offerLane(lane: Lane<T>): void;
}

export type Subscription<T> = AsyncIterableIterator<T> & {
  /** Set by the subscriber's stream once it is live (see Lane). */
  lane?: Lane<T>;
};

/**
 * One bus subscription per workspace per instance, fanned out in-process to every subscriber of that
 * workspace. The bus sees one listener per workspace however many sockets watch it, and every subscriber
 * receives the very same event object, so work memoized per event (loaders, shared executions) is shared.
 */
export interface Hub<T extends { version: number }> {
  subscribe(workspaceId: string): Subscription<T>;
  /**
   * The newest version this instance knows for a workspace one is subscribed to: read once when the hub
   * starts listening to it, then advanced by every event it hears. A commit not yet published is not in
   * it; its event follows on the bus, so a stream starting here misses nothing.
   */
  head(workspaceId: string, load: () => Promise<number>): Promise<number>;
  /** Whether this instance listens to the workspace's events now (it has a subscriber of it). */
  listening(workspaceId: string): boolean;
  /** Workspaces with at least one subscriber on this instance. */
  readonly size: number;
}

interface Entry<T> {
  feeds: Set<Feed<T>>;
  source: AsyncIterator<T>;
  seen: number;
  loaded: Promise<number> | null;
}

/** How long the hub waits for lanes' preparations before handing an event out anyway. */
const PREPARE_WAIT_MS = 1_000;

function settledWithin(promises: Iterable<Promise<unknown>>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([Promise.allSettled(promises), timeout]).finally(() => clearTimeout(timer));
}

export function createHub<T extends { version: number }>(
  listen: (workspaceId: string) => AsyncIterator<T>,
  /** Runs on every event as it arrives, before any subscriber receives it. */
  onEvent: (event: T) => void = () => {},
  /** Runs when the instance stops listening to a workspace: what it knew from the bus is no longer kept up. */
  onIdle: (workspaceId: string) => void = () => {},
): Hub<T> {
  const entries = new Map<string, Entry<T>>();

  const open = (workspaceId: string): Entry<T> => {
    const entry: Entry<T> = { feeds: new Set(), source: listen(workspaceId), seen: 0, loaded: null };
    entries.set(workspaceId, entry);
    void (async () => {
      let failure: Failure | undefined;
      try {
        for (;;) {
          const next = await entry.source.next();
          if (next.done) break;
          onEvent(next.value);
          if (next.value.version > entry.seen) entry.seen = next.value.version;
          // What idle subscribers' lanes will need is made first (once per audience), so that each of them can
          // then take the event at once as it is pushed (Lane).
          const preparing = new Set<Promise<unknown>>();
          for (const feed of entry.feeds) {
            const prepared = feed.prepare(next.value);
            if (prepared) preparing.add(prepared);
          }
          // Bounded: an execution that hangs holds no one; its subscribers then take the event the usual way.
          if (preparing.size) await settledWithin(preparing, PREPARE_WAIT_MS);
          for (const feed of entry.feeds) feed.push(next.value);
        }
      } catch (error) {
        // The bus failed this listener. Its subscribers' streams fail with the error rather than wait forever
        // (clients resubscribe with `since` and lose nothing), and the next subscriber opens a new listener.
        failure = { error };
      }
      if (entries.get(workspaceId) === entry) {
        entries.delete(workspaceId);
        onIdle(workspaceId);
      }
      for (const feed of entry.feeds) feed.end(failure);
    })();
    return entry;
  };

  return {
    subscribe(workspaceId) {
      const entry = entries.get(workspaceId) ?? open(workspaceId);
      const feed = new Feed<T>(() => {
        entry.feeds.delete(feed);
        if (entry.feeds.size > 0 || entries.get(workspaceId) !== entry) return;
        entries.delete(workspaceId);
        onIdle(workspaceId);
        void entry.source.return?.();
      });
      entry.feeds.add(feed);
      return feed;
    },
    async head(workspaceId, load) {
      const entry = entries.get(workspaceId);
      if (!entry) return load();
      entry.loaded ??= load().catch((error) => {
        entry.loaded = null;
        throw error;
      });
      return Math.max(await entry.loaded, entry.seen);
    },
    listening: (workspaceId) => entries.has(workspaceId),
    get size() {
      return entries.size;
    },
  };
}

/** Why a listener ended, when it failed. */
interface Failure {
  error: unknown;
}

/** A subscriber's queue: unbounded, since its stream reads it in order and never skips a version. */
class Feed<T> implements AsyncIterableIterator<T> {
  private queue: T[] = [];
  private head = 0;
  private waiting: ((result: IteratorResult<T> | Promise<never>) => void) | null = null;
  private done = false;
  /** Thrown by the next read once the queue is drained, then the feed is done. */
  private failure?: Failure;
  lane?: Lane<T>;

  constructor(private readonly onClose: () => void) {}

  /** Only a subscriber waiting with nothing queued may take the event at once. */
  private get idle() {
    return !this.done && this.waiting !== null;
  }

  // A lane that throws has not taken the event: it goes the usual way, where whatever failed is this
  // subscriber's own error, not every other subscriber's (the hub walks them all in one loop).
  prepare(value: T): Promise<unknown> | undefined {
    if (!this.idle) return undefined;
    try {
      return this.lane?.prepare(value);
    } catch {
      return undefined;
    }
  }

  private takenAtOnce(value: T): boolean {
    try {
      return this.lane?.deliver(value) === true;
    } catch {
      return false;
    }
  }

  push(value: T) {
    if (this.done) return;
    if (this.idle && this.takenAtOnce(value)) return;
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = null;
      wake({ value, done: false });
    } else this.queue.push(value);
  }

  end(failure?: Failure) {
    if (this.done) return;
    this.done = true;
    const wake = this.waiting;
    this.waiting = null;
    // No read waiting: the next one, after the queue, fails.
    if (!wake) this.failure = failure;
    // A promise resolved with a rejected one rejects: the waiting read fails with the error.
    else wake(failure ? Promise.reject(failure.error) : { value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.head < this.queue.length) {
      const value = this.queue[this.head++] as T;
      if (this.head === this.queue.length) {
        this.queue = [];
        this.head = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.failure) {
      const { error } = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    const wasOpen = !this.done;
    this.queue = [];
    this.failure = undefined;
    this.end();
    if (wasOpen) this.onClose();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
