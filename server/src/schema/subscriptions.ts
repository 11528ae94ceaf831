import type { Context } from "../context.js";
import { operationPermission } from "../domain/permissions.js";
import { badInput } from "../errors.js";
import type { Task } from "../generated/prisma/client.js";
import { eventRow, related, taskAt } from "../realtime/event-state.js";
import type { WorkspaceEvent } from "../realtime/pubsub.js";
import { liveRoleIn } from "../realtime/roles.js";
import { workspaceStream } from "../realtime/stream.js";
import { BoardNode } from "./board.js";
import { boardOfWorkspace, onBoard } from "./board-events.js";
import { builder, inWorkspace } from "./builder.js";
import { type WorkspaceIdArg, workspaceIdOf } from "./ids.js";
import { WorkspaceNode } from "./workspace.js";

// A restored task (undo of a delete, restoreTask) reappears on boards exactly like a created one.
const kinds = {
  TASK_CREATED: "CREATED",
  TASK_RESTORED: "CREATED",
  TASK_UPDATED: "UPDATED",
  TASK_MOVED: "MOVED",
  TASK_DELETED: "DELETED",
} as const;

const TaskChangeKind = builder.enumType("TaskChangeKind", { values: ["CREATED", "UPDATED", "MOVED", "DELETED"] as const });

const TaskChangedEvent = builder.objectRef<WorkspaceEvent>("TaskChangedEvent").implement({
  fields: (t) => ({
    kind: t.field({ type: TaskChangeKind, resolve: (e) => kinds[e.action as keyof typeof kinds] }),
    version: t.exposeInt("version", { description: "The workspace log version of this change." }),
    task: t.prismaField({
      type: "Task",
      description: "The task as it was at this version (a replayed event shows it then, not now); a deleted task has deleted: true.",
      resolve: (query, e, _args, ctx) => taskWithSelection(ctx, e, query),
    }),
    actor: t.prismaField({
      type: "User",
      resolve: (query, e, _args, ctx) =>
        related(e, "User", e.actorId, query, () => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: e.actorId } })),
    }),
    activity: t.prismaField({ type: "Event", resolve: (query, e, _args, ctx) => activityOf(ctx, e, query) }),
  }),
});

type Query = { include?: Record<string, unknown>; select?: Record<string, unknown> };
const selectionOf = (query: Query) => query.include ?? query.select ?? {};
const argsOf = (selected: unknown) => (selected === true ? {} : (selected as object));

/** The task at the event's version, with the relations the selection asks for, each read once per event. */
async function taskWithSelection(ctx: Context, e: WorkspaceEvent, query: Query): Promise<Task> {
  const task = await taskAt(ctx.prisma, e);
  const selection = selectionOf(query);
  const owners: Record<string, string | null> = { assignee: task.assigneeId, createdBy: task.createdById };
  const loaded: Record<string, unknown> = {};
  for (const [name, selected] of Object.entries(selection)) {
    if (!selected || (typeof selected !== "object" && selected !== true)) continue;
    if (name in owners) {
      const id = owners[name];
      const args = argsOf(selected);
      loaded[name] = id ? await related(e, "User", id, args, () => ctx.prisma.user.findUnique({ ...args, where: { id } })) : null;
    } else if (name === "workspace") {
      const args = argsOf(selected);
      loaded[name] = await related(e, "Workspace", task.workspaceId, args, () =>
        ctx.prisma.workspace.findUnique({ ...args, where: { id: task.workspaceId } }),
      );
    } else if (!(name in task)) {
      // A relation this module does not know yet: read the task with the selection (once per event), keep its relations.
      const row = await related(e, "Task", task.id, query, () =>
        ctx.prisma.task.findUniqueOrThrow({ ...query, where: { id: task.id } } as never),
      );
      loaded[name] = (row as Record<string, unknown>)[name];
    }
  }
  return { ...task, ...loaded };
}

/** The log entry itself: the row a replay already holds, or one read per event and selection. */
function activityOf(ctx: Context, e: WorkspaceEvent, query: Query) {
  const selection = selectionOf(query);
  const plain = !Object.keys(selection).some((name) => name === "actor" || name === "workspace" || name === "_count");
  if (plain) return eventRow(ctx.prisma, e);
  return related(e, "Event", e.id, query, () => ctx.prisma.event.findUniqueOrThrow({ ...query, where: { id: e.id } }));
}

/** Who may subscribe: the workspace scope, with the role from the instance's membership table (`live`). */
export const mayWatch = (_root: unknown, args: { workspaceId: WorkspaceIdArg }) =>
  inWorkspace(args.workspaceId, operationPermission.read, { live: true });

/**
 * Validates the arguments before the stream starts, so a bad `since` is an error, not a silent stall. The
 * scope (mayWatch) has authorized the subscriber already; the stream starts from the role it read.
 */
export async function stream(
  ctx: Context,
  args: { workspaceId: WorkspaceIdArg; since?: number | null },
  keep?: (e: WorkspaceEvent) => boolean,
) {
  const workspaceId = workspaceIdOf(args.workspaceId);
  const role = await liveRoleIn(ctx, workspaceId);
  if (args.since != null) {
    const { version } = await ctx.prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { version: true } });
    if (args.since < 0 || args.since > version)
      throw badInput(`since must be between 0 and the workspace's version (${version}).`, "since", "OUT_OF_RANGE");
  }
  return workspaceStream(ctx, workspaceId, args.since ?? null, keep, role);
}

builder.subscriptionFields((t) => ({
  taskChanged: t.field({
    type: TaskChangedEvent,
    description:
      "Every change to the workspace's tasks (with boardId, to the tasks on that board before or after the change: a card moved to another board arrives with its new board). With `since`, first replays the log after that version, then goes live: no gap, no duplicate.",
    args: {
      workspaceId: t.arg.globalID({ required: true, for: WorkspaceNode }),
      boardId: t.arg.globalID({ for: BoardNode }),
      since: t.arg.int(),
    },
    authScopes: mayWatch,
    subscribe: async (_root, args, ctx) => {
      const boardId = args.boardId == null ? null : await boardOfWorkspace(ctx, args.workspaceId.id, args.boardId);
      const events = await stream(ctx, args, (e) => e.entityType === "Task");
      return boardId ? onBoard(ctx, events, boardId) : events;
    },
    resolve: (event) => event,
  }),
  activityAdded: t.prismaField({
    type: "Event",
    description: "Every new entry of the workspace's log, in version order. `since` works as for taskChanged.",
    args: { workspaceId: t.arg.globalID({ required: true, for: WorkspaceNode }), since: t.arg.int() },
    authScopes: mayWatch,
    subscribe: (_root, args, ctx) => stream(ctx, args),
    resolve: (query, event: WorkspaceEvent, _args, ctx) => activityOf(ctx, event, query),
  }),
}));
