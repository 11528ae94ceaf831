import type { Cache, Resolver, Variables } from "@urql/exchange-graphcache";
import type { TaskStatus } from "../../gql/graphql";
import { BoardColumnCountQuery } from "../../graphql/boardPages";
import { TaskEdgeFragment } from "../../graphql/edges";
import { entity } from "./entity";

// A board's column is a status of a board: Workspace.tasks(boardId, status), loaded a page at a time
// (graphql/boardPages.ts). Each page is its own cached field (its `after` differs); the resolver below reads them
// as one list, and the updaters keep every cached column right as cards are created, moved and deleted.
// A filtered column (the board's filters as arguments) is a column of its own: it holds and counts only the cards
// that match, so a card edited out of its filter leaves it and one edited into it joins it.

/** What placing a task on the cached columns needs to know about it. */
export type PlacedTask = {
  id?: string;
  deleted?: boolean;
  status?: TaskStatus;
  position?: number;
  workspace?: { id?: string };
  board?: { id?: string } | null;
};

/** Where a card was before a logged change (the log entry's before-state names board, assignee and labels by database id). */
export type BeforeState =
  | { status?: string; boardId?: string; assigneeId?: string | null; labelIds?: string[]; priority?: string; dueAt?: string | null }
  | null
  | undefined;

const PAGING = ["first", "after", "last", "before"];
const LIVE_CURSOR = "live:";
const taskEdgeKey = (taskId: string) => `WorkspaceTasksConnectionEdge:${taskId}`;

/** The board's filters as Workspace.tasks takes them (boardModel.columnFilter). */
const FILTERS = ["assigneeId", "unassigned", "priorities", "labelIds", "overdue", "dueAfter", "dueBefore", "noDueDate"];

type Filter = {
  assigneeId?: string;
  unassigned?: boolean;
  priorities?: string[];
  labelIds?: string[];
  overdue?: boolean;
  dueAfter?: string;
  dueBefore?: string;
  noDueDate?: boolean;
};
type Page = { fieldKey: string; args: Variables; key: string; edges: string[]; hasNextPage: boolean };
type ColumnId = { boardId: string; status: TaskStatus; filter: Filter; id: string };
type Column = ColumnId & { pages: Page[]; head?: Page };

/** A column's arguments are a board, a status and the board's filters, and nothing else but paging. */
function columnOf(args: Variables | null): ColumnId | null {
  if (!args || typeof args.boardId !== "string" || typeof args.status !== "string") return null;
  const filter: Record<string, unknown> = {};
  for (const key of Object.keys(args).sort()) {
    if (key === "boardId" || key === "status" || PAGING.includes(key) || args[key] == null) continue;
    if (!FILTERS.includes(key)) return null;
    filter[key] = args[key];
  }
  return {
    boardId: args.boardId,
    status: args.status as TaskStatus,
    filter,
    id: `${args.boardId}|${args.status}|${JSON.stringify(filter)}`,
  };
}

/** What a filter looks at, with assignee and labels by database id (as the log's before-states name them). */
type Shape = { status?: string; assigneeId?: string | null; labelIds?: string[]; priority?: string; dueAt?: string | null };

/** Every filter must hold (AND); within labels and priorities any one does (OR), as on the server (task-filters.ts). */
function passes(shape: Shape, filter: Filter, now = Date.now()): boolean {
  const due = shape.dueAt ? Date.parse(shape.dueAt) : null;
  if (filter.assigneeId && shape.assigneeId !== rawId(filter.assigneeId)) return false;
  if (filter.unassigned && shape.assigneeId) return false;
  if (filter.priorities?.length && !filter.priorities.includes(shape.priority ?? "")) return false;
  if (filter.labelIds?.length && !filter.labelIds.some((id) => shape.labelIds?.includes(rawId(id)))) return false;
  if (filter.noDueDate && due !== null) return false;
  if (filter.overdue && (due === null || due >= now || shape.status === "DONE")) return false;
  if (filter.dueAfter && (due === null || due < Date.parse(filter.dueAfter))) return false;
  if (filter.dueBefore && (due === null || due >= Date.parse(filter.dueBefore))) return false;
  return true;
}

