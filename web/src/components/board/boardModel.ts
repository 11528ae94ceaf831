import { arrayMove } from "@dnd-kit/sortable";
import type { BoardQuery, TaskFieldsFragment, TaskPriority, TaskStatus } from "../../gql/graphql";
import { STATUSES } from "../../model/displayNames";

export type BoardWorkspace = NonNullable<BoardQuery["workspace"]>;
export type Task = TaskFieldsFragment;
export type Columns = Record<TaskStatus, Task[]>;

/** Groups the four cached lists into columns, each sorted by position (the server's order). */
export function toColumns(w: BoardWorkspace): Columns {
  const live = w.tasks.edges.map((e) => e.node).filter((t) => !t.deleted);
  const columns = {} as Columns;
  for (const status of STATUSES) {
    columns[status] = live.filter((t) => t.status === status).sort((a, b) => a.position - b.position);
  }
  return columns;
}

export interface Filters {
  assignee: string; // "" any, "none" unassigned, or a user id
  priority: TaskPriority | "";
}

export function matches(task: Task, f: Filters) {
  if (f.priority && task.priority !== f.priority) return false;
  if (f.assignee === "none") return !task.assignee;
  if (f.assignee) return task.assignee?.id === f.assignee;
  return true;
}

export const COLUMN_PREFIX = "column:";

/** Turns a drop into moveTask arguments: the target column and the task to land below (null = top). */
export function dropTarget(columns: Columns, activeId: string, overId: string): { status: TaskStatus; afterId: string | null } | null {
  const active = STATUSES.flatMap((s) => columns[s]).find((t) => t.id === activeId);
  if (!active) return null;
  if (overId.startsWith(COLUMN_PREFIX)) {
    const status = overId.slice(COLUMN_PREFIX.length) as TaskStatus;
    const rest = columns[status].filter((t) => t.id !== activeId);
    return { status, afterId: rest.at(-1)?.id ?? null };
  }
  const over = STATUSES.flatMap((s) => columns[s]).find((t) => t.id === overId);
  if (!over) return null;
  const list = columns[over.status];
  if (over.status === active.status) {
    const ids = list.map((t) => t.id);
    const order = arrayMove(ids, ids.indexOf(activeId), ids.indexOf(overId));
    const at = order.indexOf(activeId);
    return { status: over.status, afterId: order[at - 1] ?? null };
  }
  const at = list.findIndex((t) => t.id === overId);
  return { status: over.status, afterId: list[at - 1]?.id ?? null };
}

/** True when the move would leave the task where it already is. */
export function isNoop(columns: Columns, activeId: string, target: { status: TaskStatus; afterId: string | null }) {
  const list = columns[target.status];
  const at = list.findIndex((t) => t.id === activeId);
  if (at === -1) return false;
  return (list[at - 1]?.id ?? null) === target.afterId;
}
