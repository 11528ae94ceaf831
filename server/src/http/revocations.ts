import { getOrCreate } from "../lib/get-or-create.js";
import { logger } from "../logger.js";
import type { EventBus } from "../realtime/pubsub.js";

/**
 * Session revocations as this instance hears them on the bus (a sign-out on any instance). A socket or
 * stream that registers just after its session's revocation went by (it authenticated a moment before)
 * asks `revoked` and ends at once: revocations are remembered for a minute.
 */
export interface Revocations {
  revoked(sessionId: string | null): boolean;
  /** Calls `listener` with every session revoked from now on. */
  onRevoke(listener: (sessionId: string) => void): void;
  close(): Promise<void>;
}

const REMEMBER_MS = 60_000;

export function watchRevocations(bus: EventBus): Revocations {
  const recentlyRevoked = new Map<string, number>();
  const listeners: ((sessionId: string) => void)[] = [];
  const revocations = bus.sessionRevocations();
  void (async () => {
    for await (const sessionId of revocations) {
      const now = Date.now();
      // Oldest first (insertion order): stop at the first one still remembered.
      for (const [id, at] of recentlyRevoked) {
        if (now - at < REMEMBER_MS) break;
        recentlyRevoked.delete(id);
      }
      recentlyRevoked.delete(sessionId);
      recentlyRevoked.set(sessionId, now);
      for (const listener of listeners) listener(sessionId);
    }
  })().catch((err) => logger.error({ err }, "session revocation listener failed"));

  return {
    revoked(sessionId) {
      const at = sessionId ? recentlyRevoked.get(sessionId) : undefined;
      return at !== undefined && Date.now() - at < REMEMBER_MS;
    },
    onRevoke: (listener) => void listeners.push(listener),
    close: async () => {
      await revocations.return?.();
    },
  };
}

/** A set of items per key, whose adder returns the remover. */
export function keyedSets<K, T>() {
  const map = new Map<K, Set<T>>();
  return {
    add(key: K, item: T): () => void {
      const set = getOrCreate(map, key, () => new Set<T>());
      set.add(item);
      return () => {
        set.delete(item);
        if (!set.size && map.get(key) === set) map.delete(key);
      };
    },
    get: (key: K): Iterable<T> => map.get(key) ?? [],
    delete: (key: K) => map.delete(key),
    values: () => map.values(),
  };
}
