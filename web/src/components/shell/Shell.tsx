import { useEffect } from "react";
import { useQuery } from "urql";
import { MeQuery } from "../../graphql/auth";
import { WorkspacesQuery } from "../../graphql/workspaces";
import { pageTitle, useDocumentTitle } from "../../pageTitle";
import { navigate, useRoute, workspacePath } from "../../router";
import { BoardSwitcher } from "../board/BoardSwitcher";
import { Inbox } from "../inbox/Inbox";
import { Invitations } from "../members/Invitations";
import { InvitePage } from "../members/InvitePage";
import { ProfilePage } from "../profile/ProfilePage";
import { CommandPalette } from "../search/CommandPalette";
import { Brand } from "../shared/Brand";
import { ErrorState, Spinner } from "../shared/States";
import { WorkspaceView } from "../workspace/WorkspaceView";
import { CreateWorkspaceForm } from "./CreateWorkspaceForm";
import { UserMenu } from "./UserMenu";
import { WorkspaceNav } from "./WorkspaceNav";

/** The signed-in app: the sidebar (workspaces, inbox, search, boards, invitations, you) and the page the URL names. */
export function Shell({ onSignedOut }: { onSignedOut: () => void }) {
  const route = useRoute();
  // Workspace pages name themselves (WorkspaceView); the others are named here.
  useDocumentTitle("workspaceId" in route ? null : pageTitle(route));
  const [me] = useQuery({ query: MeQuery });
  const [spaces] = useQuery({ query: WorkspacesQuery });
  const workspaces = spaces.data?.workspaces ?? [];
  const invitations = spaces.data?.myInvitations ?? [];

  // A token the server no longer knows: back to the sign-in screen.
  useEffect(() => {
    if (me.data && !me.data.me) onSignedOut();
  }, [me.data, onSignedOut]);

  useEffect(() => {
    const first = workspaces[0];
    if (route.page === "home" && first) navigate(workspacePath(first.id), true);
  }, [route.page, workspaces]);

  const currentId = "workspaceId" in route ? route.workspaceId : null;
  const user = me.data?.me;

  return (
    <div className="app">
      <aside className="sidebar">
        <Brand />
        <Inbox />
        <WorkspaceNav workspaces={workspaces} loading={spaces.fetching && !spaces.data} currentId={currentId} />
        {currentId && (
          <button
            type="button"
            className="btn btn-ghost btn-sm search-button"
            onClick={() => window.dispatchEvent(new Event("taskgraph:search"))}
          >
            Search cards <kbd>Ctrl K</kbd>
          </button>
        )}
        {currentId && <CommandPalette key={`palette-${currentId}`} workspaceId={currentId} />}
        {currentId && <BoardSwitcher key={currentId} workspaceId={currentId} boardId={"boardId" in route ? route.boardId : undefined} />}
        <Invitations invitations={invitations} />
        <UserMenu user={user} onProfile={route.page === "profile"} onSignedOut={onSignedOut} />
      </aside>
      <main className="main">
        {spaces.error && !spaces.data ? (
          <ErrorState error={spaces.error} />
        ) : route.page === "profile" ? (
          <ProfilePage />
        ) : route.page === "invite" ? (
          <InvitePage token={route.token} />
        ) : route.page === "home" ? (
          spaces.data && workspaces.length === 0 ? (
            <div className="empty-page">
              {/* An invitation waiting comes first: it is most likely why this person is here. */}
              {invitations.some((inv) => inv.status === "PENDING") && (
                <>
                  <h1>You have an invitation</h1>
                  <Invitations invitations={invitations} />
                  <h2>Or create a workspace of your own</h2>
                </>
              )}
              {!invitations.some((inv) => inv.status === "PENDING") && <h1>Create your first workspace</h1>}
              <p className="muted">A workspace holds one board and the people who work on it.</p>
              <CreateWorkspaceForm />
            </div>
          ) : (
            <Spinner label="Loading" />
          )
        ) : (
          <WorkspaceView key={route.workspaceId} route={route} me={user ?? null} />
        )}
      </main>
    </div>
  );
}
