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
    streamCount++;
    const stream: TrackedStream = new TrackedStream(source[Symbol.asyncIterator](), () => {
      streamCount--;
      untrack();
    });
    const untrack = streams.add(sessionId, (reason) => stream.end(reason));
    if (revocations.revoked(sessionId)) stream.end("signed-out");
    return stream;
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

type EndReason = Parameters<Ender>[0];

/**
 * A subscription's results that can be ended from outside (sign-out, shutdown). Each step waits on one
 * promise of its own, not on a race against a promise that lives as long as the stream (each race would
 * leave that promise one more reaction). A class: thousands live at once, methods on the prototype are free.
 */
class TrackedStream implements AsyncIterableIterator<ExecutionResult> {
  private endedWith: EndReason | null = null;
  private interrupt: ((reason: EndReason) => void) | null = null;
  private finished = false;

  constructor(
    private readonly iterator: AsyncIterator<ExecutionResult>,
    private readonly onFinish: () => void,
  ) {}

  end(reason: EndReason) {
    this.endedWith ??= reason;
    this.interrupt?.(reason);
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.finished) return { done: true, value: undefined };
    const next = this.endedWith ?? (await this.nextOrEnd());
    if (typeof next === "string") {
      this.finish();
      // A signed-out subscriber is told why; a shutdown just completes (clients reconnect and resume).
      return next === "signed-out" ? { done: false, value: { errors: [sessionEnded()] } } : { done: true, value: undefined };
    }
    if (next.done) this.finish();
    return next;
  }

  private nextOrEnd(): Promise<IteratorResult<ExecutionResult> | EndReason> {
    return new Promise((resolve, reject) => {
      this.interrupt = resolve;
      this.iterator.next().then(
        (step) => {
          this.interrupt = null;
          resolve(step);
        },
        (error) => {
          this.interrupt = null;
          reject(error);
        },
      );
    });
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.finish();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.finish();
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private finish() {
    if (this.finished) return;
    this.finished = true;
    this.onFinish();
    void this.iterator.return?.();
  }
}
