import type { Cache } from "@urql/exchange-graphcache";
import type { TaskStatus } from "../../gql/graphql";
import { TaskEdgeFragment } from "../../graphql/edges";
import { BOARD_TASK_ARGS } from "../../graphql/tasks";
import { cachedEdges, entity } from "./entity";

/** What placing a task on the cached board needs to know about it. */
export type PlacedTask = { id?: string; deleted?: boolean; workspace?: { id?: string } };

const taskEdgeKey = (taskId: string) => `WorkspaceTasksConnectionEdge:${taskId}`;

/** Adds a live task's edge to the cached board list, or takes a deleted one out. Columns are derived from status. */
export function placeTask(cache: Cache, task: PlacedTask | null | undefined) {
  if (!task?.id || !task.workspace?.id) return;
  const board = cachedEdges(cache, task.workspace.id, "tasks", BOARD_TASK_ARGS);
  if (!board) return; // the board was never loaded: nothing to keep in sync
  const edgeKey = taskEdgeKey(task.id);
  const has = board.edges.includes(edgeKey);
  if (!task.deleted && !has) {
    cache.writeFragment(
      TaskEdgeFragment,
      entity({ __typename: "WorkspaceTasksConnectionEdge", cursor: task.id, node: { __typename: "Task", id: task.id } }),
    );
    cache.link(board.list, "edges", [...board.edges, edgeKey]);
  } else if (task.deleted && has) {
    cache.link(
      board.list,
      "edges",
      board.edges.filter((e) => e !== edgeKey),
    );
  }
}

/** Takes a task off its cached board, knowing only its id. */
export function removeTask(cache: Cache, taskId: string) {
  const workspace = cache.resolve({ __typename: "Task", id: taskId }, "workspace") as string | null;
  const workspaceId = workspace && (cache.resolve(workspace, "id") as string);
  if (workspaceId) placeTask(cache, { id: taskId, deleted: true, workspace: { id: workspaceId } });
}

/** Sorted positions of a cached column, without `exceptId`. */
export function columnPositions(cache: Cache, workspaceId: string, status: TaskStatus, exceptId?: string) {
  const edges = cachedEdges(cache, workspaceId, "tasks", BOARD_TASK_ARGS)?.edges ?? [];
  return edges
    .map((edge) => cache.resolve(edge, "node") as string)
    .map((task) => ({
      id: cache.resolve(task, "id") as string,
      status: cache.resolve(task, "status") as TaskStatus,
      position: cache.resolve(task, "position") as number,
    }))
    .filter((t) => t.id !== exceptId && t.status === status)
    .sort((a, b) => a.position - b.position);
}
