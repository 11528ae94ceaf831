import type { Context } from "../context.js";
import { operationPermission, type Permission } from "../domain/permissions.js";
import { createTask, deleteTask, moveTask, taskForWrite, updateTask } from "../domain/tasks.js";
import { notFound, unauthenticated } from "../errors.js";
import type { Task } from "../generated/prisma/client.js";
import { BoardNode } from "./board.js";
import { builder, type InputFields, inWorkspace } from "./builder.js";
import { TaskPriorityEnum, TaskStatusEnum } from "./enums.js";
import { decodeId, encodeId } from "./ids.js";
import { LabelNode } from "./label.js";
import { UserNode } from "./user.js";
import { taskDescription, taskTitle } from "./validation.js";
import { WorkspaceNode } from "./workspace.js";

/**
 * A task mutation's answer: the written row, and the relations its selection asks for read by id in one query.
 * Not through the node's own lookup (not deleted, the caller a member), which Pothos would use: the caller was
 * just authorized for this write, and a delete landing between the commit and this read (a soft delete; the
 * row stays) must not turn a saved change into an error. A selection of scalars only reads nothing.
 */
async function answerTask(ctx: Context, query: { include?: object; select?: object }, write: Promise<Task>): Promise<Task> {
  const written = await write;
  if (!Object.keys(query.include ?? {}).length && !Object.keys(query.select ?? {}).length) return written;
  return (await ctx.prisma.task.findUnique({ ...query, where: { id: written.id } })) ?? written;
}

export const TaskNode = builder.prismaNode("Task", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, deletedAt: null, workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } }),
  fields: (t) => ({
    workspace: t.relation("workspace"),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    status: t.expose("status", { type: TaskStatusEnum }),
    priority: t.expose("priority", { type: TaskPriorityEnum }),
    assignee: t.relation("assignee", { nullable: true }),
    createdBy: t.relation("createdBy"),
    position: t.exposeFloat("position", { description: "Order within its status column, ascending." }),
    version: t.exposeInt("version", { description: "Bumped by every change to this task." }),
    deleted: t.boolean({ select: { deletedAt: true }, resolve: (task) => task.deletedAt !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    labelIds: t.idList({
      description: "IDs of the labels applied (see `labels`), including any of a label since deleted.",
      select: { labelIds: true },
      resolve: (task) => task.labelIds.map((id) => encodeId("Label", id)),
    }),
    dueAt: t.expose("dueAt", { type: "DateTime", nullable: true }),
  }),
});

/** undefined leaves the labels; a list (possibly empty) replaces them. */

/** A decoded optional ID argument: absent stays undefined (leave as is), null stays null (clear). */
const idOrAbsent = (value: { id: string } | null | undefined) => (value == null ? value : value.id);

/**
 * The scope for a task mutation: the permission in the workspace the task lives in. `taskId` is a raw
 * global ID, or one a `globalID({ for: TaskNode })` argument has decoded already.
 */
export async function taskScope(ctx: Context, taskId: string | { id: string }, permission: Permission) {
  if (!ctx.user) throw unauthenticated();
  // One read gives the task and the caller's role; the resolver's change reuses it.
  const task = await taskForWrite(ctx, typeof taskId === "object" ? taskId.id : decodeId(taskId, "Task", "id"));
  // A task in a workspace you are not in reads exactly like one that does not exist.
  if (!task || !(await ctx.roleIn(task.workspaceId))) throw notFound("Task");
  return { workspace: { workspaceId: task.workspaceId, permission } };
}

/** Every task mutation may be retried safely. */
const retrySafe = (t: InputFields) => ({
  clientMutationId: t.string({
    description: "Client-generated, unique per workspace: a retry with the same id returns the first result and writes nothing.",
  }),
});

/** An edit may also insist on the version it was made against. */
const guarded = (t: InputFields) => ({
  expectedVersion: t.int({
    description: "Fail with CONFLICT (extensions.current holds the task) unless the task is still at this version.",
  }),
  ...retrySafe(t),
});

