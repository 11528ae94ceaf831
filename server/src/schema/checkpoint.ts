import type { Context } from "../context.js";
import { legacyBoardId } from "../domain/boards.js";
import { CHECKPOINT_NAME_MAX, createCheckpoint, deleteCheckpoint } from "../domain/checkpoints.js";
import { diffWorkspace, type FieldChange, type TaskDiff, type WorkspaceDiff } from "../domain/diff.js";
import type { TaskState } from "../domain/history.js";
import { operationPermission } from "../domain/permissions.js";
import { type RestoreResult, restoreWorkspace } from "../domain/restore.js";
import { notFound, unauthenticated } from "../errors.js";
import { BoardNode } from "./board.js";
import { builder, inWorkspace } from "./builder.js";
import { TaskSnapshot } from "./history.js";
import { encodeId, workspaceIdOf } from "./ids.js";
import { text } from "./validation.js";
import { WorkspaceNode } from "./workspace.js";

export const CheckpointNode = builder.prismaNode("Checkpoint", {
  id: { field: "id" },
  nullable: true,
  description: "A name for a version of the workspace's log, like a git tag.",
  findUnique: (id, ctx) => ({ id, workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } }),
  fields: (t) => ({
    name: t.exposeString("name"),
    version: t.exposeInt("version", { description: "The workspace log version it names." }),
    createdBy: t.relation("createdBy"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.objectField(TaskSnapshot, "board", (t) =>
  t.prismaField({
    type: "Board",
    nullable: true,
    description: "The board the task was on at that version.",
    resolve: async (query, task, _args, ctx) => {
      const id = task.boardId ?? (await legacyBoardOf(ctx, task.id));
      return id ? ctx.prisma.board.findUnique({ ...query, where: { id } }) : null;
    },
  }),
);

/** A snapshot logged before boards existed names none: its task was on its workspace's oldest board. */
async function legacyBoardOf(ctx: Context, taskId: string) {
  const task = await ctx.prisma.task.findUnique({ where: { id: taskId }, select: { workspaceId: true } });
  return task ? legacyBoardId(ctx.prisma, task.workspaceId) : null;
}

const FieldChangeRef = builder.objectRef<FieldChange>("TaskFieldChange").implement({
  description: "One field of a task, at the diff's two versions. IDs (assigneeId, boardId, labelIds) are global IDs.",
  fields: (t) => ({
    field: t.exposeString("field"),
    from: t.field({ type: "JSON", nullable: true, resolve: (c) => globalValue(c.field, c.from) }),
    to: t.field({ type: "JSON", nullable: true, resolve: (c) => globalValue(c.field, c.to) }),
  }),
});

function globalValue(field: string, value: unknown): unknown {
  if (value == null) return null;
  if (field === "assigneeId") return encodeId("User", String(value));
  if (field === "boardId") return encodeId("Board", String(value));
  if (field === "labelIds" && Array.isArray(value)) return value.map((id) => encodeId("Label", String(id)));
  return value;
}

const TaskDiffRef = builder.objectRef<TaskDiff>("TaskDiff").implement({
  fields: (t) => ({
    taskId: t.id({ resolve: (d) => encodeId("Task", d.taskId) }),
    before: t.field({ type: TaskSnapshot, resolve: (d) => d.before }),
    after: t.field({ type: TaskSnapshot, resolve: (d) => d.after }),
    fields: t.field({ type: [FieldChangeRef], resolve: (d) => d.fields }),
  }),
});

const WorkspaceDiffRef = builder.objectRef<WorkspaceDiff>("WorkspaceDiff").implement({
  description: "The tasks added, removed and changed (field by field) between two versions of the log.",
  fields: (t) => ({
    from: t.exposeInt("from"),
    to: t.exposeInt("to"),
    added: t.field({
      type: [TaskSnapshot],
      description: "Tasks that exist at `to` but not at `from` (as they are at `to`).",
      resolve: (d) => d.added as TaskState[],
    }),
    removed: t.field({
      type: [TaskSnapshot],
      description: "Tasks that exist at `from` but not at `to` (as they were at `from`).",
      resolve: (d) => d.removed as TaskState[],
    }),
    changed: t.field({ type: [TaskDiffRef], resolve: (d) => d.changed }),
  }),
});

builder.prismaObjectFields("Workspace", (t) => ({
  checkpoints: t.relation("checkpoints", {
    description: "Named versions of the log, newest version first.",
    query: { orderBy: [{ version: "desc" }, { createdAt: "desc" }] },
  }),
  diff: t.field({
    type: WorkspaceDiffRef,
    description:
      "What changed between two versions (a checkpoint's version works as either), from the nearest snapshots and the log. With boardId, only tasks on that board at either version.",
    args: { from: t.arg.int({ required: true }), to: t.arg.int({ required: true }), boardId: t.arg.globalID({ for: BoardNode }) },
    resolve: (workspace, args, ctx) => diffWorkspace(ctx.prisma, workspace, args.from, args.to, args.boardId?.id ?? null),
  }),
}));

const CreateCheckpointInput = builder.inputType("CreateCheckpointInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    name: t.string({
      required: true,
      description: `1 to ${CHECKPOINT_NAME_MAX} characters after trimming; unique in the workspace.`,
      validate: { schema: text.required(CHECKPOINT_NAME_MAX) },
    }),
    version: t.int({ description: "The version to name; default: the workspace's version now." }),
  }),
});
const DeleteCheckpointInput = builder.inputType("DeleteCheckpointInput", {
  fields: (t) => ({ id: t.globalID({ required: true, for: CheckpointNode }) }),
});
const RestoreWorkspaceInput = builder.inputType("RestoreWorkspaceInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    version: t.int({ required: true, description: "The log version to bring the tasks back to (a checkpoint's version, say)." }),
    boardId: t.globalID({ for: BoardNode, description: "Only this board's tasks; default: every task of the workspace." }),
  }),
});

