import type { Prisma } from "../generated/prisma/client.js";
import type { builder } from "./builder.js";
import { TaskPriorityEnum, TaskStatusEnum } from "./enums.js";
import { LabelNode } from "./label.js";
import { UserNode } from "./user.js";

// A task list's arguments (Workspace.tasks and Board.tasks): status and assignee, and the board's filters beyond
// them (issue #13). Each narrows the list; together they combine with AND. The refs are read when the schema is
// built (inside `fields`), so the import cycle through label.ts is harmless.
type ArgBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0]["arg"];

export const taskListArgs = (t: { arg: ArgBuilder }) => ({
  status: t.arg({ type: TaskStatusEnum }),
  assigneeId: t.arg.globalID({ for: UserNode }),
  labelIds: t.arg.globalIDList({ description: "Tasks with any of these labels.", for: LabelNode }),
  priorities: t.arg({ type: [TaskPriorityEnum], description: "Tasks with any of these priorities." }),
  dueAfter: t.arg({ type: "DateTime", description: "Due at or after this time (a client's 'this week' is its own week)." }),
  dueBefore: t.arg({ type: "DateTime", description: "Due before this time." }),
  overdue: t.arg.boolean({ description: "true: due before now and not DONE." }),
  unassigned: t.arg.boolean({ description: "true: tasks assigned to nobody (not with assigneeId)." }),
  noDueDate: t.arg.boolean({ description: "true: tasks without a due date (not with dueAfter, dueBefore or overdue)." }),
});

interface TaskListArgs {
  status?: Prisma.TaskWhereInput["status"] | null;
  assigneeId?: { id: string } | null;
  labelIds?: readonly { id: string }[] | null;
  priorities?: readonly Prisma.TaskWhereInput["priority"][] | readonly string[] | null;
  dueAfter?: Date | null;
  dueBefore?: Date | null;
  overdue?: boolean | null;
  unassigned?: boolean | null;
  noDueDate?: boolean | null;
}

/**
 * Filters that contradict each other would answer an empty list that looks like an empty board: refused as
 * BAD_USER_INPUT instead (Pothos' zod plugin, field-level `validate`), naming the newer argument of the pair.
 */
export const taskListValidation: [(args: TaskListArgs) => boolean, { message: string; path: string[] }][] = [
  [(args) => !(args.unassigned && args.assigneeId), { message: "cannot be combined with assigneeId", path: ["unassigned"] }],
  [
    (args) => !(args.noDueDate && (args.dueAfter || args.dueBefore || args.overdue)),
    { message: "cannot be combined with dueAfter, dueBefore or overdue", path: ["noDueDate"] },
  ],
];

/** Column order: by status, then the card's position. */
export const taskListOrder: Prisma.TaskOrderByWithRelationInput[] = [{ status: "asc" }, { position: "asc" }, { id: "asc" }];

/** The tasks (not deleted) the arguments select. */
export function taskListWhere(args: TaskListArgs): Prisma.TaskWhereInput {
  const and: Prisma.TaskWhereInput[] = [];
  if (args.labelIds?.length) and.push({ labelIds: { hasSome: args.labelIds.map((label) => label.id) } });
  if (args.priorities?.length) and.push({ priority: { in: args.priorities as Prisma.EnumTaskPriorityFilter["in"] } });
  if (args.dueAfter) and.push({ dueAt: { gte: args.dueAfter } });
  if (args.dueBefore) and.push({ dueAt: { lt: args.dueBefore } });
  if (args.overdue) and.push({ dueAt: { lt: new Date() }, status: { not: "DONE" } });
  if (args.unassigned) and.push({ assigneeId: null });
  if (args.noDueDate) and.push({ dueAt: null });
  return {
    deletedAt: null,
    ...(args.status ? { status: args.status } : {}),
    ...(args.assigneeId ? { assigneeId: args.assigneeId.id } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}
