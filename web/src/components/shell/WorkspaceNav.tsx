import type { WorkspacesQuery } from "../../gql/graphql";
import { workspacePath } from "../../router";
import { followLink } from "../shared/followLink";
import { Spinner } from "../shared/States";
import { CreateWorkspaceForm } from "./CreateWorkspaceForm";

type Props = { workspaces: WorkspacesQuery["workspaces"]; loading: boolean; currentId: string | null };

/** The sidebar's list of your workspaces, the current one marked, and "New workspace". */
export function WorkspaceNav({ workspaces, loading, currentId }: Props) {
  return (
    <nav className="ws-nav" aria-label="Workspaces">
      <div className="nav-heading">Workspaces</div>
      {loading && <Spinner label="Loading workspaces" />}
      {workspaces.map((w) => (
        <a
          key={w.id}
          href={workspacePath(w.id)}
          className={`ws-link${w.id === currentId ? " active" : ""}`}
          aria-current={w.id === currentId ? "page" : undefined}
          onClick={followLink(workspacePath(w.id))}
        >
          <span className="ws-icon" aria-hidden>
            {w.name.slice(0, 1).toUpperCase()}
          </span>
          <span className="ws-name">{w.name}</span>
        </a>
      ))}
      <CreateWorkspaceForm compact />
    </nav>
  );
}
