import { boardAt, type TaskState } from "../domain/history.js";
import { operationPermission, type Permission } from "../domain/permissions.js";
import { redo, restoreTask, undo } from "../domain/undo.js";
import { badInput } from "../errors.js";
import { builder, inWorkspace } from "./builder.js";
import { TaskPriorityEnum, TaskStatusEnum } from "./enums.js";
import { encodeId } from "./ids.js";
import { TaskNode, taskScope } from "./task.js";
import { WorkspaceNode } from "./workspace.js";

/** A task as it was at some version. Deliberately without `id`, so normalized caches never mix it with the live Task. */
export const TaskSnapshot = builder.objectRef<TaskState>("TaskSnapshot").implement({
  fields: (t) => ({
    taskId: t.id({ resolve: (task) => encodeId("Task", task.id) }),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    status: t.field({ type: TaskStatusEnum, resolve: (task) => task.status as never }),
    priority: t.field({ type: TaskPriorityEnum, resolve: (task) => task.priority as never }),
    position: t.exposeFloat("position"),
    version: t.exposeInt("version", { description: "The task's own version at that point." }),
    assignee: t.prismaField({
      type: "User",
      nullable: true,
      resolve: (query, task, _args, ctx) =>
        task.assigneeId ? ctx.prisma.user.findUnique({ ...query, where: { id: task.assigneeId } }) : null,
    }),
  }),
});

builder.prismaObjectFields("Workspace", (t) => ({
  board: t.field({
    type: [TaskSnapshot],
    description: "The tasks as they were at a version of the log (default: now), rebuilt from the nearest snapshot.",
    args: { atVersion: t.arg.int() },
    resolve: (workspace, args, ctx) => {
      const version = args.atVersion ?? workspace.version;
      if (version < 0 || version > workspace.version)
        throw badInput(`atVersion must be between 0 and ${workspace.version}.`, "atVersion", "OUT_OF_RANGE");
      return boardAt(ctx.prisma, workspace.id, version);
    },
  }),
}));

builder.prismaObjectFields("Task", (t) => ({
  history: t.prismaField({
    type: ["Event"],
    description: "Every logged change to this task, oldest first, with actor and before/after values.",
    resolve: (query, task, _args, ctx) =>
      ctx.prisma.event.findMany({
        ...query,
        where: { workspaceId: task.workspaceId, entityType: "Task", entityId: task.id },
        orderBy: { version: "asc" },
      }),
  }),
  lastChange: t.prismaField({
    type: "Event",
    nullable: true,
    description:
      "The newest logged change to this task. After undo or redo, its metadata says what was taken back or made again (`original`, the action, and `cards`, how many the change touched).",
    resolve: (query, task, _args, ctx) =>
      ctx.prisma.event.findFirst({
        ...query,
        where: { workspaceId: task.workspaceId, entityType: "Task", entityId: task.id },
        orderBy: { version: "desc" },
      }),
  }),
}));

const WorkspaceInput = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ workspaceId: t.globalID({ required: true, for: WorkspaceNode }) }) });
const UndoInput = WorkspaceInput("UndoInput");
const RedoInput = WorkspaceInput("RedoInput");
const RestoreTaskInput = builder.inputType("RestoreTaskInput", {
  fields: (t) => ({
    id: t.globalID({ required: true, for: TaskNode }),
    version: t.int({ required: true, description: "A workspace log version at which the task existed." }),
  }),
});

builder.mutationFields((t) => {
  /** undo and redo: the same field but for the step it takes. */
  const stepField = (input: typeof UndoInput, step: typeof undo, permission: Permission, description: string) =>
    t.prismaField({
      type: "Task",
      description,
      args: { input: t.arg({ type: input, required: true }) },
      authScopes: (_root, args) => inWorkspace(args.input.workspaceId, permission),
      resolve: async (query, _root, args, ctx) => {
        const task = await step(ctx, args.input.workspaceId.id);
        return ctx.prisma.task.findUniqueOrThrow({ ...query, where: { id: task.id } });
      },
    });
  return {
    undo: stepField(
      UndoInput,
      undo,
      operationPermission.undo,
      "Undoes your newest change in the workspace by appending its inverse. CONFLICT when someone else changed that task since, or when there is nothing to undo.",
    ),
    redo: stepField(
      RedoInput,
      redo,
      operationPermission.redo,
      "Re-applies your most recently undone change. A new change of your own clears what can be redone.",
    ),
    restoreTask: t.prismaField({
      type: "Task",
      description: "Brings the task back to how it was at a workspace version (undeleting it if needed), as new events.",
      args: { input: t.arg({ type: RestoreTaskInput, required: true }) },
      authScopes: (_root, { input }, ctx) => taskScope(ctx, input.id, operationPermission.restoreTask),
      resolve: async (query, _root, { input }, ctx) => {
        const task = await restoreTask(ctx, input.id.id, input.version);
        return ctx.prisma.task.findUniqueOrThrow({ ...query, where: { id: task.id } });
      },
    }),
  };
});
