import type { Context } from "../context.js";
import { badInput, conflict, notFound } from "../errors.js";
import type { Prisma, Task, TaskPriority, TaskStatus } from "../generated/prisma/client.js";
import { type Action, commitChange, type EventDraft, type Tx } from "./changes.js";
import { applyEvent, type TaskState } from "./history.js";
import { operationPermission } from "./permissions.js";
import { loggedState, taskForWrite } from "./tasks.js";

export type Patch = Partial<TaskState> & { deleted?: boolean };

const editable = ["title", "description", "status", "priority", "assigneeId", "position", "labelIds", "dueAt", "boardId"] as const;

/**
 * The events of the change an undo entry points at, oldest first. A change of several tasks at once (a board
 * restore) is undone and redone as one: its undoable first event carries `group`, the number of events it
 * made, which the log holds at consecutive versions.
 */
async function eventsOfChange<E extends { workspaceId: string; version: number; metadata: Prisma.JsonValue }>(tx: Tx, original: E) {
  const group = (original.metadata as { group?: number } | null)?.group ?? 1;
  if (group <= 1) return [original];
  return tx.event.findMany({
    where: { workspaceId: original.workspaceId, entityType: "Task", version: { gte: original.version, lt: original.version + group } },
    orderBy: { version: "asc" },
  });
}

/** What undo and redo each take from the caller's undo stack, and how they move a task. */
const directions = {
  undo: {
    permission: operationPermission.undo,
    /** The newest change still done. */
    from: { state: "DONE", order: "desc", becomes: "UNDONE" },
    nothing: () => conflict("NOTHING_TO_UNDO", "Nothing to undo."),
    // Newest first, so each task goes back through the states it passed.
    order: <T>(changes: T[]) => changes.reverse(),
    target: (change: { action: string; metadata: Prisma.JsonValue }): Patch => {
      const { before } = change.metadata as { before?: Patch };
      if (change.action === "TASK_CREATED") return { deleted: true };
      // A restore that brought a deleted task back: deleted again, with the fields it had before the restore.
      if (change.action === "TASK_RESTORED") return { ...before, deleted: true };
      return { ...before, deleted: false };
    },
    link: (eventId: string) => ({ undoOf: eventId }),
  },
  redo: {
    permission: operationPermission.redo,
    /** The most recently undone change. */
    from: { state: "UNDONE", order: "asc", becomes: "DONE" },
    nothing: () => conflict("NOTHING_TO_REDO", "Nothing to redo."),
    order: <T>(changes: T[]) => changes,
    target: (change: { metadata: Prisma.JsonValue }): Patch => {
      const { after } = change.metadata as { after: Patch };
      return after.deleted ? { deleted: true } : { ...after, deleted: false };
    },
    link: (eventId: string) => ({ redoOf: eventId }),
  },
} as const;

/**
 * Undo the caller's newest change in the workspace that is still done. It appends the inverse change as new
 * events; when someone else has changed the task since, it refuses with CONFLICT rather than clobber them.
 */
export const undo = (ctx: Context, workspaceId: string) => step(ctx, workspaceId, "undo");

/** Redo the caller's most recently undone change: the original change applied again, as new events. */
export const redo = (ctx: Context, workspaceId: string) => step(ctx, workspaceId, "redo");

function step(ctx: Context, workspaceId: string, why: keyof typeof directions): Promise<Task> {
  const direction = directions[why];
  return commitChange(
    ctx,
    workspaceId,
    direction.permission,
    async (tx, actor) => {
      const entry = await tx.undoEntry.findFirst({
        where: { workspaceId, userId: actor.userId, state: direction.from.state },
        orderBy: { version: direction.from.order },
      });
      if (!entry) throw direction.nothing();
      const original = await tx.event.findUniqueOrThrow({ where: { id: entry.eventId } });
      const events: EventDraft[] = [];
      let task: Task | undefined;
      const changes = direction.order(await eventsOfChange(tx, original));
      for (const change of changes) {
        // What the step takes back or makes again, so the log (and the toast) can say it in the user's words:
        // "undid deleting 'X'", "undid restoring 12 cards", not "undid a change".
        const link = { ...direction.link(original.id), original: change.action, cards: changes.length };
        const applied = await applyPatch(tx, change, actor.userId, direction.target(change), why, link);
        events.push(applied.event);
        task = applied.task;
      }
      await tx.undoEntry.update({ where: { eventId: entry.eventId }, data: { state: direction.from.becomes } });
      return { result: task!, events };
    },
    undefined,
    { readsLog: true },
  );
}

