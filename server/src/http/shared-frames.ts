import type { ExecutionResult } from "graphql";
import type WebSocket from "ws";
import { sharedJson } from "../realtime/shared-execution.js";

/**
 * A subscription's results on graphql-ws, where a result shared by an audience (shared-execution.ts) is sent
 * as one serialization spliced into this operation's `next` frame, straight to the socket: no per-subscriber
 * stringify, message validation or send promise. Any other result (an error, a result of its own) is
 * yielded to graphql-ws, which sends it as usual; both go through the socket's one queue, so order holds.
 */
export function sendingSharedResults(
  socket: WebSocket,
  id: string,
  results: AsyncIterable<ExecutionResult>,
): AsyncIterableIterator<ExecutionResult> {
  const source = results[Symbol.asyncIterator]();
  const framePrefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  return {
    async next() {
      for (;;) {
        const step = await source.next();
        if (step.done) return step;
        const json = sharedJson(step.value);
        if (json === undefined) return step;
        if (socket.readyState === socket.OPEN) socket.send(`${framePrefix}${json}}`);
      }
    },
    async return() {
      return (await source.return?.()) ?? { value: undefined, done: true };
    },
    async throw(error) {
      if (source.throw) return source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
