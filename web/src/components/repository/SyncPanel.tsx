import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import {
  CancelRepositorySyncMutation,
  RepositoryBranchesQuery,
  RepositoryPanelQuery,
  StartRepositorySyncMutation,
  UnlinkRepositoryMutation,
} from "../../graphql/repository";
import { useToast } from "../shared/Toasts";
import { LinkRepositoryForm } from "./LinkRepositoryForm";
import { isActive } from "./phases";
import { SyncBanner } from "./SyncBanner";
import { SyncHistory } from "./SyncHistory";
import "./repository.css";

const rank = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 } as const;

/**
 * Workspace settings, "Code": the linked repository, a branch to sync and "Sync now", the live banner of
 * the running sync, and the history. TODO / FIXME / HACK comments of the branch become tasks.
 */
export function SyncPanel({ workspaceId }: { workspaceId: string }) {
  const [{ data, error }, refetch] = useQuery({
    query: RepositoryPanelQuery,
    variables: { id: workspaceId },
    requestPolicy: "cache-and-network",
  });
  const workspace = data?.workspace;
  const repository = workspace?.repository;
  const [branches] = useQuery({ query: RepositoryBranchesQuery, variables: { workspaceId }, pause: !repository });
  const [branch, setBranch] = useState("");
  const [, start] = useMutation(StartRepositorySyncMutation);
  const [, cancel] = useMutation(CancelRepositorySyncMutation);
  const [, unlink] = useMutation(UnlinkRepositoryMutation);
  const toast = useToast();
  const reload = () => refetch({ requestPolicy: "network-only" });

  if (!workspace) return error ? <p className="form-error">{describeError(error)}</p> : null;
  const role = rank[workspace.myRole as keyof typeof rank] ?? 0;
  const syncs = workspace.repositorySyncs.edges.map((e) => e.node);
  const latest = syncs[0];
  const running = latest && isActive(latest.status) ? latest : null;

  return (
    <section className="panel sync-panel" aria-labelledby="sync-panel-title">
      <header className="panel-header">
        <h2 id="sync-panel-title">Code</h2>
        <span className="muted">TODO, FIXME and HACK comments of a Git branch become tasks labelled “from-code”.</span>
      </header>
      <div className="sync-panel-body">
        {!repository ? (
          role >= rank.ADMIN ? (
            <LinkRepositoryForm workspaceId={workspaceId} onLinked={reload} />
          ) : (
            <p className="muted">No repository is linked. An admin can link one.</p>
          )
        ) : (
          <>
            <div className="repo-summary">
              <strong>
                {repository.url ? (
                  <a href={repository.url} target="_blank" rel="noreferrer">
                    {repository.name}
                  </a>
                ) : (
                  repository.name
                )}
              </strong>
              <span className="muted">
                {repository.provider === "GITHUB" ? "GitHub" : repository.path}
                {repository.hasToken ? " · token stored" : ""} · linked by {repository.linkedBy.name}
              </span>
              <span className="spacer" />
              {role >= rank.ADMIN && (
                <button
                  type="button"
                  className="btn btn-sm btn-ghost"
                  disabled={!!running}
                  onClick={async () => {
                    const r = await unlink({ input: { workspaceId } });
                    if (r.error) toast(describeError(r.error));
                    else reload();
                  }}
                >
                  Unlink
                </button>
              )}
            </div>
            {role >= rank.MEMBER && (
              <form
                className="sync-start"
                onSubmit={async (e) => {
                  e.preventDefault();
                  const r = await start({ input: { workspaceId, branch: branch || null } });
                  if (r.error) toast(describeError(r.error));
                  reload();
                }}
              >
                <label>
                  Branch{" "}
                  <select aria-label="Branch" value={branch || repository.defaultBranch} onChange={(e) => setBranch(e.target.value)}>
                    {(branches.data?.repositoryBranches ?? [{ name: repository.defaultBranch, isDefault: true }]).map((b) => (
                      <option key={b.name} value={b.name}>
                        {b.name}
                        {b.isDefault ? " (default)" : ""}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="btn btn-primary" disabled={!!running}>
                  Sync now
                </button>
              </form>
            )}
            {latest && (
              <SyncBanner
                key={latest.id}
                sync={latest}
                canCancel={role >= rank.MEMBER}
                onEnded={reload}
                onCancel={async () => {
                  const r = await cancel({ input: { syncId: latest.id } });
                  if (r.error) toast(describeError(r.error));
                  reload();
                }}
              />
            )}
            <h3 className="sync-history-title">History</h3>
            <SyncHistory syncs={syncs} />
          </>
        )}
      </div>
    </section>
  );
}