const CreateTaskInput = builder.inputType("CreateTaskInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    title: t.string({ required: true, description: "1 to 500 characters after trimming.", validate: { schema: taskTitle } }),
    description: t.string({ validate: { schema: taskDescription } }),
    status: t.field({ type: TaskStatusEnum }),
    priority: t.field({ type: TaskPriorityEnum }),
    assigneeId: t.globalID({ description: "A member of the workspace.", for: UserNode }),
    boardId: t.globalID({ description: "An open board of the workspace; default: its first open board.", for: BoardNode }),
    labelIds: t.globalIDList({ description: "Labels of the workspace, in display order (at most 20).", for: LabelNode }),
    dueAt: t.field({ type: "DateTime" }),
    ...retrySafe(t),
  }),
});

const UpdateTaskInput = builder.inputType("UpdateTaskInput", {
  fields: (t) => ({
    id: t.globalID({ required: true, for: TaskNode }),
    title: t.string({ validate: { schema: taskTitle } }),
    description: t.string({ validate: { schema: taskDescription } }),
    status: t.field({ type: TaskStatusEnum }),
    priority: t.field({ type: TaskPriorityEnum }),
    assigneeId: t.globalID({ description: "A member of the workspace; null unassigns.", for: UserNode }),
    labelIds: t.globalIDList({ description: "Replaces the task's labels (MEMBER and up); [] removes them all.", for: LabelNode }),
    dueAt: t.field({ type: "DateTime", description: "null clears the due date." }),
    ...guarded(t),
  }),
});

const MoveTaskInput = builder.inputType("MoveTaskInput", {
  fields: (t) => ({
    id: t.globalID({ required: true, for: TaskNode }),
    status: t.field({ type: TaskStatusEnum, required: true }),
    afterId: t.globalID({ description: "Place below this task of the target column; omit to place at the top.", for: TaskNode }),
    boardId: t.globalID({ description: "Move the card to this open board of the same workspace; omit to keep its board.", for: BoardNode }),
    ...guarded(t),
  }),
});

const DeleteTaskInput = builder.inputType("DeleteTaskInput", {
  fields: (t) => ({
    id: t.globalID({ required: true, for: TaskNode }),
    ...retrySafe(t),
  }),
});

builder.mutationFields((t) => ({
  createTask: t.prismaField({
    type: "Task",
    args: { input: t.arg({ type: CreateTaskInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.createTask),
    resolve: (query, _root, { input }, ctx) =>
      answerTask(
        ctx,
        query,
        createTask(ctx, {
          ...input,
          workspaceId: input.workspaceId.id,
          assigneeId: idOrAbsent(input.assigneeId),
          labelIds: input.labelIds?.map((label) => label.id),
          boardId: input.boardId?.id ?? null,
        }),
      ),
  }),
  updateTask: t.prismaField({
    type: "Task",
    args: { input: t.arg({ type: UpdateTaskInput, required: true }) },
    authScopes: (_root, { input }, ctx) => taskScope(ctx, input.id, operationPermission.updateTask),
    resolve: (query, _root, { input }, ctx) =>
      answerTask(
        ctx,
        query,
        updateTask(ctx, {
          ...input,
          id: input.id.id,
          assigneeId: idOrAbsent(input.assigneeId),
          labelIds: input.labelIds?.map((label) => label.id),
        }),
      ),
  }),
  moveTask: t.prismaField({
    type: "Task",
    args: { input: t.arg({ type: MoveTaskInput, required: true }) },
    authScopes: (_root, { input }, ctx) => taskScope(ctx, input.id, operationPermission.moveTask),
    resolve: (query, _root, { input }, ctx) =>
      answerTask(
        ctx,
        query,
        moveTask(ctx, {
          id: input.id.id,
          status: input.status,
          afterId: input.afterId?.id ?? null,
          boardId: input.boardId?.id ?? null,
          expectedVersion: input.expectedVersion,
          clientMutationId: input.clientMutationId,
        }),
      ),
  }),
  deleteTask: t.id({
    description: "Deletes the task and returns its ID.",
    args: { input: t.arg({ type: DeleteTaskInput, required: true }) },
    authScopes: (_root, { input }, ctx) => taskScope(ctx, input.id, operationPermission.deleteTask),
    resolve: async (_root, { input }, ctx) => {
      const task = await deleteTask(ctx, input.id.id, input.clientMutationId);
      return encodeId("Task", task.id);
    },
  }),
}));