/** The task as the cache holds it now (a result or event is written before the updaters run). */
function cachedShape(cache: Cache, taskId: string): Shape {
  const task = { __typename: "Task", id: taskId };
  const idOf = (key: string | null) => (key ? rawId(String(cache.resolve(key, "id"))) : null);
  return {
    status: cache.resolve(task, "status") as string | undefined,
    assigneeId: idOf(cache.resolve(task, "assignee") as string | null),
    labelIds: ((cache.resolve(task, "labels") as string[] | null) ?? []).map((l) => idOf(l)!),
    priority: cache.resolve(task, "priority") as string | undefined,
    dueAt: cache.resolve(task, "dueAt") as string | null | undefined,
  };
}

const isFiltered = (column: ColumnId) => Object.keys(column.filter).length > 0;

function pageAt(cache: Cache, parentKey: string, fieldKey: string, args: Variables): Page | null {
  const key = cache.resolve(parentKey, fieldKey) as string | null;
  if (!key) return null;
  const pageInfo = cache.resolve(key, "pageInfo") as string | null;
  return {
    fieldKey,
    args,
    key,
    edges: (cache.resolve(key, "edges") as string[] | null) ?? [],
    hasNextPage: pageInfo ? cache.resolve(pageInfo, "hasNextPage") === true : false,
  };
}

/** Every cached column of a workspace (of any of its boards), each with its pages; `head` is the page without `after`. */
function cachedColumns(cache: Cache, workspaceId: string): Column[] {
  const parentKey = cache.keyOfEntity({ __typename: "Workspace", id: workspaceId });
  if (!parentKey) return [];
  const columns = new Map<string, Column>();
  for (const field of cache.inspectFields(parentKey)) {
    if (field.fieldName !== "tasks") continue;
    const column = columnOf(field.arguments);
    const page = column && pageAt(cache, parentKey, field.fieldKey, field.arguments!);
    if (!column || !page) continue;
    const entry = columns.get(column.id) ?? { ...column, pages: [] };
    entry.pages.push(page);
    if (page.args.after == null) entry.head = page;
    columns.set(column.id, entry);
  }
  return [...columns.values()];
}

/** More of the column is on the server: every page loaded so far said so (one that reached the end says it no longer). */
const hasMore = (column: Column) => column.pages.every((p) => p.hasNextPage);

const positionOf = (cache: Cache, edge: string) => {
  const node = cache.resolve(edge, "node") as string | null;
  return node ? (cache.resolve(node, "position") as number) : Number.NEGATIVE_INFINITY;
};

/**
 * Workspace.tasks as one list per column: the pages' edges joined (each card once), hasNextPage while the end
 * has not been reached, totalCount from the first page (the updaters keep it). Other task lists read as stored.
 */
export const columnPages: Resolver = (_parent, args, cache, info) => {
  const own = cache.resolve(info.parentKey, info.fieldName, args) as string | null;
  const wanted = columnOf(args);
  if (!wanted) return own;
  const column = cachedColumns(cache, String(cache.resolve(info.parentKey, "id"))).find((c) => c.id === wanted.id);
  if (!column?.head) return own;
  const seen = new Set<string>();
  const edges = column.pages.flatMap((p) => p.edges).filter((e) => !seen.has(e) && !!seen.add(e));
  // Cards this client created stay in their column past its loaded part (a first page read again keeps them).
  for (const taskId of ownCards.get(cache) ?? []) {
    const edge = taskEdgeKey(taskId);
    if (!seen.has(edge) && cache.resolve(edge, "node") != null && belongsTo(cache, taskId, column)) edges.push(edge);
  }
  return {
    __typename: "WorkspaceTasksConnection",
    totalCount: cache.resolve(column.head.key, "totalCount") as number,
    edges,
    pageInfo: { __typename: "PageInfo", hasNextPage: hasMore(column), hasPreviousPage: false, startCursor: null, endCursor: null },
  };
};

/** The log version each column's count was read at, per cache: events up to it are already counted. */
const countedAt = new WeakMap<object, Map<string, number>>();
const columnId = (workspaceId: string, column: ColumnId) => `${workspaceId}|${column.id}`;

