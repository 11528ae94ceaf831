import type { Plugin } from "graphql-yoga";
import { shuttingDown } from "../errors.js";

/**
 * Operations in flight, and the switch that stops new ones: once draining, every new execution or
 * subscription (HTTP, SSE, WebSocket) is refused with SHUTTING_DOWN (503), while those already running
 * finish and deliver their result.
 */
export interface Drain {
  readonly draining: boolean;
  readonly inFlight: number;
  plugin(): Plugin;
  begin(): void;
  /** Resolves true once nothing is in flight, false if timeoutMs passed first. */
  settled(timeoutMs: number): Promise<boolean>;
}

export function createDrain(): Drain {
  let draining = false;
  let inFlight = 0;
  const wake: (() => void)[] = [];
  const done = () => {
    inFlight--;
    if (inFlight === 0) for (const resolve of wake.splice(0)) resolve();
  };
  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    plugin: () => ({
      onExecute({ setResultAndStopExecution }) {
        if (draining) return setResultAndStopExecution({ errors: [shuttingDown()] });
        inFlight++;
        return { onExecuteDone: done };
      },
      onSubscribe({ setResultAndStopExecution }) {
        if (draining) setResultAndStopExecution({ errors: [shuttingDown()] });
      },
    }),
    begin: () => {
      draining = true;
    },
    settled: (timeoutMs) =>
      new Promise((resolve) => {
        if (inFlight === 0) return resolve(true);
        const timer = setTimeout(() => resolve(false), timeoutMs);
        wake.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      }),
  };
}
