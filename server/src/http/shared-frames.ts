import type { ExecutionResult } from "graphql";
import type WebSocket from "ws";
import { sharedJson } from "../realtime/shared-execution.js";

/**
 * A subscription's results on graphql-ws, where a result shared by an audience (shared-execution.ts) is sent
 * as one serialization spliced into this operation's `next` frame, straight to the socket: no per-subscriber
 * stringify, message validation or send promise. Any other result (an error, a result of its own) is
 * yielded to graphql-ws, which sends it as usual; both go through the socket's one queue, so order holds.
 * A class, not an object literal: thousands live at once, and methods on the prototype cost none of them.
 */
export class SharedResultSender implements AsyncIterableIterator<ExecutionResult> {
  private readonly source: AsyncIterator<ExecutionResult>;
  private readonly framePrefix: string;

  constructor(
    private readonly socket: WebSocket,
    id: string,
    results: AsyncIterable<ExecutionResult>,
  ) {
    this.source = results[Symbol.asyncIterator]();
    this.framePrefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      const step = await this.source.next();
      if (step.done) return step;
      const json = sharedJson(step.value);
      if (json === undefined) return step;
      if (this.socket.readyState === this.socket.OPEN) this.socket.send(`${this.framePrefix}${json}}`);
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    return (await this.source.return?.()) ?? { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    if (this.source.throw) return this.source.throw(error);
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
