import type { Context } from "../context.js";
import { badInput, unauthenticated } from "../errors.js";
import type { NotificationKind } from "../generated/prisma/client.js";
import type { Tx } from "./changes.js";

/**
 * What a log entry records of the notifications its change created: recipient → notification id. Live delivery
 * reads it from the entry (notificationAdded), so a notification reaches its recipient with the event that made it.
 */
export type Notified = { notified?: Record<string, string> };

/** Notifications are written inside the change that causes them, so they exist exactly when its event does. */
export async function notify(
  tx: Tx,
  kind: NotificationKind,
  about: { workspaceId: string; taskId: string; commentId?: string | null },
  recipients: Iterable<string>,
  actorId: string,
): Promise<Notified> {
  const notified: Record<string, string> = {};
  const ids = [...new Set(recipients)].filter((id) => id !== actorId);
  if (ids.length === 0) return {};
  const rows = await tx.notification.createManyAndReturn({
    data: ids.map((userId) => ({
      userId,
      kind,
      actorId,
      workspaceId: about.workspaceId,
      taskId: about.taskId,
      commentId: about.commentId ?? null,
    })),
    select: { id: true, userId: true },
  });
  for (const row of rows) notified[row.userId] = row.id;
  return { notified };
}

/** A task assigned to someone other than the person assigning it tells the assignee. */
export function notifyAssignee(
  tx: Tx,
  task: { id: string; workspaceId: string; assigneeId: string | null },
  previousAssigneeId: string | null,
  actorId: string,
): Promise<Notified> {
  if (!task.assigneeId || task.assigneeId === previousAssigneeId) return Promise.resolve({});
  return notify(tx, "ASSIGNED", { workspaceId: task.workspaceId, taskId: task.id }, [task.assigneeId], actorId);
}

/** The signed-in user's notifications, from workspaces they are still a member of. */
export function visibleNotifications(userId: string, unreadOnly = false) {
  return {
    userId,
    ...(unreadOnly ? { readAt: null } : {}),
    workspace: { memberships: { some: { userId } } },
  };
}

export async function unreadCount(ctx: Context): Promise<number> {
  if (!ctx.user) throw unauthenticated();
  return ctx.prisma.notification.count({ where: visibleNotifications(ctx.user.id, true) });
}

/**
 * Marks the caller's notifications read: the ones named, or all of them. Only the caller's own are touched;
 * ids of anyone else's are ignored, as if they did not exist. Answers the unread count after.
 */
export async function markNotificationsRead(
  ctx: Context,
  input: { ids?: readonly string[] | null; all?: boolean | null; read?: boolean | null },
): Promise<number> {
  if (!ctx.user) throw unauthenticated();
  const userId = ctx.user.id;
  if (!input.all && !input.ids?.length) throw badInput("Name the notifications to mark (ids), or pass all: true.", "ids");
  if (input.all && input.ids?.length) throw badInput("Pass either ids or all, not both.", "ids");
  if (input.ids && input.ids.length > 500) throw badInput("At most 500 ids at a time.", "ids", "OUT_OF_RANGE");
  const read = input.read ?? true;
  await ctx.prisma.notification.updateMany({
    where: { userId, ...(input.ids?.length ? { id: { in: [...input.ids] } } : {}), readAt: read ? null : { not: null } },
    data: { readAt: read ? new Date() : null },
  });
  return unreadCount(ctx);
}
