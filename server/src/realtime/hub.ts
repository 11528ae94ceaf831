/**
 * One bus subscription per workspace per instance, fanned out in-process to every subscriber of that
 * workspace. The bus sees one listener per workspace however many sockets watch it, and every subscriber
 * receives the very same event object, so work memoized per event (loaders, shared executions) is shared.
 */
export interface Hub<T extends { version: number }> {
  subscribe(workspaceId: string): AsyncIterableIterator<T>;
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
      for (;;) {
        const next = await entry.source.next();
        if (next.done) break;
        onEvent(next.value);
        if (next.value.version > entry.seen) entry.seen = next.value.version;
        for (const feed of entry.feeds) feed.push(next.value);
      }
      if (entries.get(workspaceId) === entry) {
        entries.delete(workspaceId);
        onIdle(workspaceId);
      }
      for (const feed of entry.feeds) feed.end();
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

/** A subscriber's queue: unbounded, since its stream reads it in order and never skips a version. */
class Feed<T> implements AsyncIterableIterator<T> {
  private queue: T[] = [];
  private head = 0;
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;

  constructor(private readonly onClose: () => void) {}

  push(value: T) {
    if (this.done) return;
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = null;
      wake({ value, done: false });
    } else this.queue.push(value);
  }

  end() {
    if (this.done) return;
    this.done = true;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
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
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    const wasOpen = !this.done;
    this.queue = [];
    this.end();
    if (wasOpen) this.onClose();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
