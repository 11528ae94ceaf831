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

type Topics = { workspace: [workspaceId: string, event: WorkspaceEvent] };

/** The seam a distributed engine replaces: a topic per workspace. */
export interface EventBus {
  /** "memory" serves one process; "redis" fans out across every instance sharing the Redis server. */
  kind: "memory" | "redis";
  publish(event: WorkspaceEvent): void;
  subscribe(workspaceId: string): AsyncIterable<WorkspaceEvent> & AsyncIterator<WorkspaceEvent>;
  close(): Promise<void>;
}

/**
 * In-process by default. With a Redis URL, Yoga's Redis event target carries events between instances;
 * a lost message costs no correctness, since each subscriber's stream fills gaps from the event log.
 */
export function createEventBus(redisUrl?: string): EventBus {
  if (!redisUrl) {
    const pubsub: PubSub<Topics> = createPubSub<Topics>();
    return {
      kind: "memory",
      publish: (event) => pubsub.publish("workspace", event.workspaceId, event),
      subscribe: (workspaceId) => pubsub.subscribe("workspace", workspaceId) as never,
      close: async () => {},
    };
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false });
  for (const client of [publishClient, subscribeClient]) client.on("error", (err) => logger.warn({ err }, "redis connection error"));
  const pubsub: PubSub<Topics> = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  return {
    kind: "redis",
    publish: (event) => pubsub.publish("workspace", event.workspaceId, event),
    subscribe: (workspaceId) => pubsub.subscribe("workspace", workspaceId) as never,
    close: async () => {
      await Promise.all([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