/**
 * Cards this client created, per cache: each stays in its column even past the loaded part (issue #11: your own
 * new card at the bottom of a long column shows where you made it). When the page holding it loads, the page lists
 * the same edge (edges are keyed by their card), so it shows once.
 */
const ownCards = new WeakMap<object, Set<string>>();

/** Marks a card as this client's own creation (createTask's result, optimistic or from the server). */
export function keepOwnCard(cache: Cache, taskId: string) {
  const own = ownCards.get(cache) ?? new Set<string>();
  ownCards.set(cache, own);
  own.add(taskId);
}

function belongsTo(cache: Cache, taskId: string, column: ColumnId) {
  const task = { __typename: "Task", id: taskId };
  if (cache.resolve(task, "deleted") || cache.resolve(task, "status") !== column.status) return false;
  const board = cache.resolve(task, "board") as string | null;
  if (!board || cache.resolve(board, "id") !== column.boardId) return false;
  return !isFiltered(column) || passes(cachedShape(cache, taskId), column.filter);
}

/** Records the version a column's first page (and count) was read at, from the answer of BoardColumnQuery. */
export function noteColumnRead(
  cache: Cache,
  workspace: { id?: string; version?: number | null; tasks?: unknown } | null | undefined,
  variables: Variables,
) {
  const { id: _workspace, ...args } = variables;
  const column = columnOf(args);
  if (!workspace?.id || workspace.version == null || !workspace.tasks || args.after != null || !column) return;
  const seen = countedAt.get(cache) ?? new Map<string, number>();
  countedAt.set(cache, seen);
  seen.set(columnId(workspace.id, column), workspace.version);
}

/** The `after` for a column's next page: the cursor of its last loaded card that the server listed (not one placed live). */
export function nextCursor(edges: readonly { cursor: string; node: { position: number } }[]): string | null {
  let best: { cursor: string; position: number } | null = null;
  for (const e of edges) {
    if (e.cursor.startsWith(LIVE_CURSOR)) continue;
    if (!best || e.node.position > best.position) best = { cursor: e.cursor, position: e.node.position };
  }
  return best?.cursor ?? null;
}

function link(cache: Cache, page: Page, edges: string[]) {
  cache.link(page.key, "edges", edges);
  page.edges = edges;
}

function addCount(cache: Cache, workspaceId: string, column: Column, delta: number) {
  if (!column.head || delta === 0) return;
  // The count query names its variables as the field's arguments: the head page's arguments address its count.
  const variables = { ...column.head.args, id: workspaceId } as { id: string; boardId: string; status: TaskStatus; first: number };
  cache.updateQuery({ query: BoardColumnCountQuery, variables }, (data) => {
    if (!data?.workspace?.tasks) return data;
    data.workspace.tasks.totalCount = Math.max(0, data.workspace.tasks.totalCount + delta);
    return data;
  });
}

/** The database id a Relay global ID stands for ("Board:<id>", base64). */
function rawId(globalId: string) {
  try {
    return atob(globalId).replace(/^[^:]*:/, "");
  } catch {
    return globalId;
  }
}

/**
 * Keeps each cached column right about a task: in the list where it belongs (its board, status and the column's
 * filter) if its position falls inside the loaded part (or the column is loaded to its end, or this client created
 * it), out of every other list. With `counted` (a log event, which arrives exactly once) the columns' counts follow
 * too: the one it left (its before-state) loses it, the one it is now in gains it, unless that column's count was
 * read at the event's version or later. Mutation results only place cards; their event counts them.
 */
