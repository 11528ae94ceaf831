import { insertionIndex, positionAt, positionAtEnd } from "@taskgraph/core";
import type { Cache } from "@urql/exchange-graphcache";
import type { GraphCacheOptimisticUpdaters, Task, WithTypename } from "../../gql/graphcache";
import type { TaskFieldsFragment } from "../../gql/graphql";
import { MemberUserFragment } from "../../graphql/edges";
import { LabelFieldsFragment } from "../../graphql/insights";
import { TaskFieldsFragment as TaskFieldsDoc } from "../../graphql/tasks";
import { columnPositions } from "./boardList";

const OPTIMISTIC_PREFIX = "optimistic:";
let optimisticIds = 0;

/** A task shown before the server has answered its creation. */
export const isOptimisticId = (id: string) => id.startsWith(OPTIMISTIC_PREFIX);

const readTask = (cache: Cache, id: string) => cache.readFragment(TaskFieldsDoc, { __typename: "Task", id }) as TaskFieldsFragment | null;

function assigneeFor(cache: Cache, assigneeId: string | number | null | undefined) {
  if (assigneeId == null || assigneeId === "") return null;
  return cache.readFragment(MemberUserFragment, { __typename: "User", id: String(assigneeId) });
}

type OptimisticTask = WithTypename<Task>;

/** The cached labels for ids, in that order (a label not cached yet is left out until the server answers). */
function labelsFor(cache: Cache, ids: readonly (string | number)[] | null | undefined) {
  return (ids ?? []).flatMap((id) => {
    const label = cache.readFragment(LabelFieldsFragment, { __typename: "Label", id: String(id) });
    return label ? [{ ...label, __typename: "Label" as const }] : [];
  });
}

/** Where the server puts a card created without a board: the workspace's first open board, as cached. */
function firstBoardId(cache: Cache, workspaceId: string): string {
  const boards = (cache.resolve({ __typename: "Workspace", id: workspaceId }, "boards") as string[] | null) ?? [];
  return boards.length ? (cache.resolve(boards[0]!, "id") as string) : "";
}
// graphcache treats a null optimistic result as "no optimistic update"; its types do not say so.
const none = null as unknown as OptimisticTask;

/** The board as the server will answer, shown at once: the same placement rules (packages/core) as the server. */
export const optimistic: GraphCacheOptimisticUpdaters = {
  moveTask({ input }, cache) {
    const task = readTask(cache, String(input.id));
    if (!task) return none;
    const boardId = input.boardId != null ? String(input.boardId) : task.board.id;
    const column = columnPositions(cache, task.workspace.id, boardId, input.status, task.id);
    const index = Math.max(0, insertionIndex(column, input.afterId == null ? null : String(input.afterId)));
    // Where the cached neighbours are too close, the server spreads the column out first (and says so with
    // move events); until it answers, their midpoint keeps the order right.
    const position = positionAt(column, index) ?? ((column[index - 1]?.position ?? 0) + (column[index]?.position ?? 0)) / 2;
    return { ...task, __typename: "Task", status: input.status, position, board: { __typename: "Board", id: boardId } } as OptimisticTask;
  },
  updateTask({ input }, cache) {
    const task = readTask(cache, String(input.id));
    if (!task) return none;
    const next = { ...task, __typename: "Task" } as TaskFieldsFragment & { __typename: "Task" };
    if (input.title != null) next.title = input.title.trim();
    if (input.description != null) next.description = input.description;
    if (input.priority) next.priority = input.priority;
    if ("assigneeId" in input) next.assignee = assigneeFor(cache, input.assigneeId);
    if (input.labelIds != null) next.labels = labelsFor(cache, input.labelIds);
    if ("dueAt" in input) next.dueAt = input.dueAt ?? null;
    if (input.status && input.status !== task.status) {
      next.status = input.status;
      next.position = positionAtEnd(columnPositions(cache, task.workspace.id, task.board.id, input.status, task.id));
    }
    return next as OptimisticTask;
  },
  createTask({ input }, cache) {
    const status = input.status ?? "TODO";
    const workspaceId = String(input.workspaceId);
    const boardId = input.boardId != null ? String(input.boardId) : firstBoardId(cache, workspaceId);
    const now = new Date().toISOString();
    const created: TaskFieldsFragment & { __typename: "Task" } = {
      __typename: "Task",
      id: `${OPTIMISTIC_PREFIX}${++optimisticIds}`,
      title: input.title.trim(),
      description: input.description ?? "",
      status,
      priority: input.priority ?? "MEDIUM",
      position: positionAtEnd(columnPositions(cache, workspaceId, boardId, status)),
      version: 0,
      deleted: false,
      createdAt: now,
      updatedAt: now,
      assignee: assigneeFor(cache, input.assigneeId),
      workspace: { id: workspaceId },
      board: { id: boardId },
      dueAt: input.dueAt ?? null,
      labels: labelsFor(cache, input.labelIds),
      codeRef: null,
    };
    return {
      ...created,
      workspace: { __typename: "Workspace", id: workspaceId },
      board: { __typename: "Board", id: boardId },
    } as OptimisticTask;
  },
};
