import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSub } from "graphql-yoga";
import { Redis } from "ioredis";
import { logger } from "../logger.js";
import { createHub, type Subscription } from "./hub.js";
import { createPgEventTarget } from "./pg-notify.js";
import { membersChanged } from "./roles.js";

/**
 * One committed log entry, as it travels to subscribers. JSON-safe so a distributed bus can carry it, and
 * small (ids and versions: a few hundred bytes, far under NOTIFY's 8,000): what a subscription shows of the
 * change (the task as it was, the actor) is read once per event per instance, not carried here.
 */
export interface WorkspaceEvent {
  id: string;
  workspaceId: string;
  version: number;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string;
  createdAt: string;
}

type Topics = {
  workspace: [workspaceId: string, event: WorkspaceEvent];
  sessionRevoked: [sessionId: string];
};

/** The seam a distributed engine replaces: a topic per workspace. */
export interface EventBus {
  /**
   * "memory" serves one process; "redis" fans out across every instance sharing the Redis server;
   * "postgresql" does the same through LISTEN/NOTIFY on the shared database when there is no Redis.
   */
  kind: "memory" | "redis" | "postgresql";
  publish(event: WorkspaceEvent): void;
  /** Every subscriber of a workspace on this instance shares one bus subscription (see hub.ts). */
  subscribe(workspaceId: string): Subscription<WorkspaceEvent>;
  /** The workspace's newest version as this instance knows it; `load` reads it when the instance does not. */
  head(workspaceId: string, load: () => Promise<number>): Promise<number>;
  /** Whether this instance hears the workspace's events right now (one of its subscribers is here). */
  listening(workspaceId: string): boolean;
  /** Tells every instance that a session was signed out, so its open sockets close. */
  revokeSession(sessionId: string): void;
  sessionRevocations(): AsyncIterable<string> & AsyncIterator<string>;
  /** Resolves when the bus can carry messages (readiness probe); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * In-process by default. With a Redis URL, Yoga's Redis event target carries events between instances;
 * without one but on PostgreSQL, LISTEN/NOTIFY does. A lost message costs no correctness, since each
 * subscriber's stream fills gaps from the event log.
 */
export function createEventBus(redisUrl?: string, databaseUrl?: string): EventBus {
  if (!redisUrl && databaseUrl) {
    const eventTarget = createPgEventTarget(databaseUrl);
    eventTarget.ready.catch((err) => logger.error({ err }, "pg bus could not connect"));
    return { ...wrap("postgresql", createPubSub<Topics>({ eventTarget }), () => eventTarget.close()), ping: () => eventTarget.ping() };
  }
  if (!redisUrl) return { ...wrap("memory", createPubSub<Topics>(), async () => {}), ping: async () => {} };
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  // Subscriptions wait out an outage instead of failing: ioredis sends them (and re-subscribes) on reconnect.
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: null });
  for (const client of [publishClient, subscribeClient]) client.on("error", (err) => logger.warn({ err }, "redis connection error"));
  const eventTarget = createRedisEventTarget({
    publishClient: loggingFailures(publishClient, ["publish"]),
    subscribeClient: loggingFailures(subscribeClient, ["subscribe", "unsubscribe"]),
  });
  const pubsub = createPubSub<Topics>({ eventTarget });
  const bus = wrap("redis", pubsub, async () => {
    await Promise.all([publishClient.quit(), subscribeClient.quit()]);
  });
  const ping = async () => {
    // The subscriber connection queues commands through an outage, so its state is read rather than pinged.
    if (subscribeClient.status !== "ready") throw new Error(`redis subscriber connection is ${subscribeClient.status}`);
    await publishClient.ping();
  };
  return { ...bus, ping };
}

function wrap(kind: EventBus["kind"], pubsub: PubSub<Topics>, close: () => Promise<void>): Omit<EventBus, "ping"> {
  const hub = createHub(
    (workspaceId) => pubsub.subscribe("workspace", workspaceId)[Symbol.asyncIterator](),
    // Before any subscriber hears of a membership change, the instance forgets the roles it knew.
    (event) => event.entityType === "Member" && membersChanged(event.workspaceId),
    membersChanged,
  );
  return {
    kind,
    publish: (event) => pubsub.publish("workspace", event.workspaceId, event),
    subscribe: (workspaceId) => hub.subscribe(workspaceId),
    head: (workspaceId, load) => hub.head(workspaceId, load),
    listening: (workspaceId) => hub.listening(workspaceId),
    revokeSession: (sessionId) => pubsub.publish("sessionRevoked", sessionId),
    sessionRevocations: () => pubsub.subscribe("sessionRevoked") as never,
    close,
  };
}

/**
 * Yoga's Redis event target fires these commands without awaiting them, so during a Redis outage their
 * rejections would be unhandled and end the process. They are logged instead: a publish lost meanwhile costs
 * no correctness, since every subscriber's stream fills gaps from the event log.
 */
function loggingFailures(client: Redis, commands: ("publish" | "subscribe" | "unsubscribe")[]): Redis {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (!commands.includes(property as never) || typeof value !== "function") return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch((err: unknown) => {
          logger.warn({ err, command: property }, "redis command failed");
        });
    },
  });
}
