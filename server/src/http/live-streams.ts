import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.js";
import { sessionEnded } from "../errors.js";
import { logger } from "../logger.js";
import type { EventBus } from "../realtime/pubsub.js";

type Ender = (reason: "signed-out" | "shutdown") => void;

/**
 * Every live subscription stream (SSE and graphql-ws alike) and every socket, by the session that opened
 * it. A session revoked on any instance (the bus carries it) ends its sockets first, then its streams;
 * shutdown ends them all.
 */
export interface LiveStreams {
  /** Registers a socket's closer under its session; returns the unregister function. */
  trackSocket(sessionId: string, close: () => void): () => void;
  /** Subscription streams open right now, on every transport. */
  readonly streamCount: number;
  /** The envelop plugin that wraps every subscription result so it can be ended from outside. */
  plugin(): Plugin;
  endAll(): void;
  close(): Promise<void>;
}

export function createLiveStreams(bus: EventBus): LiveStreams {
  const sockets = new Map<string, Set<() => void>>();
  const streams = new Map<string | null, Set<Ender>>();
  let streamCount = 0;
  const add = <T>(map: Map<string | null, Set<T>>, key: string | null, item: T) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(item);
    return () => {
      set.delete(item);
      if (!set.size && map.get(key) === set) map.delete(key);
    };
  };

  // A stream or socket that registers just after its session's revocation went by (it authenticated a
  // moment before) ends at once: revocations are remembered for a minute.
  const recentlyRevoked = new Map<string, number>();
  const REMEMBER_MS = 60_000;
  const revoked = (sessionId: string | null) => {
    const at = sessionId ? recentlyRevoked.get(sessionId) : undefined;
    return at !== undefined && Date.now() - at < REMEMBER_MS;
  };

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
      for (const close of sockets.get(sessionId) ?? []) close();
      sockets.delete(sessionId);
      for (const end of streams.get(sessionId) ?? []) end("signed-out");
    }
  })().catch((err) => logger.error({ err }, "session revocation listener failed"));

  const track = (sessionId: string | null, source: AsyncIterable<ExecutionResult>): AsyncIterableIterator<ExecutionResult> => {
    const iterator = source[Symbol.asyncIterator]();
    let ended: ((reason: Parameters<Ender>[0]) => void) | undefined;
    const endSignal = new Promise<Parameters<Ender>[0]>((resolve) => (ended = resolve));
    let finished = false;
    streamCount++;
    const untrack = add(streams, sessionId, (reason) => ended!(reason));
    if (revoked(sessionId)) ended!("signed-out");
    const finish = () => {
      if (finished) return;
      finished = true;
      streamCount--;
      untrack();
      void iterator.return?.();
    };
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next() {
        if (finished) return { done: true, value: undefined };
        const next = await Promise.race([iterator.next(), endSignal]);
        if (typeof next === "string") {
          finish();
          // A signed-out subscriber is told why; a shutdown just completes (clients reconnect and resume).
          return next === "signed-out" ? { done: false, value: { errors: [sessionEnded()] } } : { done: true, value: undefined };
        }
        if (next.done) finish();
        return next;
      },
      async return() {
        finish();
        return { done: true, value: undefined };
      },
      async throw(error) {
        finish();
        throw error;
      },
    };
  };

  return {
    trackSocket: (sessionId, close) => {
      if (revoked(sessionId)) {
        close();
        return () => {};
      }
      return add(sockets as Map<string | null, Set<() => void>>, sessionId, close);
    },
    get streamCount() {
      return streamCount;
    },
    plugin: () => ({
      onSubscribe({ args }) {
        const sessionId = (args.contextValue as unknown as Context).sessionId ?? null;
        return {
          onSubscribeResult({ result, setResult }) {
            if (Symbol.asyncIterator in result) setResult(track(sessionId, result));
          },
        };
      },
    }),
    endAll: () => {
      for (const set of streams.values()) for (const end of set) end("shutdown");
    },
    close: async () => {
      await revocations.return?.();
    },
  };
}
