import type { Context } from "../context.js";
import { notFound, refuse } from "../errors.js";
import type { Comment, Prisma } from "../generated/prisma/client.js";
import { commitChange, type EventDraft, type Tx } from "./changes.js";
import { notify } from "./notifications.js";
import { can, operationPermission } from "./permissions.js";
import { taskForWrite } from "./tasks.js";

export const COMMENT_MAX = 10_000;

/**
 * The members a Markdown body mentions: `@` followed by a member's name (case-insensitive; names may hold
 * spaces, so the longest name that matches wins) and then the end or a character that cannot continue a name.
 */
export function mentionedMembers(body: string, members: { userId: string; name: string }[]): string[] {
  const text = body.toLowerCase();
  const found = new Set<string>();
  const byLength = [...members].sort((a, b) => b.name.length - a.name.length);
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    // An address like ann@example.com is not a mention.
    if (at > 0 && /[\p{L}\p{N}_.]/u.test(text[at - 1]!)) continue;
    for (const member of byLength) {
      const name = member.name.toLowerCase();
      if (!name || !text.startsWith(name, at + 1)) continue;
      const next = text[at + 1 + name.length];
      if (next !== undefined && /[\p{L}\p{N}_]/u.test(next)) continue;
      found.add(member.userId);
      break;
    }
  }
  return [...found];
}

async function mentions(tx: Tx, workspaceId: string, body: string): Promise<string[]> {
  if (!body.includes("@")) return [];
  const members = await tx.membership.findMany({ where: { workspaceId }, select: { userId: true, user: { select: { name: true } } } });
  return mentionedMembers(
    body,
    members.map((m) => ({ userId: m.userId, name: m.user.name })),
  );
}

/** The log entry of a change to a comment; every one names the comment's task. */
const commentEvent = (
  action: "COMMENT_ADDED" | "COMMENT_EDITED" | "COMMENT_DELETED",
  comment: Comment,
  metadata: { taskId: string } & Prisma.InputJsonObject,
): EventDraft => ({
  action,
  entityType: "Comment",
  entityId: comment.id,
  metadata,
});

/** Tells the members a comment mentions (not its author) that it does. */
const notifyMentioned = (tx: Tx, comment: Comment, userIds: string[], actorId: string) =>
  notify(tx, "MENTIONED", { workspaceId: comment.workspaceId, taskId: comment.taskId, commentId: comment.id }, userIds, actorId);

/** The comment and its workspace for a write; a deleted one, or one in a workspace the caller is not in, is NOT_FOUND. */
async function commentForWrite(ctx: Context, id: string): Promise<Comment> {
  const comment = await ctx.prisma.comment.findUnique({ where: { id } });
  if (!comment || comment.deletedAt || !(await ctx.roleIn(comment.workspaceId))) throw notFound("Comment");
  return comment;
}

export async function addComment(
  ctx: Context,
  input: { taskId: string; body: string; clientMutationId?: string | null },
): Promise<Comment> {
  const body = input.body.trim();
  const task = await taskForWrite(ctx, input.taskId);
  if (!task || task.deletedAt || !(await ctx.roleIn(task.workspaceId))) throw notFound("Task");
  return commitChange(
    ctx,
    task.workspaceId,
    operationPermission.addComment,
    async (tx, actor) => {
      const live = await tx.task.findFirst({ where: { id: task.id, deletedAt: null }, select: { id: true } });
      if (!live) throw notFound("Task");
      const comment = await tx.comment.create({ data: { workspaceId: task.workspaceId, taskId: task.id, authorId: actor.userId, body } });
      const mentioned = await mentions(tx, task.workspaceId, body);
      const notified = await notifyMentioned(tx, comment, mentioned, actor.userId);
      return {
        result: comment,
        events: [commentEvent("COMMENT_ADDED", comment, { taskId: task.id, body, mentioned, ...notified })],
      };
    },
    { clientMutationId: input.clientMutationId, resultOf: (tx, event) => tx.comment.findUniqueOrThrow({ where: { id: event.entityId } }) },
  );
}

/** Only the author edits a comment. Members newly mentioned by the edit are notified; ones mentioned before are not again. */
export async function editComment(ctx: Context, input: { id: string; body: string }): Promise<Comment> {
  const body = input.body.trim();
  const known = await commentForWrite(ctx, input.id);
  return commitChange(ctx, known.workspaceId, operationPermission.editComment, async (tx, actor) => {
    const before = await tx.comment.findUnique({ where: { id: known.id } });
    if (!before || before.deletedAt) throw notFound("Comment");
    if (before.authorId !== actor.userId) throw refuse("NOT_AUTHOR", "Only its author can edit a comment.");
    if (before.body === body) return { result: before, events: [] };
    const after = await tx.comment.update({ where: { id: before.id }, data: { body, editedAt: new Date() } });
    const earlier = new Set(await mentions(tx, before.workspaceId, before.body));
    const mentioned = await mentions(tx, before.workspaceId, body);
    const fresh = mentioned.filter((id) => !earlier.has(id));
    const notified = await notifyMentioned(tx, before, fresh, actor.userId);
    return {
      result: after,
      events: [
        commentEvent("COMMENT_EDITED", after, {
          taskId: after.taskId,
          before: { body: before.body },
          after: { body },
          mentioned,
          ...notified,
        }),
      ],
    };
  });
}

/** The author deletes their comment; admins and owners delete anyone's. The log keeps what it said. */
export async function deleteComment(ctx: Context, id: string): Promise<Comment> {
  const known = await commentForWrite(ctx, id);
  return commitChange(ctx, known.workspaceId, operationPermission.deleteComment, async (tx, actor) => {
    const before = await tx.comment.findUnique({ where: { id: known.id } });
    if (!before || before.deletedAt) throw notFound("Comment");
    if (before.authorId !== actor.userId && !(actor.role && can(actor.role, "moderateComments"))) {
      throw refuse("ROLE_TOO_LOW", "Only its author, or an admin, can delete a comment.");
    }
    const after = await tx.comment.update({ where: { id: before.id }, data: { deletedAt: new Date() } });
    // Its mentions no longer point anywhere.
    await tx.notification.deleteMany({ where: { commentId: before.id } });
    return {
      result: after,
      events: [commentEvent("COMMENT_DELETED", after, { taskId: after.taskId, before: { body: before.body } })],
    };
  });
}
