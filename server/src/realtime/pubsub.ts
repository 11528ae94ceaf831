import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSub } from "graphql-yoga";
import { Redis } from "ioredis";
import { logger } from "../logger.js";

/** One committed log entry, as it travels to subscribers. JSON-safe so a distributed bus can carry it. */
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
  /** "memory" serves one process; "redis" fans out across every instance sharing the Redis server. */
  kind: "memory" | "redis";
  publish(event: WorkspaceEvent): void;
  subscribe(workspaceId: string): AsyncIterable<WorkspaceEvent> & AsyncIterator<WorkspaceEvent>;
  /** Tells every instance that a session was signed out, so its open sockets close. */
  revokeSession(sessionId: string): void;
  sessionRevocations(): AsyncIterable<string> & AsyncIterator<string>;
  /** Resolves when the bus can carry messages (readiness probe); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * In-process by default. With a Redis URL, Yoga's Redis event target carries events between instances;
 * a lost message costs no correctness, since each subscriber's stream fills gaps from the event log.
 */
export function createEventBus(redisUrl?: string): EventBus {
  if (!redisUrl) return { ...wrap("memory", createPubSub<Topics>(), async () => {}), ping: async () => {} };
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl);
  for (const client of [publishClient, subscribeClient]) client.on("error", (err) => logger.warn({ err }, "redis connection error"));
  const pubsub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  const bus = wrap("redis", pubsub, async () => {
    await Promise.all([publishClient.quit(), subscribeClient.quit()]);
  });
  return { ...bus, ping: async () => void (await Promise.all([publishClient.ping(), subscribeClient.ping()])) };
}

function wrap(kind: EventBus["kind"], pubsub: PubSub<Topics>, close: () => Promise<void>): Omit<EventBus, "ping"> {
  return {
    kind,
    publish: (event) => pubsub.publish("workspace", event.workspaceId, event),
    subscribe: (workspaceId) => pubsub.subscribe("workspace", workspaceId) as never,
    revokeSession: (sessionId) => pubsub.publish("sessionRevoked", sessionId),
    sessionRevocations: () => pubsub.subscribe("sessionRevoked") as never,
    close,
  };
}
