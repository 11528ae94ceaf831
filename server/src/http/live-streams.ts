import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.js";
import { sessionEnded } from "../errors.js";
import { keyedSets, type Revocations } from "./revocations.js";

type Ender = (reason: "signed-out" | "shutdown") => void;

/**
 * Every live subscription stream (SSE and graphql-ws alike) by the session that opened it. A session revoked
 * on any instance ends its streams (after its sockets: session-sockets.ts); shutdown ends them all.
 */
export interface LiveStreams {
  /** Subscription streams open right now, on every transport. */
  readonly streamCount: number;
  /** The envelop plugin that wraps every subscription result so it can be ended from outside. */
  plugin(): Plugin;
  endAll(): void;
}

export function createLiveStreams(revocations: Revocations): LiveStreams {
  const streams = keyedSets<string | null, Ender>();
  let streamCount = 0;
  revocations.onRevoke((sessionId) => {
    for (const end of streams.get(sessionId)) end("signed-out");
  });

  const track = (sessionId: string | null, source: AsyncIterable<ExecutionResult>): AsyncIterableIterator<ExecutionResult> => {
    const iterator = source[Symbol.asyncIterator]();
    type Reason = Parameters<Ender>[0];
    // Why the stream was ended from outside, and the wait it interrupts. One promise per step, not a race
    // against a promise that lives as long as the stream (each race would leave it one more reaction).
    let endedWith: Reason | null = null;
    let interrupt: ((reason: Reason) => void) | null = null;
    const ended = (reason: Reason) => {
      endedWith ??= reason;
      interrupt?.(reason);
    };
    let finished = false;
    streamCount++;
    const untrack = streams.add(sessionId, ended);
    if (revocations.revoked(sessionId)) ended("signed-out");
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
        const next =
          endedWith ??
          (await new Promise<IteratorResult<ExecutionResult> | Reason>((resolve, reject) => {
            interrupt = resolve;
            iterator.next().then(resolve, reject);
          }).finally(() => {
            interrupt = null;
          }));
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
  };
}
