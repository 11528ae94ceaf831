import { arrayMove } from "@dnd-kit/sortable";
import type { BoardQuery, TaskFieldsFragment, TaskPriority, TaskStatus } from "../../gql/graphql";
import { STATUSES } from "../../model/displayNames";

export type BoardWorkspace = NonNullable<BoardQuery["workspace"]>;
export type Task = TaskFieldsFragment;
export type Columns = Record<TaskStatus, Task[]>;

/**
 * A column's cards from its loaded pages: each once, live only, of this status and board (a page read before a
 * card moved away still lists it; the card itself says where it is now), in the server's order (position).
 */
export function columnCards(nodes: readonly Task[], status: TaskStatus, boardId: string | null): Task[] {
  const seen = new Set<string>();
  return nodes
    .filter((t) => !t.deleted && t.status === status && t.board.id === boardId && !seen.has(t.id) && !!seen.add(t.id))
    .sort((a, b) => a.position - b.position);
}

export type DueFilter = "" | "overdue" | "week" | "none";

export interface Filters {
  assignee: string; // "" any, "none" unassigned, or a user id
  priority: TaskPriority | "";
  /** Label ids: a card with any of them shows. */
  labels: string[];
  due: DueFilter;
}

export const NO_FILTERS: Filters = { assignee: "", priority: "", labels: [], due: "" };

/** Monday 00:00 to the next Monday, in the viewer's own time zone. */
export function thisWeek(now = new Date()): [Date, Date] {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  return [start, new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7)];
}

export function isOverdue(task: Pick<Task, "dueAt" | "status">, now = new Date()) {
  return !!task.dueAt && new Date(task.dueAt) < now && task.status !== "DONE";
}

/** Every filter must hold (AND); within labels, any one does (OR). */
export function matches(task: Task, f: Filters, now = new Date()) {
  if (f.priority && task.priority !== f.priority) return false;
  if (f.labels.length && !task.labels.some((l) => f.labels.includes(l.id))) return false;
  if (f.due === "none" && task.dueAt) return false;
  if (f.due === "overdue" && !isOverdue(task, now)) return false;
  if (f.due === "week") {
    const [start, end] = thisWeek(now);
    if (!task.dueAt || new Date(task.dueAt) < start || new Date(task.dueAt) >= end) return false;
  }
  if (f.assignee === "none") return !task.assignee;
  if (f.assignee) return task.assignee?.id === f.assignee;
  return true;
}

/** A column's filter as Workspace.tasks arguments: only those set, so an unfiltered column keeps its plain arguments. */
export interface ColumnFilter {
  assigneeId?: string;
  unassigned?: true;
  priorities?: TaskPriority[];
  labelIds?: string[];
  overdue?: true;
  dueAfter?: string;
  dueBefore?: string;
  noDueDate?: true;
}

/**
 * The board's filters as the server applies them (issue #11): a filtered column reads only its matching cards, and
 * its count is theirs. "This week" is the viewer's own week, so its bounds are sent as times.
 */
export function columnFilter(f: Filters, now = new Date()): ColumnFilter {
  const args: ColumnFilter = {};
  if (f.assignee === "none") args.unassigned = true;
  else if (f.assignee) args.assigneeId = f.assignee;
  if (f.priority) args.priorities = [f.priority];
  if (f.labels.length) args.labelIds = [...f.labels].sort();
  if (f.due === "overdue") args.overdue = true;
  if (f.due === "none") args.noDueDate = true;
  if (f.due === "week") {
    const [start, end] = thisWeek(now);
    args.dueAfter = start.toISOString();
    args.dueBefore = end.toISOString();
  }
  return args;
}

/** Filters live in the URL (?assignee=&priority=&labels=a,b&due=), so a filtered board can be shared and reloaded. */
export function filtersFromUrl(search: string): Filters {
  const q = new URLSearchParams(search);
  const due = q.get("due") ?? "";
  return {
    assignee: q.get("assignee") ?? "",
    priority: (q.get("priority") ?? "") as TaskPriority | "",
    labels: (q.get("labels") ?? "").split(",").filter(Boolean),
    due: (["overdue", "week", "none"].includes(due) ? due : "") as DueFilter,
  };
}

export function filtersToSearch(f: Filters, search: string): string {
  const q = new URLSearchParams(search);
  const set = (key: string, value: string) => (value ? q.set(key, value) : q.delete(key));
  set("assignee", f.assignee);
  set("priority", f.priority);
  set("labels", f.labels.join(","));
  set("due", f.due);
  const text = q.toString();
  return text ? `?${text}` : "";
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
