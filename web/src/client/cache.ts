import { cacheExchange, type Cache, type Data } from "@urql/exchange-graphcache";
import type {
  ActivityFieldsFragment,
  CreateTaskInput,
  MoveTaskInput,
  TaskChangedSubscription,
  TaskFieldsFragment,
  TaskStatus,
  UpdateTaskInput,
} from "../gql/graphql";
import { ActivityEdgeFragment, MemberUserFragment, TaskEdgeFragment, WorkspaceVersionFragment } from "../graphql/edges";
import { BOARD_TASK_ARGS, TaskFieldsFragment as TaskFieldsDoc } from "../graphql/tasks";
import { GAP } from "../model/taskOptions";
import { noteVersion } from "./versions";

// Generated fragment types omit __typename, which the cache needs to key what we write.
const entity = <T>(data: T) => data as never;

const ACTIVITY_ARGS = { first: 40 };
const taskEdgeKey = (taskId: string) => `WorkspaceTasksConnectionEdge:${taskId}`;
const nodeId = (data: Data) => ((data.node as Data | null)?.id as string | undefined) ?? null;

/** Adds a live task's edge to the cached board list, or takes a deleted one out. Columns are derived from status. */
export function placeTask(cache: Cache, task: Pick<TaskFieldsFragment, "id" | "deleted" | "workspace">) {
  const list = cache.resolve({ __typename: "Workspace", id: task.workspace.id }, "tasks", BOARD_TASK_ARGS) as string | null;
  if (!list) return; // the board was never loaded: nothing to keep in sync
  const edges = (cache.resolve(list, "edges") as string[] | null) ?? [];
  const edgeKey = taskEdgeKey(task.id);
  const has = edges.includes(edgeKey);
  if (!task.deleted && !has) {
    cache.writeFragment(TaskEdgeFragment, entity({
      __typename: "WorkspaceTasksConnectionEdge",
      cursor: task.id,
      node: { __typename: "Task", id: task.id },
    }));
    cache.link(list, "edges", [...edges, edgeKey]);
  } else if (task.deleted && has) {
    cache.link(list, "edges", edges.filter((e) => e !== edgeKey));
  }
}

function removeTask(cache: Cache, taskId: string) {
  const workspace = cache.resolve({ __typename: "Task", id: taskId }, "workspace") as string | null;
  const workspaceId = workspace && (cache.resolve(workspace, "id") as string);
  if (workspaceId) placeTask(cache, { id: taskId, deleted: true, workspace: { id: workspaceId } });
}

function noteWorkspaceVersion(cache: Cache, field: string, workspaceId: string, version: number) {
  noteVersion(field, workspaceId, version);
  const current = cache.resolve({ __typename: "Workspace", id: workspaceId }, "version") as number | null;
  if (current == null || version > current) {
    cache.writeFragment(WorkspaceVersionFragment, entity({ __typename: "Workspace", id: workspaceId, version }));
  }
}

function prependActivity(cache: Cache, workspaceId: string, activity: Pick<ActivityFieldsFragment, "id">) {
  const list = cache.resolve({ __typename: "Workspace", id: workspaceId }, "activity", ACTIVITY_ARGS) as string | null;
  if (!list) return;
  const edges = (cache.resolve(list, "edges") as string[] | null) ?? [];
  const edgeKey = `WorkspaceActivityConnectionEdge:${activity.id}`;
  if (edges.includes(edgeKey)) return; // a replay after reconnect may repeat what we already have
  cache.writeFragment(ActivityEdgeFragment, entity({
    __typename: "WorkspaceActivityConnectionEdge",
    cursor: activity.id,
    node: { __typename: "Activity", id: activity.id },
  }));
  cache.link(list, "edges", [edgeKey, ...edges].slice(0, 100));
}

