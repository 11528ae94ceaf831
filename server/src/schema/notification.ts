import { Repeater } from "graphql-yoga";
import type { Context } from "../context.js";
import { markNotificationsRead, unreadCount, visibleNotifications } from "../domain/notifications.js";
import { unauthenticated } from "../errors.js";
import { eventRow } from "../realtime/event-state.js";
import type { WorkspaceEvent } from "../realtime/pubsub.js";
import { builder } from "./builder.js";

const NotificationKindEnum = builder.enumType("NotificationKind", {
  values: {
    MENTIONED: { description: "Someone mentioned you in a comment." },
    ASSIGNED: { description: "Someone assigned a task to you." },
  } as const,
});

export const NotificationNode = builder.prismaNode("Notification", {
  id: { field: "id" },
  nullable: true,
  description: "Something that happened to you: a mention or an assignment. Only its recipient sees it.",
  findUnique: (id, ctx) => ({ id, ...visibleNotifications(ctx.user?.id ?? "") }),
  fields: (t) => ({
    kind: t.expose("kind", { type: NotificationKindEnum }),
    workspace: t.relation("workspace"),
    task: t.relation("task"),
    comment: t.relation("comment", { nullable: true, description: "The comment that mentioned you (MENTIONED)." }),
    actor: t.relation("actor", { description: "Who mentioned or assigned you." }),
    read: t.boolean({ select: { readAt: true }, resolve: (n) => n.readAt !== null }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  notifications: t.prismaConnection({
    type: "Notification",
    cursor: "id",
    defaultSize: 50,
    maxSize: 200,
    description: "Your notifications, newest first, from the workspaces you are a member of.",
    authScopes: { signedIn: true },
    args: { unreadOnly: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.notification.findMany({
        ...query,
        where: visibleNotifications(ctx.user!.id, !!args.unreadOnly),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
  unreadNotificationCount: t.int({
    description: "How many of your notifications are unread (the inbox badge).",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => unreadCount(ctx),
  }),
}));

const MarkNotificationsReadInput = builder.inputType("MarkNotificationsReadInput", {
  fields: (t) => ({
    ids: t.globalIDList({ description: "Your notifications to mark (at most 500); others' IDs are ignored.", for: NotificationNode }),
    all: t.boolean({ description: "Mark every one of yours instead." }),
    read: t.boolean({ defaultValue: true, description: "false marks them unread again." }),
  }),
});

interface MarkResult {
  unreadCount: number;
  ids: string[];
}

const MarkNotificationsReadResult = builder.objectRef<MarkResult>("MarkNotificationsReadResult").implement({
  fields: (t) => ({
    unreadCount: t.exposeInt("unreadCount", { description: "Your unread count after the change." }),
    notifications: t.prismaField({
      type: ["Notification"],
      description: "The notifications named (with all: true, none: refetch the list).",
      resolve: (query, r, _args, ctx) => ctx.prisma.notification.findMany({ ...query, where: { id: { in: r.ids }, userId: ctx.user!.id } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  markNotificationsRead: t.field({
    type: MarkNotificationsReadResult,
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: MarkNotificationsReadInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ids = input.ids?.map((id) => id.id) ?? null;
      const count = await markNotificationsRead(ctx, { ids, all: input.all, read: input.read });
      return { unreadCount: count, ids: ids ?? [] };
    },
  }),
}));

/**
 * The caller's new notifications, live. A notification is written by the change that causes it and named in
 * that change's log entry (`notified`), so this listens to the events of the caller's workspaces (as of
 * subscribing) and picks out the entries that name the caller. A notification missed while disconnected is
 * in `notifications` on reconnect.
 */
function notificationStream(ctx: Context, workspaceIds: string[]): AsyncIterable<string> {
  const userId = ctx.user!.id;
  return new Repeater<string>(async (push, stop) => {
    const feeds = workspaceIds.map((id) => ctx.bus.subscribe(id));
    stop.then(() => {
      for (const feed of feeds) void feed.return?.();
    });
    const pending = feeds.map(async (feed) => {
      for await (const event of feed as AsyncIterable<WorkspaceEvent>) {
        if (event.entityType !== "Task" && event.entityType !== "Comment") continue;
        const row = await eventRow(ctx.prisma, event);
        const id = (row.metadata as { notified?: Record<string, string> } | null)?.notified?.[userId];
        if (id && (await ctx.prisma.notification.findFirst({ where: { id, ...visibleNotifications(userId) }, select: { id: true } })))
          await push(id);
      }
    });
    await Promise.race([stop, Promise.all(pending)]);
  });
}

builder.subscriptionFields((t) => ({
  notificationAdded: t.prismaField({
    type: "Notification",
    description: "Your notifications as they are made (mentions and assignments in the workspaces you are a member of when subscribing).",
    authScopes: { signedIn: true },
    subscribe: async (_root, _args, ctx) => {
      if (!ctx.user) throw unauthenticated();
      const memberships = await ctx.prisma.membership.findMany({ where: { userId: ctx.user.id }, select: { workspaceId: true } });
      return notificationStream(
        ctx,
        memberships.map((m) => m.workspaceId),
      );
    },
    resolve: (query, id: string, _args, ctx) => ctx.prisma.notification.findUniqueOrThrow({ ...query, where: { id } }),
  }),
}));
