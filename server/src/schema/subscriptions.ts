import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import type { WorkspaceEvent } from "../realtime/pubsub.js";
import { workspaceStream } from "../realtime/stream.js";
import { builder, inWorkspace } from "./builder.js";
import { decodeWorkspaceId } from "./ids.js";

// A restored task (undo of a delete, restoreTask) reappears on boards exactly like a created one.
const kinds = { TASK_CREATED: "CREATED", TASK_RESTORED: "CREATED", TASK_UPDATED: "UPDATED", TASK_MOVED: "MOVED", TASK_DELETED: "DELETED" } as const;

const TaskChangeKind = builder.enumType("TaskChangeKind", { values: ["CREATED", "UPDATED", "MOVED", "DELETED"] as const });

const TaskChangedEvent = builder.objectRef<WorkspaceEvent>("TaskChangedEvent").implement({
  fields: (t) => ({
    kind: t.field({ type: TaskChangeKind, resolve: (e) => kinds[e.action as keyof typeof kinds] }),
    version: t.exposeInt("version", { description: "The workspace log version of this change." }),
    // Re-read with the subscriber's own selection; a deleted task still resolves, with deleted: true.
    task: t.prismaField({
      type: "Task",
      resolve: (query, e, _args, ctx) => ctx.prisma.task.findUniqueOrThrow({ ...query, where: { id: e.entityId } }),
    }),
    actor: t.prismaField({
      type: "User",
      resolve: (query, e, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: e.actorId } }),
    }),
    activity: t.prismaField({
      type: "Event",
      resolve: (query, e, _args, ctx) => ctx.prisma.event.findUniqueOrThrow({ ...query, where: { id: e.id } }),
    }),
  }),
});

/** Validates the arguments before the stream starts, so a bad `since` is an error, not a silent stall. */
async function stream(ctx: Context, args: { workspaceId: string | number; since?: number | null }, keep?: (e: WorkspaceEvent) => boolean) {
  const workspaceId = decodeWorkspaceId(args.workspaceId);
  if (args.since != null) {
    const { version } = await ctx.prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { version: true } });
    if (args.since < 0 || args.since > version) throw badInput(`since must be between 0 and the workspace's version (${version}).`, "since");
  }
  return workspaceStream(ctx, workspaceId, args.since ?? null, keep);
}

builder.subscriptionFields((t) => ({
  taskChanged: t.field({
    type: TaskChangedEvent,
    description: "Every change to the workspace's tasks. With `since`, first replays the log after that version, then goes live: no gap, no duplicate.",
    args: { workspaceId: t.arg.id({ required: true }), since: t.arg.int() },
    authScopes: (_root, args) => inWorkspace(args.workspaceId, "read"),
    subscribe: (_root, args, ctx) => stream(ctx, args, (e) => e.entityType === "Task"),
    resolve: (event) => event,
  }),
  activityAdded: t.prismaField({
    type: "Event",
    description: "Every new entry of the workspace's log, in version order. `since` works as for taskChanged.",
    args: { workspaceId: t.arg.id({ required: true }), since: t.arg.int() },
    authScopes: (_root, args) => inWorkspace(args.workspaceId, "read"),
    subscribe: (_root, args, ctx) => stream(ctx, args),
    resolve: (query, event: WorkspaceEvent, _args, ctx) => ctx.prisma.event.findUniqueOrThrow({ ...query, where: { id: event.id } }),
  }),
}));
