import type { Context } from "../context.js";
import { addComment, COMMENT_MAX, deleteComment, editComment } from "../domain/comments.js";
import { can, operationPermission, type Permission } from "../domain/permissions.js";
import { notFound } from "../errors.js";
import { eventRow } from "../realtime/event-state.js";
import type { WorkspaceEvent } from "../realtime/pubsub.js";
import { builder, type InputFields } from "./builder.js";
import { encodeId } from "./ids.js";
import { mayWatch, stream as workspaceEvents } from "./subscriptions.js";
import { TaskNode, taskScope } from "./task.js";
import { text } from "./validation.js";
import { WorkspaceNode } from "./workspace.js";

const visibleTo = (ctx: Context) => ({ workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } });

export const CommentNode = builder.prismaNode("Comment", {
  id: { field: "id" },
  nullable: true,
  description: "A comment on a task, in Markdown (clients render it without raw HTML).",
  findUnique: (id, ctx) => ({ id, deletedAt: null, ...visibleTo(ctx) }),
  fields: (t) => ({
    body: t.exposeString("body", { description: "Markdown; `@Name` mentions a member by name." }),
    author: t.relation("author"),
    task: t.relation("task"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    editedAt: t.expose("editedAt", { type: "DateTime", nullable: true }),
    deleted: t.boolean({ select: { deletedAt: true }, resolve: (c) => c.deletedAt !== null }),
    viewerCanEdit: t.boolean({
      description: "Whether you may edit it: its author only.",
      select: { authorId: true, deletedAt: true },
      resolve: (c, _args, ctx) => c.deletedAt === null && c.authorId === ctx.user?.id,
    }),
    viewerCanDelete: t.boolean({
      description: "Whether you may delete it: its author, or an admin or owner.",
      select: { authorId: true, workspaceId: true, deletedAt: true },
      resolve: async (c, _args, ctx) => {
        if (c.deletedAt !== null || !ctx.user) return false;
        const role = await ctx.roleIn(c.workspaceId);
        return !!role && can(role, "comment") && (c.authorId === ctx.user.id || can(role, "moderateComments"));
      },
    }),
  }),
});

builder.prismaObjectField("Task", "comments", (t) =>
  t.relatedConnection("comments", {
    cursor: "id",
    totalCount: true,
    defaultSize: 50,
    maxSize: 200,
    description: "The task's comments, oldest first.",
    query: () => ({ where: { deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  }),
);

const commentBody = (t: InputFields) =>
  t.string({
    required: true,
    description: "Markdown, 1 to 10,000 characters after trimming.",
    validate: { schema: text.required(COMMENT_MAX) },
  });

const AddCommentInput = builder.inputType("AddCommentInput", {
  fields: (t) => ({
    taskId: t.globalID({ required: true, for: TaskNode }),
    body: commentBody(t),
    clientMutationId: t.string({
      description: "Client-generated, unique per workspace: a retry with the same id returns the first result and writes nothing.",
    }),
  }),
});
const EditCommentInput = builder.inputType("EditCommentInput", {
  fields: (t) => ({ id: t.globalID({ required: true, for: CommentNode }), body: commentBody(t) }),
});
const DeleteCommentInput = builder.inputType("DeleteCommentInput", {
  fields: (t) => ({ id: t.globalID({ required: true, for: CommentNode }) }),
});

/** A comment's workspace, for the scope check: NOT_FOUND for non-members, as for anything else of theirs. */
async function commentScope(ctx: Context, id: { id: string }, permission: Permission) {
  const comment = await ctx.prisma.comment.findUnique({ where: { id: id.id }, select: { workspaceId: true, deletedAt: true } });
  if (!comment || comment.deletedAt || !ctx.user || !(await ctx.roleIn(comment.workspaceId))) throw notFound("Comment");
  return { workspace: { workspaceId: comment.workspaceId, permission } };
}

builder.mutationFields((t) => ({
  addComment: t.prismaField({
    type: "Comment",
    description: "MEMBER and up. Mentioned members (`@Name`) are notified.",
    args: { input: t.arg({ type: AddCommentInput, required: true }) },
    authScopes: (_root, { input }, ctx) => taskScope(ctx, input.taskId, operationPermission.addComment),
    resolve: async (query, _root, { input }, ctx) => {
      const comment = await addComment(ctx, { taskId: input.taskId.id, body: input.body, clientMutationId: input.clientMutationId });
      return ctx.prisma.comment.findUniqueOrThrow({ ...query, where: { id: comment.id } });
    },
  }),
  editComment: t.prismaField({
    type: "Comment",
    description: "Its author only (FORBIDDEN, reason NOT_AUTHOR, for anyone else). Members newly mentioned are notified.",
    args: { input: t.arg({ type: EditCommentInput, required: true }) },
    authScopes: (_root, { input }, ctx) => commentScope(ctx, input.id, operationPermission.editComment),
    resolve: async (query, _root, { input }, ctx) => {
      const comment = await editComment(ctx, { id: input.id.id, body: input.body });
      return ctx.prisma.comment.findUniqueOrThrow({ ...query, where: { id: comment.id } });
    },
  }),
  deleteComment: t.id({
    description: "Its author, or an admin or owner. Returns the comment's ID.",
    args: { input: t.arg({ type: DeleteCommentInput, required: true }) },
    authScopes: (_root, { input }, ctx) => commentScope(ctx, input.id, operationPermission.deleteComment),
    resolve: async (_root, { input }, ctx) => encodeId("Comment", (await deleteComment(ctx, input.id.id)).id),
  }),
}));

const CommentChangeKind = builder.enumType("CommentChangeKind", { values: ["ADDED", "EDITED", "DELETED"] as const });
const kinds = { COMMENT_ADDED: "ADDED", COMMENT_EDITED: "EDITED", COMMENT_DELETED: "DELETED" } as const;

const CommentChangedEvent = builder.objectRef<WorkspaceEvent>("CommentChangedEvent").implement({
  fields: (t) => ({
    kind: t.field({ type: CommentChangeKind, resolve: (e) => kinds[e.action as keyof typeof kinds] }),
    version: t.exposeInt("version", { description: "The workspace log version of this change." }),
    taskId: t.id({ resolve: async (e, _args, ctx) => encodeId("Task", await taskOf(ctx, e)) }),
    comment: t.prismaField({
      type: "Comment",
      description: "The comment as it is now (a deleted one has deleted: true; an edited one its latest body).",
      resolve: (query, e, _args, ctx) => ctx.prisma.comment.findUniqueOrThrow({ ...query, where: { id: e.entityId } }),
    }),
    actor: t.prismaField({
      type: "User",
      resolve: (query, e, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: e.actorId } }),
    }),
  }),
});

async function taskOf(ctx: Context, e: WorkspaceEvent): Promise<string> {
  const row = await eventRow(ctx.prisma, e);
  return (row.metadata as { taskId: string }).taskId;
}

async function* onTask(ctx: Context, events: AsyncIterable<WorkspaceEvent>, taskId: string) {
  for await (const e of events) if ((await taskOf(ctx, e)) === taskId) yield e;
}

type ArgBuilder = Parameters<Parameters<typeof builder.subscriptionFields>[0]>[0]["arg"];
const commentFeedArgs = (arg: ArgBuilder) => ({
  workspaceId: arg.globalID({ required: true, for: WorkspaceNode }),
  taskId: arg.globalID({ for: TaskNode }),
  since: arg.int(),
});

/** The workspace's comment events that `keep` picks, on one task when taskId is given. */
async function commentFeed(
  ctx: Context,
  args: { workspaceId: { id: string }; taskId?: { id: string } | null; since?: number | null },
  keep: (e: WorkspaceEvent) => boolean,
) {
  const events = await workspaceEvents(ctx, args, keep);
  return args.taskId ? onTask(ctx, events, args.taskId.id) : events;
}

builder.subscriptionFields((t) => ({
  commentChanged: t.field({
    type: CommentChangedEvent,
    description:
      "Comments added, edited and deleted in the workspace (or on one task), live; `since` replays the log first, as for taskChanged.",
    args: commentFeedArgs(t.arg),
    authScopes: mayWatch,
    subscribe: (_root, args, ctx) => commentFeed(ctx, args, (e) => e.entityType === "Comment"),
    resolve: (event) => event,
  }),
  commentAdded: t.prismaField({
    type: "Comment",
    description:
      "New comments only (the workspace's, or one task's), as the issue tracker's feed shows them; commentChanged also carries edits and deletions.",
    args: commentFeedArgs(t.arg),
    authScopes: mayWatch,
    subscribe: (_root, args, ctx) => commentFeed(ctx, args, (e) => e.action === "COMMENT_ADDED"),
    resolve: (query, e: WorkspaceEvent, _args, ctx) => ctx.prisma.comment.findUniqueOrThrow({ ...query, where: { id: e.entityId } }),
  }),
}));
