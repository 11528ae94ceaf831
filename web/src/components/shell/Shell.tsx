import { useEffect } from "react";
import { useMutation, useQuery } from "urql";
import { MeQuery, SignOutMutation } from "../../graphql/auth";
import { WorkspacesQuery } from "../../graphql/workspaces";
import { navigate, PROFILE_PATH, useRoute, workspacePath } from "../../router";
import { pageTitle, useDocumentTitle } from "../../pageTitle";
import { Avatar } from "../shared/Avatar";
import { Brand } from "../shared/Brand";
import { followLink } from "../shared/followLink";
import { CreateWorkspaceForm } from "./CreateWorkspaceForm";
import { Invitations } from "../members/Invitations";
import { BoardSwitcher } from "../board/BoardSwitcher";
import { CommandPalette } from "../search/CommandPalette";
import { Inbox } from "../inbox/Inbox";
import { InvitePage } from "../members/InvitePage";
import { ProfilePage } from "../profile/ProfilePage";
import { WorkspaceView } from "../workspace/WorkspaceView";
import { ErrorState, Spinner } from "../shared/States";

export function Shell({ onSignedOut }: { onSignedOut: () => void }) {
  const route = useRoute();
  // Workspace pages name themselves (WorkspaceView); the others are named here.
  useDocumentTitle("workspaceId" in route ? null : pageTitle(route));
  const [me] = useQuery({ query: MeQuery });
  const [spaces] = useQuery({ query: WorkspacesQuery });
  const [, signOut] = useMutation(SignOutMutation);
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
        <nav className="ws-nav" aria-label="Workspaces">
          <div className="nav-heading">Workspaces</div>
          {spaces.fetching && !spaces.data && <Spinner label="Loading workspaces" />}
          {workspaces.map((w) => (
            <a
              key={w.id}
              href={workspacePath(w.id)}
              className={`ws-link${w.id === currentId ? " active" : ""}`}
              aria-current={w.id === currentId ? "page" : undefined}
              onClick={followLink(workspacePath(w.id))}
            >
              <span className="ws-icon" aria-hidden>{w.name.slice(0, 1).toUpperCase()}</span>
              <span className="ws-name">{w.name}</span>
            </a>
          ))}
          <CreateWorkspaceForm compact />
        </nav>
        {currentId && (
          <button type="button" className="btn btn-ghost btn-sm search-button" onClick={() => window.dispatchEvent(new Event("taskgraph:search"))}>
            Search cards <kbd>Ctrl K</kbd>
          </button>
        )}
        {currentId && <CommandPalette key={`palette-${currentId}`} workspaceId={currentId} />}
        {currentId && <BoardSwitcher key={currentId} workspaceId={currentId} boardId={"boardId" in route ? route.boardId : undefined} />}
        <Invitations invitations={invitations} />
        <div className="sidebar-footer">
          {user && (
            <a
              href={PROFILE_PATH}
              className={`me${route.page === "profile" ? " active" : ""}`}
              aria-current={route.page === "profile" ? "page" : undefined}
              title="Your profile and activity"
              onClick={followLink(PROFILE_PATH)}
            >
              <Avatar user={user} size="sm" />
              <div className="me-text">
                <strong>{user.name}</strong>
                <span className="muted">Your profile · {user.email}</span>
              </div>
            </a>
          )}
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={async () => {
              await signOut({});
              onSignedOut();
            }}
          >
            Sign out
          </button>
        </div>
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
              <h1>Create your first workspace</h1>
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