/** Brings a task back to how it was at a workspace version, as forward events (history is never rewritten). */
export async function restoreTask(ctx: Context, taskId: string, version: number): Promise<Task> {
  const found = await taskForWrite(ctx, taskId);
  if (!found) throw notFound("Task");
  return commitChange(
    ctx,
    found.workspaceId,
    operationPermission.restoreTask,
    async (tx) => {
      const head = await tx.workspace.findUniqueOrThrow({ where: { id: found.workspaceId }, select: { version: true } });
      if (version < 1 || version > head.version)
        throw badInput(`version must be between 1 and ${head.version}.`, "version", "OUT_OF_RANGE");
      const board = new Map<string, TaskState>();
      await rebuildTaskAt(tx, found.workspaceId, taskId, version, board);
      const then = board.get(taskId);
      if (!then) throw badInput("The task did not exist at that version.", "version");
      const { version: _v, id: _id, ...fields } = then;
      const { task, event } = await applyPatch(
        tx,
        { entityId: taskId, version: head.version },
        null,
        { ...fields, deleted: false },
        "restore",
        { restoredFrom: version },
      );
      // A restore is the actor's own change like any edit: it goes on their undo stack, so Undo takes it back.
      return { result: task, events: [{ ...event, undoable: true }] };
    },
    undefined,
    { readsLog: true },
  );
}

async function rebuildTaskAt(tx: Tx, workspaceId: string, taskId: string, version: number, board: Map<string, TaskState>) {
  // Only this task's events matter; they are few next to the workspace's whole log.
  const events = await tx.event.findMany({
    where: { workspaceId, entityType: "Task", entityId: taskId, version: { lte: version } },
    orderBy: { version: "asc" },
    select: { entityType: true, entityId: true, metadata: true },
  });
  for (const event of events) applyEvent(board, event);
}

/**
 * Moves a task to `target` (fields, or deleted / not deleted) and describes that as one log event. With an
 * `owner`, refuses with CONFLICT when anyone else has changed the task since `since.version`: the owner's own
 * later changes are undone before this one (newest first), so only other people's work can be in the way.
 */
export async function applyPatch(
  tx: Tx,
  since: { entityId: string; version: number },
  owner: string | null,
  target: Patch,
  why: "undo" | "redo" | "restore",
  link: Prisma.InputJsonObject,
): Promise<{ task: Task; event: EventDraft }> {
  const taskId = since.entityId;
  const before = await tx.task.findUniqueOrThrow({ where: { id: taskId } });
  const overwritten =
    owner !== null &&
    (await tx.event.findFirst({
      where: {
        workspaceId: before.workspaceId,
        entityType: "Task",
        entityId: taskId,
        version: { gt: since.version },
        actorId: { not: owner },
      },
      select: { id: true },
    }));
  if (overwritten) {
    throw conflict("CHANGED_BY_OTHERS", `Cannot ${why}: someone else has changed this task since.`, {
      current: { ...loggedState(before), deleted: before.deletedAt !== null },
    });
  }
  const data: Prisma.TaskUpdateInput = { version: { increment: 1 } };
  for (const field of editable) {
    if (target[field] !== undefined && target[field] !== before[field]) (data as Record<string, unknown>)[field] = target[field];
  }
  if (target.status) data.status = target.status as TaskStatus;
  if (target.priority) data.priority = target.priority as TaskPriority;
  const wasDeleted = before.deletedAt !== null;
  if (target.deleted && !wasDeleted) data.deletedAt = new Date();
  if (target.deleted === false && wasDeleted) data.deletedAt = null;
  const task = await tx.task.update({ where: { id: taskId }, data });
  const action: Action = target.deleted
    ? "TASK_DELETED"
    : wasDeleted
      ? "TASK_RESTORED"
      : before.status !== task.status || before.position !== task.position
        ? "TASK_MOVED"
        : "TASK_UPDATED";
  const after = target.deleted ? { deleted: true, version: task.version } : loggedState(task);
  return {
    task,
    event: { action, entityType: "Task", entityId: taskId, metadata: { before: loggedState(before), after, [why]: true, ...link } },
  };
}
