import { cacheExchange, type Data } from "@urql/exchange-graphcache";
import type { GraphCacheConfig, GraphCacheUpdaters } from "../../gql/graphcache";
import { noteWorkspaceVersion, prependActivity } from "./activityList";
import { type BeforeState, columnPages, keepOwnCard, noteColumnRead, type PlacedTask, placeTask, removeTask } from "./boardList";
import { optimistic } from "./optimistic";

// Edges are keyed by their node so updaters can add one that the server never sent as an edge.
const nodeId = (data: Data) => ((data.node as Data | null)?.id as string | undefined) ?? null;

type MutationUpdaters = NonNullable<GraphCacheUpdaters["Mutation"]>;
/** Create, edit, move, undo, redo and restore all answer with the task as the server now has it. */
type TaskResultMutation = "createTask" | "updateTask" | "moveTask" | "undo" | "redo" | "restoreTask";
const placeResultOf =
  <F extends TaskResultMutation>(field: F) =>
  (result: Partial<Record<F, PlacedTask | null>>, _args: unknown, cache: Parameters<NonNullable<MutationUpdaters[F]>>[2]) =>
    placeTask(cache, result[field]);

export const cache = cacheExchange<GraphCacheConfig>({
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
    WorkspaceTasksConnectionEdge: nodeId,
    // Boards, checkpoints, comments and notifications: results without an identity of their own.
    CommentChangedEvent: () => null,
    TaskCommentsConnection: () => null,
    TaskCommentsConnectionEdge: nodeId,
    QueryNotificationsConnection: () => null,
    QueryNotificationsConnectionEdge: nodeId,
    MarkNotificationsReadResult: () => null,
    WorkspaceDiff: () => null,
    TaskDiff: () => null,
    TaskFieldChange: () => null,
    TaskSnapshot: () => null,
    RestoreWorkspaceResult: () => null,
    WorkspaceActivityConnectionEdge: nodeId,
    // Repository sync: values inside their sync, task or workspace.
    CodeReference: () => null,
    RepositoryBranch: () => null,
    RepositorySyncStats: () => null,
    RepositorySyncError: () => null,
    RepositorySyncProgress: () => null,
    WorkspaceRepositorySyncsConnection: () => null,
    WorkspaceRepositorySyncsConnectionEdge: nodeId,
  },
  updates: {
    Query: {
      // A board column's first page says which log version its count was read at.
      workspace(result, _args, cache, info) {
        noteColumnRead(cache, result.workspace, info.variables);
      },
    },
    Subscription: {
      taskChanged({ taskChanged: event }, { workspaceId }, cache) {
        if (!event?.task || event.version == null) return;
        // A created (or undeleted) card was in no column before; otherwise the log entry says where it was.
        const before = event.kind === "CREATED" ? null : (event.activity?.before as BeforeState);
        placeTask(cache, { ...event.task, deleted: event.task.deleted || event.kind === "DELETED" }, { before, version: event.version });
        noteWorkspaceVersion(cache, "taskChanged", String(workspaceId), event.version);
      },
      activityAdded({ activityAdded: activity }, args, cache) {
        if (!activity?.id || activity.version == null) return;
        const workspaceId = String(args.workspaceId);
        prependActivity(cache, workspaceId, activity.id);
        noteWorkspaceVersion(cache, "activityAdded", workspaceId, activity.version);
        // Membership changes are not task events: let member lists refetch.
        // Another admin's board changes: the switcher reads the list again.
        if (activity.entityType === "Board") cache.invalidate({ __typename: "Workspace", id: workspaceId }, "boards");
        if (activity.entityType === "Member" || activity.entityType === "Invitation") {
          cache.invalidate({ __typename: "Workspace", id: workspaceId }, "members");
          cache.invalidate({ __typename: "Workspace", id: workspaceId }, "invitations");
        }
      },
    },
    Mutation: {
      // The card this client made shows where it was made, even past its column's loaded part.
      createTask(result, args, cache) {
        if (result.createTask?.id) keepOwnCard(cache, result.createTask.id);
        placeResultOf("createTask")(result, args, cache);
      },
      updateTask: placeResultOf("updateTask"),
      moveTask: placeResultOf("moveTask"),
      undo: placeResultOf("undo"),
      redo: placeResultOf("redo"),
      restoreTask: placeResultOf("restoreTask"),
      deleteTask(result, _args, cache) {
        if (result.deleteTask) removeTask(cache, String(result.deleteTask));
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
      inviteMember(result, { input }, cache) {
        const workspace = { __typename: "Workspace", id: String(input.workspaceId) };
        const list = cache.resolve(workspace, "invitations") as string[] | null;
        const key = cache.keyOfEntity(result.inviteMember as Data);
        if (list && key && !list.includes(key)) cache.link(workspace, "invitations", [key, ...list]);
      },
      removeMember(result, { input }, cache) {
        const workspace = { __typename: "Workspace", id: String(input.workspaceId) };
        const members = cache.resolve(workspace, "members") as string[] | null;
        const removed = `Member:${String(result.removeMember)}`;
        if (members)
          cache.link(
            workspace,
            "members",
            members.filter((m) => m !== removed),
          );
      },
    },
  },
  optimistic,
  // A board column's first page and the pages loaded after it (boardPages.ts) read as one list.
  // (Typed loosely like graphcache's own relayPagination: it answers a joined list or the stored link.)
  resolvers: { Workspace: { tasks: columnPages as never } },
});
