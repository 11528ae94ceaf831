import type { TaskState } from "../domain/history.js";
import type { Event, PrismaClient, Task } from "../generated/prisma/client.js";
import { getOrCreate } from "../lib/get-or-create.js";
import type { WorkspaceEvent } from "./pubsub.js";

/**
 * What subscriptions show of an event, loaded once per event per instance and shared by every subscriber
 * that resolves it: the hub hands them all the same event object, and this cache lives on it (and goes
 * with it). Keys name the model, the id and the selection, so subscribers asking for the same thing share
 * one read, and ones asking for different things never see each other's selection.
 */
const caches = new WeakMap<WorkspaceEvent, Map<string, Promise<unknown>>>();
const rows = new WeakMap<WorkspaceEvent, Event>();

export function once<T>(event: WorkspaceEvent, key: string, load: () => Promise<T>): Promise<T> {
  const cache = getOrCreate(caches, event, () => new Map<string, Promise<unknown>>());
  return getOrCreate(cache, key, () => {
    const value = load();
    // A failed read is not remembered: the next subscriber tries again.
    value.catch(() => cache.delete(key));
    return value;
  }) as Promise<T>;
}

/** A replayed event already has its log row; a live one reads it on first use. */
export function rememberRow(event: WorkspaceEvent, row: Event): void {
  rows.set(event, row);
}

export function eventRow(prisma: PrismaClient, event: WorkspaceEvent): Promise<Event> {
  const known = rows.get(event);
  if (known) return Promise.resolve(known);
  return once(event, "Event", () => prisma.event.findUniqueOrThrow({ where: { id: event.id } }));
}

type LoggedTask = Partial<TaskState> & { deleted?: boolean };

/**
 * The task as it was at the event's version, from the log's before/after (every task event keeps the
 * task's fields after it; a deletion keeps them before it). Fields the log does not keep never change
 * (creator, creation time) or are the event's own (its time), so one read of the task row per event serves.
 */
export function taskAt(prisma: PrismaClient, event: WorkspaceEvent): Promise<Task> {
  return once(event, "Task", async () => {
    const [row, current] = await Promise.all([eventRow(prisma, event), prisma.task.findUniqueOrThrow({ where: { id: event.entityId } })]);
    const { before, after } = (row.metadata ?? {}) as { before?: LoggedTask; after?: LoggedTask };
    if (!after) return current;
    const deleted = after.deleted === true;
    const state = { ...(deleted ? before : after), version: after.version ?? current.version };
    const at = row.createdAt;
    return {
      ...current,
      title: state.title ?? current.title,
      description: state.description ?? current.description,
      status: (state.status ?? current.status) as Task["status"],
      priority: (state.priority ?? current.priority) as Task["priority"],
      assigneeId: state.assigneeId !== undefined ? state.assigneeId : current.assigneeId,
      position: state.position ?? current.position,
      boardId: state.boardId ?? current.boardId,
      version: state.version,
      // The row's own timestamps when the task is still at this version; the event's time otherwise.
      updatedAt: current.version === state.version ? current.updatedAt : at,
      deletedAt: deleted ? (current.version === state.version && current.deletedAt ? current.deletedAt : at) : null,
    };
  });
}

/** One read per event, model, id and selection, shared by every subscriber asking the same. */
export function related<T>(event: WorkspaceEvent, model: string, id: string, query: object, load: () => Promise<T>): Promise<T> {
  return once(event, `${model}:${id}:${JSON.stringify(query)}`, load);
}