const RestoreResultRef = builder.objectRef<RestoreResult>("RestoreWorkspaceResult").implement({
  fields: (t) => ({
    workspace: t.prismaField({
      type: "Workspace",
      resolve: (query, r, _args, ctx) => ctx.prisma.workspace.findUniqueOrThrow({ ...query, where: { id: r.workspaceId } }),
    }),
    tasks: t.prismaField({
      type: ["Task"],
      description: "The tasks it changed, as they are now (deleted ones have deleted: true).",
      resolve: (query, r, _args, ctx) => ctx.prisma.task.findMany({ ...query, where: { id: { in: r.tasks.map((task) => task.id) } } }),
    }),
  }),
});

async function checkpointScope(ctx: Context, id: { id: string }) {
  if (!ctx.user) throw unauthenticated();
  const checkpoint = await ctx.prisma.checkpoint.findUnique({ where: { id: id.id }, select: { workspaceId: true } });
  if (!checkpoint || !(await ctx.roleIn(checkpoint.workspaceId))) throw notFound("Checkpoint");
  return { workspace: { workspaceId: checkpoint.workspaceId, permission: operationPermission.deleteCheckpoint } };
}

builder.mutationFields((t) => ({
  createCheckpoint: t.prismaField({
    type: "Checkpoint",
    description: "Names a version of the log (MEMBER and up). CONFLICT (CHECKPOINT_NAME_TAKEN) when the name is in use.",
    args: { input: t.arg({ type: CreateCheckpointInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.createCheckpoint),
    resolve: async (query, _root, { input }, ctx) => {
      const checkpoint = await createCheckpoint(ctx, {
        workspaceId: workspaceIdOf(input.workspaceId),
        name: input.name,
        version: input.version,
      });
      return ctx.prisma.checkpoint.findUniqueOrThrow({ ...query, where: { id: checkpoint.id } });
    },
  }),
  deleteCheckpoint: t.id({
    description: "Removes the name (MEMBER and up) and returns its ID; the log is untouched.",
    args: { input: t.arg({ type: DeleteCheckpointInput, required: true }) },
    authScopes: (_root, { input }, ctx) => checkpointScope(ctx, input.id),
    resolve: async (_root, { input }, ctx) => encodeId("Checkpoint", (await deleteCheckpoint(ctx, input.id.id)).id),
  }),
  restoreWorkspace: t.field({
    type: RestoreResultRef,
    description:
      "Brings every task of the board (or workspace) back to how it was at `version`, as forward events: one change that `undo` takes back whole (MEMBER and up).",
    args: { input: t.arg({ type: RestoreWorkspaceInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.restoreWorkspace),
    resolve: (_root, { input }, ctx) =>
      restoreWorkspace(ctx, {
        workspaceId: workspaceIdOf(input.workspaceId),
        version: input.version,
        boardId: input.boardId?.id ?? null,
      }),
  }),
}));