/** Sorted positions of a cached column, without `exceptId`. */
function columnPositions(cache: Cache, workspaceId: string, status: TaskStatus, exceptId?: string) {
  const list = cache.resolve({ __typename: "Workspace", id: workspaceId }, "tasks", BOARD_TASK_ARGS) as string | null;
  const edges = (list && (cache.resolve(list, "edges") as string[] | null)) || [];
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

/** Where the server will put a task moved below `afterId` (top when null), for the optimistic result. */
export function positionAfter(column: { id: string; position: number }[], afterId: string | null | undefined) {
  const index = afterId ? column.findIndex((t) => t.id === afterId) + 1 : 0;
  const prev = column[index - 1]?.position;
  const next = column[index]?.position;
  if (prev === undefined) return next === undefined ? GAP : next - GAP;
  if (next === undefined) return prev + GAP;
  return (prev + next) / 2;
}

const readTask = (cache: Cache, id: string) => cache.readFragment(TaskFieldsDoc, { __typename: "Task", id }) as TaskFieldsFragment | null;

function assigneeFor(cache: Cache, assigneeId: string | null | undefined) {
  if (!assigneeId) return null;
  return cache.readFragment(MemberUserFragment, { __typename: "User", id: assigneeId });
}

let optimisticIds = 0;

export const cache = cacheExchange({
  keys: {
    AuthPayload: () => null,
    PageInfo: () => null,
    TaskChangedEvent: () => null,
    WorkspaceTasksConnection: () => null,
    WorkspaceActivityConnection: () => null,
    EventPage: () => null,
    PresenceEvent: () => null,
    PresenceEntry: () => null,
    ActivityCalendar: () => null,
    ActivityDay: () => null,
    // Edges are keyed by their node so updaters can add one that the server never sent as an edge.
    WorkspaceTasksConnectionEdge: nodeId,
    WorkspaceActivityConnectionEdge: nodeId,
  },
  updates: {
    Subscription: {
      taskChanged(result, args, cache) {
        const event = result.taskChanged as TaskChangedSubscription["taskChanged"];
        const workspaceId = args.workspaceId as string;
        placeTask(cache, { ...event.task, deleted: event.task.deleted || event.kind === "DELETED" });
        noteWorkspaceVersion(cache, "taskChanged", workspaceId, event.version);
      },
      activityAdded(result, args, cache) {
        const activity = result.activityAdded as ActivityFieldsFragment;
        const workspaceId = args.workspaceId as string;
        prependActivity(cache, workspaceId, activity);
        noteWorkspaceVersion(cache, "activityAdded", workspaceId, activity.version);
        // Membership changes are not task events: let member lists refetch.
        if (activity.entityType === "Member" || activity.entityType === "Invitation") {
          cache.invalidate({ __typename: "Workspace", id: workspaceId }, "members");
          cache.invalidate({ __typename: "Workspace", id: workspaceId }, "invitations");
        }
      },
    },
    Mutation: {
      createTask(result, _args, cache) {
        placeTask(cache, result.createTask as TaskFieldsFragment);
      },
      updateTask(result, _args, cache) {
        placeTask(cache, result.updateTask as TaskFieldsFragment);
      },
      moveTask(result, _args, cache) {
        placeTask(cache, result.moveTask as TaskFieldsFragment);
      },
      // Undo, redo and restore append events like any edit; place the task where the server now has it.
      undo(result, _args, cache) {
        placeTask(cache, result.undo as TaskFieldsFragment);
      },
      redo(result, _args, cache) {
        placeTask(cache, result.redo as TaskFieldsFragment);
      },
      restoreTask(result, _args, cache) {
        placeTask(cache, result.restoreTask as TaskFieldsFragment);
      },
      deleteTask(result, _args, cache) {
        if (result.deleteTask) removeTask(cache, result.deleteTask as string);
      },
      createWorkspace(result, _args, cache) {
        const list = cache.resolve("Query", "workspaces") as string[] | null;
        const key = cache.keyOfEntity(result.createWorkspace as Data);
        if (list && key && !list.includes(key)) cache.link("Query", "workspaces", [...list, key]);
      },
      acceptInvitation(_result, _args, cache) {
        cache.invalidate("Query", "workspaces");
        cache.invalidate("Query", "myInvitations");
      },
      inviteMember(result, args, cache) {
        const workspaceId = (args.input as { workspaceId: string }).workspaceId;
        const list = cache.resolve({ __typename: "Workspace", id: workspaceId }, "invitations") as string[] | null;
        const key = cache.keyOfEntity(result.inviteMember as Data);
        if (list && key && !list.includes(key)) cache.link({ __typename: "Workspace", id: workspaceId }, "invitations", [key, ...list]);
      },
      removeMember(result, args, cache) {
        const workspaceId = (args.input as { workspaceId: string }).workspaceId;
        const members = cache.resolve({ __typename: "Workspace", id: workspaceId }, "members") as string[] | null;
        const removed = `Member:${result.removeMember as string}`;
        if (members) cache.link({ __typename: "Workspace", id: workspaceId }, "members", members.filter((m) => m !== removed));
      },
    },
  },
  optimistic: {
    moveTask(args, cache) {
      const input = args.input as MoveTaskInput;
      const task = readTask(cache, String(input.id));
      if (!task) return null as never;
      const column = columnPositions(cache, task.workspace.id, input.status, task.id);
      return { ...task, __typename: "Task", status: input.status, position: positionAfter(column, input.afterId == null ? null : String(input.afterId)) };
    },
    updateTask(args, cache) {
      const input = args.input as UpdateTaskInput;
      const task = readTask(cache, String(input.id));
      if (!task) return null as never;
      const next = { ...task, __typename: "Task" } as TaskFieldsFragment & { __typename: string };
      if (input.title != null) next.title = input.title.trim();
      if (input.description != null) next.description = input.description;
      if (input.priority) next.priority = input.priority;
      if ("assigneeId" in input) next.assignee = assigneeFor(cache, input.assigneeId == null ? null : String(input.assigneeId));
      if (input.status && input.status !== task.status) {
        const column = columnPositions(cache, task.workspace.id, input.status, task.id);
        next.status = input.status;
        next.position = (column.at(-1)?.position ?? 0) + GAP;
      }
      return next;
    },
    createTask(args, cache) {
      const input = args.input as CreateTaskInput;
      const status = input.status ?? "TODO";
      const workspaceId = String(input.workspaceId);
      const column = columnPositions(cache, workspaceId, status);
      const now = new Date().toISOString();
      return {
        __typename: "Task",
        id: `optimistic:${++optimisticIds}`,
        title: input.title.trim(),
        description: input.description ?? "",
        status,
        priority: input.priority ?? "MEDIUM",
        position: (column.at(-1)?.position ?? 0) + GAP,
        version: 0,
        deleted: false,
        createdAt: now,
        updatedAt: now,
        assignee: assigneeFor(cache, input.assigneeId == null ? null : String(input.assigneeId)),
        workspace: { __typename: "Workspace", id: workspaceId },
      };
    },
  },
});

