import { createPubSub, type PubSub } from "graphql-yoga";

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

/** The seam a distributed engine (Redis, PostgreSQL NOTIFY) replaces: a topic per workspace. */
export interface EventBus {
  publish(event: WorkspaceEvent): void;
  subscribe(workspaceId: string): AsyncIterable<WorkspaceEvent> & AsyncIterator<WorkspaceEvent>;
}

type EventTarget = NonNullable<NonNullable<Parameters<typeof createPubSub>[0]>["eventTarget"]>;

export function createEventBus(eventTarget?: EventTarget): EventBus {
  const pubsub: PubSub<Topics> = createPubSub<Topics>(eventTarget ? { eventTarget } : undefined);
  return {
    publish: (event) => pubsub.publish("workspace", event.workspaceId, event),
    subscribe: (workspaceId) => pubsub.subscribe("workspace", workspaceId) as never,
  };
}
