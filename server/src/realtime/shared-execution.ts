import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from "graphql";
import type { Plugin } from "graphql-yoga";
import { getOrCreate } from "../lib/get-or-create.js";

/**
 * Who a subscriber's results may be shared with: subscribers of the same operation, variables and
 * audience get one execution per event and one result. Registered by a subscription's stream for its
 * context; read at every event, so a role that changes mid-stream moves the subscriber to its new audience.
 * Returning null executes for this subscriber alone.
 */
export type Audience = (args: ExecutionArgs) => string | null;

const audiences = new WeakMap<object, Audience>();
/** One execution per event object and sharing key; dropped with the event. */
const executions = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

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

async function subscribeShared(args: ExecutionArgs) {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const operation = operationKey(args);
  return mapResults(source[Symbol.asyncIterator](), (payload) => resultFor(args, operation, payload));
}

function resultFor(args: ExecutionArgs, operation: string, payload: unknown): Promise<ExecutionResult> | ExecutionResult {
  const audience = typeof payload === "object" && payload !== null ? audiences.get(args.contextValue as object)?.(args) : null;
  if (audience == null) return execute({ ...args, rootValue: payload });
  const perEvent = getOrCreate(executions, payload as object, () => new Map<string, Promise<ExecutionResult>>());
  const result = getOrCreate(perEvent, `${operation}\u0000${audience}`, () => Promise.resolve(execute({ ...args, rootValue: payload })));
  // A copy per subscriber: later plugins (error masking, result processing) may replace its fields.
  return result.then((shared) => ({ ...shared }));
}

/** The operation's text, name and variables: what makes two subscriptions ask for the same thing. */
function operationKey(args: ExecutionArgs): string {
  const text = args.document.loc?.source.body ?? JSON.stringify(args.document);
  return `${text}\u0000${args.operationName ?? ""}\u0000${stableJson(args.variableValues ?? {})}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Like graphql-js's mapAsyncIterator: returning or throwing reaches the source, so unsubscribing releases it. */
function mapResults<T, U>(source: AsyncIterator<T>, map: (value: T) => U | Promise<U>): AsyncIterableIterator<U> {
  const close = async () => {
    await source.return?.();
  };
  return {
    async next() {
      const step = await source.next();
      if (step.done) return step;
      try {
        return { value: await map(step.value), done: false };
      } catch (error) {
        await close();
        throw error;
      }
    },
    async return() {
      await close();
      return { value: undefined, done: true };
    },
    async throw(error) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
