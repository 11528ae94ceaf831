import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from "graphql";
import type { Plugin } from "graphql-yoga";
import { getOrCreate } from "../lib/get-or-create.js";
import type { LaneOffer } from "./hub.js";

/**
 * Who a subscriber's results may be shared with: subscribers of the same operation, variables and
 * audience get one execution per event and one result. Registered by a subscription's stream for its
 * context; read at every event, so a role that changes mid-stream moves the subscriber to its new audience.
 * Returning null executes for this subscriber alone.
 */
export type Audience = (args: ExecutionArgs) => string | null;

const audiences = new WeakMap<object, Audience>();
/** One execution per event object, operation and audience; dropped with the event. */
interface SharedExecution {
  promise: Promise<ExecutionResult>;
  /** Set once it has resolved: later subscribers take it without waiting on a promise. */
  result?: ExecutionResult;
}
const executions = new WeakMap<object, Map<string, Map<string, SharedExecution>>>();
/** The results handed to several subscribers, with their JSON once a transport has asked for it. */
const serializations = new WeakMap<ExecutionResult, { json?: string }>();

export function shareResults(contextValue: object, audience: Audience): void {
  audiences.set(contextValue, audience);
}

/**
 * Multiplexes subscription executions (as Hasura does for live queries) at the envelop level, so
 * graphql-ws and SSE alike get it. Each subscriber keeps its own source stream (its order, catch-up and
 * end); only mapping an event to a result is shared, and only between subscribers whose streams yield
 * the very same event object (the hub hands every subscriber of a workspace the same one).
 */
export function useSharedExecution(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribeShared as never);
    },
  };
}

/**
 * A transport that can put a shared result's JSON on the wire itself (graphql-ws: one serialization spliced
 * into each socket's frame) puts this in the operation's context. Shared results then go straight to it
 * from here, past the layers above (error masking, stream tracking, the transport's own per-result work),
 * which have nothing to do for a result without errors; every other result still goes up through them.
 */
export interface SharedResultSink {
  sendSharedResult?: (json: string) => void;
}

async function subscribeShared(args: ExecutionArgs) {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const operation = operationKey(args);
  const sink = (args.contextValue as SharedResultSink | undefined)?.sendSharedResult;
  const iterator = source[Symbol.asyncIterator]();
  // A stream that offers a lane (a workspace stream, once live) hands live events over synchronously: the
  // shared result, made once per audience before the event is handed out, goes straight to the sink.
  if (sink && "offerLane" in iterator) {
    // The execution prepare found, so deliver (which follows for the same event) does not look it up again.
    let prepared: { event: unknown; shared: SharedExecution | null } | null = null;
    (iterator as LaneOffer<unknown>).offerLane({
      prepare: (event) => {
        const shared = sharedExecutionFor(args, operation, event);
        prepared = { event, shared };
        return shared && !shared.result ? shared.promise : undefined;
      },
      deliver: (event) => {
        const found = prepared;
        prepared = null;
        const shared = found && found.event === event ? found.shared : sharedExecutionFor(args, operation, event);
        const result = shared?.result;
        const json = result && sharedJson(result);
        if (json === undefined) return false;
        sink(json);
        return true;
      },
    });
  }
  return new SharedResults(iterator, (payload: unknown) => resultFor(args, operation, payload), sink);
}

function resultFor(args: ExecutionArgs, operation: string, payload: unknown): Promise<ExecutionResult> | ExecutionResult {
  const shared = sharedExecutionFor(args, operation, payload);
  if (!shared) return execute({ ...args, rootValue: payload });
  return shared.result ?? shared.promise;
}

/** The execution this subscriber shares for the event (made on first ask), or null when it has no audience. */
function sharedExecutionFor(args: ExecutionArgs, operation: string, payload: unknown): SharedExecution | null {
  const audience = typeof payload === "object" && payload !== null ? audiences.get(args.contextValue as object)?.(args) : null;
  if (audience == null) return null;
  // Keyed by the operation (the same string for every event of this subscription), then the audience.
  const byOperation = getOrCreate(executions, payload as object, () => new Map<string, Map<string, SharedExecution>>());
  const byAudience = getOrCreate(byOperation, operation, () => new Map<string, SharedExecution>());
  return getOrCreate(byAudience, audience, () => {
    const promise = Promise.resolve(execute({ ...args, rootValue: payload })).then(frozen);
    const execution: SharedExecution = { promise };
    promise.then(
      (result) => (execution.result = result),
      () => {},
    );
    return execution;
  });
}

/**
 * Every subscriber of the audience gets this very object: later plugins (error masking, result processing)
 * replace a result rather than change it (envelop's setResult), and freezing it makes that a rule: a plugin
 * that wrote into it would throw instead of changing what the others are sent.
 */
function frozen(result: ExecutionResult): ExecutionResult {
  serializations.set(result, {});
  return Object.freeze(result);
}

/**
 * The JSON of a subscriber's result when it is still the shared one (no plugin replaced it, no errors to code
 * for this transport): serialized once per event and audience, so a transport can send the same text to
 * every subscriber instead of serializing it for each.
 */
export function sharedJson(result: object): string | undefined {
  const serialization = serializations.get(result as ExecutionResult);
  if (!serialization || (result as ExecutionResult).errors) return undefined;
  serialization.json ??= JSON.stringify(result);
  return serialization.json;
}

/**
 * The operation's document, name and variables: what makes two subscriptions ask for the same thing. Yoga's
 * parser cache hands equal texts the same document, so its number stands for the text (a short key per
 * subscription instead of the whole query).
 */
function operationKey(args: ExecutionArgs): string {
  const document = getOrCreate(documentIds, args.document, () => nextDocumentId++);
  return `${document}\u0000${args.operationName ?? ""}\u0000${stableJson(args.variableValues ?? {})}`;
}
const documentIds = new WeakMap<object, number>();
let nextDocumentId = 0;

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * Like graphql-js's mapAsyncIterator (returning or throwing reaches the source, so unsubscribing releases
 * it), except that a shared result, when there is a sink, is sent there and not yielded: the consumer above
 * asks for the next result only after it has sent the previous one, so the socket's order holds.
 * A class: one lives per subscription, and methods on the prototype cost none of them.
 */
class SharedResults<T, U extends object> implements AsyncIterableIterator<U> {
  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly map: (value: T) => U | Promise<U>,
    private readonly sink: ((json: string) => void) | undefined,
  ) {}

  async next(): Promise<IteratorResult<U>> {
    for (;;) {
      const step = await this.source.next();
      if (step.done) return step;
      let value: U;
      try {
        // A result already made for this event and audience comes back as is: no promise to wait for.
        const mapped = this.map(step.value);
        value = mapped instanceof Promise ? await mapped : mapped;
      } catch (error) {
        await this.source.return?.();
        throw error;
      }
      const json = this.sink && sharedJson(value);
      if (json === undefined || !this.sink) return { value, done: false };
      this.sink(json);
    }
  }

  async return(): Promise<IteratorResult<U>> {
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<U>> {
    await this.source.return?.();
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
