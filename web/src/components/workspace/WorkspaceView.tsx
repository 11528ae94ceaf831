import { can } from "@taskgraph/core";
import { useQuery } from "urql";
import { errorReason } from "../../client/reasons";
import { BoardQuery } from "../../graphql/tasks";
import { pageTitle, useDocumentTitle } from "../../pageTitle";
import { type Route, workspacePath } from "../../router";
import { ActivityFeed } from "../activity/ActivityFeed";
import { Board } from "../board/Board";
import { currentBoardId } from "../board/BoardSwitcher";
import { CurrentBoardContext } from "../board/currentBoard";
import { HistoryPage } from "../history/HistoryPage";
import { InsightsPage } from "../insights/InsightsPage";
import { MembersPage } from "../members/MembersPage";
import { PresenceAvatars, PresenceProvider, usePresenceSubscription } from "../presence/Presence";
import { followLink } from "../shared/followLink";
import { ErrorState, Spinner } from "../shared/States";
import { ConnectionBadge } from "./ConnectionBadge";
import { LiveUpdates } from "./LiveUpdates";
import { useFallbackPolling } from "./useFallbackPolling";

type Props = { route: Extract<Route, { workspaceId: string }>; me: { id: string; name: string } | null };

export function WorkspaceView({ route, me }: Props) {
  const [board, reexecute] = useQuery({ query: BoardQuery, variables: { id: route.workspaceId } });
  const workspace = board.data?.workspace;
  useFallbackPolling(route.workspaceId, workspace?.version ?? 0);
  const presence = usePresenceSubscription(route.workspaceId, me?.id ?? null);
  const boardId = workspace ? currentBoardId(workspace.boards, route.boardId) : null;
  useDocumentTitle(pageTitle(route, { workspace: workspace?.name, board: workspace?.boards.find((b) => b.id === boardId)?.name }));
  if (!board.data && board.fetching) return <Spinner label="Loading board" />;
  // A link to a workspace that is not there (or not yours) is "not found", not an error to retry.
  const missing = ["INVALID_ID", "NOT_FOUND"].includes(errorReason(board.error) ?? "");
  if (board.error && !board.data && !missing)
    return <ErrorState error={board.error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!workspace)
    return (
      <div className="empty-page">
        <h1>Workspace not found</h1>
        <p className="muted">It doesn't exist, or you're not a member of it.</p>
      </div>
    );

  const tab = route.page === "board" ? route.view : route.page;
  const inUrl = route.boardId;
  const tabs = [
    { id: "all", label: "Board", path: workspacePath(workspace.id, undefined, inUrl) },
    { id: "mine", label: "My tasks", path: workspacePath(workspace.id, "mine", inUrl) },
    { id: "history", label: "History", path: workspacePath(workspace.id, "history", inUrl) },
    { id: "insights", label: "Insights", path: workspacePath(workspace.id, "insights", inUrl) },
    { id: "members", label: "Members", path: workspacePath(workspace.id, "members", inUrl) },
  ];

  return (
    <PresenceProvider value={presence}>
      <div className="workspace">
        <LiveUpdates workspaceId={workspace.id} since={workspace.version} />
        <header className="ws-header">
          <div className="ws-title">
            <h1>{workspace.name}</h1>
            <span className="role-pill">{workspace.myRole.toLowerCase()}</span>
          </div>
          <nav className="tabs" aria-label="Workspace views">
            {tabs.map((t) => (
              <a
                key={t.id}
                href={t.path}
                className={`tab${tab === t.id ? " active" : ""}`}
                aria-current={tab === t.id ? "page" : undefined}
                onClick={followLink(t.path)}
              >
                {t.label}
              </a>
            ))}
          </nav>
          <PresenceAvatars />
          <ConnectionBadge />
        </header>
        {route.page === "members" ? (
          <MembersPage workspaceId={workspace.id} me={me} />
        ) : route.page === "insights" ? (
          <InsightsPage workspaceId={workspace.id} version={workspace.version} canWrite={can(workspace.myRole, "writeTasks")} />
        ) : route.page === "history" ? (
          <HistoryPage workspaceId={workspace.id} boardId={route.boardId} />
        ) : (
          <div className="board-layout">
            <CurrentBoardContext.Provider value={boardId}>
              <Board key={boardId} workspace={workspace} view={route.view} me={me} />
            </CurrentBoardContext.Provider>
            <ActivityFeed workspaceId={workspace.id} />
          </div>
        )}
      </div>
    </PresenceProvider>
  );
}
