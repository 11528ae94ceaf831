import { randomUUID } from "node:crypto";
import type { createPubSub } from "graphql-yoga";
import pg from "pg";
import { getOrCreate } from "../lib/get-or-create.js";
import { logger } from "../logger.js";

/** One channel for every topic: the topic travels inside the payload, so one LISTEN serves the instance. */
const CHANNEL = "taskgraph_bus";
/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; events carry ids and versions, far below. */
export const MAX_PAYLOAD_BYTES = 7_900;

interface Envelope {
  /** The topic, as Yoga's pubsub names it (e.g. "workspace:<id>"). */
  t: string;
  d: unknown;
  /** The instance that published it: that instance has already delivered it locally. */
  o: string;
}

type EventTarget = NonNullable<NonNullable<Parameters<typeof createPubSub>[0]>["eventTarget"]>;

export interface PgEventTarget extends EventTarget {
  ready: Promise<void>;
  /** Resolves when both connections are up and the publishing one answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * An event target for Yoga's createPubSub over PostgreSQL LISTEN/NOTIFY: one listening connection per
 * instance for all subscribers, one publishing connection (so this instance's notifications keep their
 * order). Local listeners hear a publish at once; other instances hear it through NOTIFY. A notification
 * lost while the listener reconnects costs no correctness: each subscriber's stream fills gaps from the log.
 */
export function createPgEventTarget(connectionString: string): PgEventTarget {
  const origin = randomUUID();
  const callbacks = new Map<string, Set<(event: CustomEvent) => void>>();
  let closed = false;
  let listener: pg.Client | null = null;
  let publisher: pg.Client | null = null;
  let retryMs = 100;

  const deliver = (topic: string, detail: unknown) => {
    const listeners = callbacks.get(topic);
    if (!listeners) return;
    const event = new CustomEvent(topic, { detail });
    for (const callback of listeners) callback(event);
  };

  const connectListener = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      let envelope: Envelope;
      try {
        envelope = JSON.parse(message.payload) as Envelope;
      } catch {
        return;
      }
      if (envelope.o !== origin) deliver(envelope.t, envelope.d);
    });
    client.on("error", (err) => {
      logger.warn({ err }, "pg bus listener lost its connection");
      reconnect(client);
    });
    client.on("end", () => reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
    retryMs = 100;
  };
  const reconnect = (client: pg.Client) => {
    if (closed || listener !== client) return;
    listener = null;
    client.removeAllListeners("end");
    client.end().catch(() => {});
    const retry = () => {
      if (closed) return;
      connectListener().catch((err) => {
        logger.warn({ err, retryMs }, "pg bus listener reconnect failed");
        retryMs = Math.min(retryMs * 2, 5_000);
        setTimeout(retry, retryMs).unref();
      });
    };
    setTimeout(retry, retryMs).unref();
  };

  const connectPublisher = async () => {
    const client = new pg.Client({ connectionString });
    client.on("error", (err) => {
      logger.warn({ err }, "pg bus publisher lost its connection");
      if (publisher === client) publisher = null;
    });
    await client.connect();
    publisher = client;
    return client;
  };
  let publisherReady: Promise<pg.Client> | null = null;
  // Notifications published in one turn of the event loop (a group commit publishes its whole batch at once)
  // go in one statement: one round trip per batch, not per event, in the order they were published.
  let pending: string[] = [];
  const flush = () => {
    const payloads = pending;
    pending = [];
    if (!publisher) publisherReady = connectPublisher();
    const ready = publisher ? Promise.resolve(publisher) : publisherReady!;
    ready
      .then((client) => client.query("SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload", [CHANNEL, payloads]))
      .catch((err) => logger.warn({ err }, "pg bus notify failed"));
  };
  const publishRemote = (payload: string) => {
    pending.push(payload);
    if (pending.length === 1) queueMicrotask(flush);
  };

  publisherReady = connectPublisher();
  const ready = Promise.all([connectListener(), publisherReady]).then(() => {});

  const callbackOf = (listener: unknown) =>
    (typeof listener === "function" ? listener : (listener as { handleEvent: (e: CustomEvent) => void }).handleEvent) as (
      e: CustomEvent,
    ) => void;

  return {
    ready,
    addEventListener(topic, listenerOrOptions) {
      if (listenerOrOptions == null) return;
      getOrCreate(callbacks, topic, () => new Set()).add(callbackOf(listenerOrOptions));
    },
    removeEventListener(topic, listenerOrOptions) {
      if (listenerOrOptions == null) return;
      const set = callbacks.get(topic);
      set?.delete(callbackOf(listenerOrOptions));
      if (set?.size === 0) callbacks.delete(topic);
    },
    dispatchEvent(event) {
      deliver(event.type, event.detail);
      const payload = JSON.stringify({ t: event.type, d: event.detail ?? null, o: origin } satisfies Envelope);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        // Other instances still catch up from the log at the next event that reaches them.
        logger.error({ topic: event.type, bytes: Buffer.byteLength(payload) }, "pg bus payload too large for NOTIFY; not sent");
        return true;
      }
      publishRemote(payload);
      return true;
    },
    ping: async () => {
      await ready;
      if (!listener || !publisher) throw new Error("pg bus is reconnecting");
      await publisher.query("SELECT 1");
    },
    close: async () => {
      closed = true;
      const clients = [listener, publisher].filter((c): c is pg.Client => !!c);
      listener = publisher = null;
      await Promise.all(clients.map((c) => c.end().catch(() => {})));
    },
  };
}
