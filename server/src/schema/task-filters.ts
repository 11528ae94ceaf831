import type { Prisma } from "../generated/prisma/client.js";
import { builder } from "./builder.js";
import { TaskPriorityEnum } from "./enums.js";
import { decodeId } from "./ids.js";

// The board's filters beyond status and assignee (issue #13). Each narrows the list; together they combine with AND.
type ArgBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0]["arg"];

export const taskFilterArgs = (t: { arg: ArgBuilder }) => ({
  labelIds: t.arg.idList({ description: "Tasks with any of these labels." }),
  priorities: t.arg({ type: [TaskPriorityEnum], description: "Tasks with any of these priorities." }),
  dueAfter: t.arg({ type: "DateTime", description: "Due at or after this time (a client's 'this week' is its own week)." }),
  dueBefore: t.arg({ type: "DateTime", description: "Due before this time." }),
  overdue: t.arg.boolean({ description: "true: due before now and not DONE." }),
});

interface FilterArgs {
  labelIds?: readonly (string | number)[] | null;
  priorities?: readonly Prisma.TaskWhereInput["priority"][] | readonly string[] | null;
  dueAfter?: Date | null;
  dueBefore?: Date | null;
  overdue?: boolean | null;
}

export function taskFilterWhere(args: FilterArgs): Prisma.TaskWhereInput {
  const and: Prisma.TaskWhereInput[] = [];
  if (args.labelIds?.length) and.push({ labelIds: { hasSome: args.labelIds.map((id) => decodeId(String(id), "Label", "labelIds")) } });
  if (args.priorities?.length) and.push({ priority: { in: args.priorities as Prisma.EnumTaskPriorityFilter["in"] } });
  if (args.dueAfter) and.push({ dueAt: { gte: args.dueAfter } });
  if (args.dueBefore) and.push({ dueAt: { lt: args.dueBefore } });
  if (args.overdue) and.push({ dueAt: { lt: new Date() }, status: { not: "DONE" } });
  return and.length ? { AND: and } : {};
}