export function placeTask(cache: Cache, task: PlacedTask | null | undefined, counted?: { before: BeforeState; version: number }) {
  const workspaceId = task?.workspace?.id;
  if (!task?.id || !workspaceId) return;
  const edgeKey = taskEdgeKey(task.id);
  const own = ownCards.get(cache)?.has(task.id) ?? false;
  let shape: Shape | undefined;
  const matches = (column: Column) => {
    if (!isFiltered(column)) return true;
    shape = shape ?? cachedShape(cache, task.id!);
    return passes(shape, column.filter);
  };
  for (const column of cachedColumns(cache, workspaceId)) {
    const belongs = !task.deleted && task.status === column.status && task.board?.id === column.boardId && matches(column);
    const has = column.pages.some((p) => p.edges.includes(edgeKey));
    if (belongs) {
      const inRange = !hasMore(column) || own || (task.position ?? 0) <= lastLoadedPosition(cache, column, edgeKey);
      if (!has && inRange) addEdge(cache, column, task.id, task.position ?? 0);
      else if (has && !inRange) removeEdge(cache, column, edgeKey);
    } else if (has) removeEdge(cache, column, edgeKey);
    // A count read at this event's version or later has it already.
    if (counted && counted.version > (countedAt.get(cache)?.get(columnId(workspaceId, column)) ?? 0)) {
      const before = counted.before;
      const wasHere =
        !!before &&
        before.status === column.status &&
        before.boardId === rawId(column.boardId) &&
        (!isFiltered(column) || passes(before, column.filter));
      addCount(cache, workspaceId, column, Number(belongs) - Number(wasHere));
    }
  }
}

function lastLoadedPosition(cache: Cache, column: Column, exceptEdge: string) {
  let last = Number.NEGATIVE_INFINITY;
  for (const page of column.pages) for (const e of page.edges) if (e !== exceptEdge) last = Math.max(last, positionOf(cache, e));
  return last;
}

/** Into the page whose cards reach past its position (a refetched page brings it again), else the last page. */
function addEdge(cache: Cache, column: Column, taskId: string, position: number) {
  const edgeKey = taskEdgeKey(taskId);
  // The edge entity is shared by every list holding the card: keep the server's cursor if it has one.
  if (cache.resolve(edgeKey, "cursor") == null) {
    cache.writeFragment(
      TaskEdgeFragment,
      entity({ __typename: "WorkspaceTasksConnectionEdge", cursor: `${LIVE_CURSOR}${taskId}`, node: { __typename: "Task", id: taskId } }),
    );
  }
  const reach = column.pages
    .map((page) => ({ page, last: Math.max(Number.NEGATIVE_INFINITY, ...page.edges.map((e) => positionOf(cache, e))) }))
    .sort((a, b) => a.last - b.last);
  const target = (reach.find((r) => r.last >= position) ?? reach.at(-1))?.page;
  if (target) link(cache, target, [...target.edges, edgeKey]);
}

function removeEdge(cache: Cache, column: Column, edgeKey: string) {
  for (const page of column.pages) {
    if (page.edges.includes(edgeKey))
      link(
        cache,
        page,
        page.edges.filter((e) => e !== edgeKey),
      );
  }
}

/** Takes a task off every cached column, knowing only its id (its event counts it out). */
export function removeTask(cache: Cache, taskId: string) {
  const workspace = cache.resolve({ __typename: "Task", id: taskId }, "workspace") as string | null;
  const workspaceId = workspace && (cache.resolve(workspace, "id") as string);
  if (workspaceId) placeTask(cache, { id: taskId, deleted: true, workspace: { id: workspaceId } });
}

/** Sorted positions of a board's cached column (its loaded part), without `exceptId`. */
export function columnPositions(cache: Cache, workspaceId: string, boardId: string, status: TaskStatus, exceptId?: string) {
  // The unfiltered column knows the most of the column's order; else any filtered one.
  const candidates = cachedColumns(cache, workspaceId).filter((c) => c.boardId === boardId && c.status === status);
  const column = candidates.find((c) => !isFiltered(c)) ?? candidates[0];
  const edges = new Set(column?.pages.flatMap((p) => p.edges) ?? []);
  return [...edges]
    .map((edge) => cache.resolve(edge, "node") as string)
    .map((task) => ({
      id: cache.resolve(task, "id") as string,
      status: cache.resolve(task, "status") as TaskStatus,
      position: cache.resolve(task, "position") as number,
      deleted: cache.resolve(task, "deleted") as boolean,
    }))
    .filter((t) => t.id !== exceptId && t.status === status && !t.deleted)
    .sort((a, b) => a.position - b.position);
}
