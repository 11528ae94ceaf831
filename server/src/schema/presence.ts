import { operationPermission } from "../domain/permissions.js";
import { badInput } from "../errors.js";
import type { PresenceChange, PresenceEntry } from "../realtime/presence.js";
import { presenceStream } from "../realtime/presence-stream.js";
import { builder, inWorkspace } from "./builder.js";
import { encodeId } from "./ids.js";
import { TaskNode } from "./task.js";
import { WorkspaceNode } from "./workspace.js";

const PresenceEventKind = builder.enumType("PresenceEventKind", {
  values: {
    SNAPSHOT: { description: "The first event of every subscription: who is present now, the subscriber included." },
    JOINED: { description: "`user` became present: opened a `presence` subscription or called `setPresence`." },
    LEFT: { description: "`user` is no longer present: every subscription closed (or its socket went silent) and no lease is left." },
    UPDATED: { description: "`user` started editing another task, or stopped editing (`taskId` null)." },
  } as const,
});

const taskIdOf = (presence: { taskId: string | null }) => (presence.taskId ? encodeId("Task", presence.taskId) : null);

const PresenceEntryRef = builder.objectRef<PresenceEntry>("PresenceEntry").implement({
  description: "One user present in a workspace.",
  fields: (t) => ({
    user: t.prismaField({
      type: "User",
      resolve: (query, entry, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: entry.userId } }),
    }),
    taskId: t.id({
      nullable: true,
      description: "The task the user is editing, or null when they only view the board.",
      resolve: taskIdOf,
    }),
    since: t.field({ type: "DateTime", description: "When the user became present.", resolve: (entry) => entry.since }),
  }),
});

const PresenceEvent = builder.objectRef<PresenceChange>("PresenceEvent").implement({
  description: "A change in who is viewing the board and who is editing which task, with the full list after it.",
  fields: (t) => ({
    kind: t.field({ type: PresenceEventKind, resolve: (e) => e.kind }),
    user: t.prismaField({
      type: "User",
      description: "Whose presence changed; for SNAPSHOT, the subscriber.",
      resolve: (query, e, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: e.userId } }),
    }),
    taskId: t.id({
      nullable: true,
      description: "The task `user` edits after this change (null for LEFT and for only viewing).",
      resolve: taskIdOf,
    }),
    viewers: t.field({
      type: [PresenceEntryRef],
      description: "Everyone present after this change, earliest first.",
      resolve: (e) => e.viewers,
    }),
  }),
});

const SetPresenceInput = builder.inputType("SetPresenceInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    taskId: t.globalID({ description: "The task you are editing, in this workspace; null or absent when you only view.", for: TaskNode }),
  }),
});

builder.subscriptionField("presence", (t) =>
  t.field({
    type: PresenceEvent,
    description:
      "Who is viewing the board and who is editing which task. Subscribing makes you a viewer until the subscription or its socket closes; the first event is a SNAPSHOT that includes you.",
    args: { workspaceId: t.arg.globalID({ required: true, for: WorkspaceNode }) },
    authScopes: (_root, args) => inWorkspace(args.workspaceId, operationPermission.read, { live: true }),
    subscribe: (_root, args, ctx) => presenceStream(ctx, args.workspaceId.id),
    resolve: (change) => change,
  }),
);

builder.mutationField("setPresence", (t) =>
  t.boolean({
    description:
      "Says which task you are editing (or none). Makes you present for 30 seconds: call it again within that to stay. Without a refresh the task is cleared, and you leave unless a `presence` subscription of yours is open; closing your last `presence` subscription leaves at once.",
    args: { input: t.arg({ type: SetPresenceInput, required: true }) },
    authScopes: (_root, args) => inWorkspace(args.input.workspaceId, operationPermission.read),
    resolve: async (_root, { input }, ctx) => {
      const workspaceId = input.workspaceId.id;
      let taskId: string | null = null;
      if (input.taskId != null) {
        taskId = input.taskId.id;
        const task = await ctx.prisma.task.findFirst({ where: { id: taskId, workspaceId, deletedAt: null }, select: { id: true } });
        if (!task) throw badInput("taskId must be a task of this workspace.", "taskId");
      }
      ctx.presence.touch(workspaceId, ctx.user!.id, taskId);
      return true;
    },
  }),
);
