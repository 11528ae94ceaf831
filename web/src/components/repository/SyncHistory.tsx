import type { RepositoryPanelQuery } from "../../gql/graphql";
import { timeAgo } from "../shared/timeAgo";
import { elapsed, STATUS_LABEL } from "./phases";

type Sync = NonNullable<RepositoryPanelQuery["workspace"]>["repositorySyncs"]["edges"][number]["node"];

/** Past syncs, newest first, with what each did and why one failed. */
export function SyncHistory({ syncs }: { syncs: Sync[] }) {
  if (syncs.length === 0) return <p className="muted sync-empty">No sync yet.</p>;
  return (
    <ul className="sync-history" aria-label="Sync history">
      {syncs.map((s) => (
        <li key={s.id} className={`sync-${s.status.toLowerCase()}`}>
          <div className="sync-history-head">
            <strong>{STATUS_LABEL[s.status]}</strong>
            <span className="muted">
              {s.branch}
              {s.headSha ? ` @ ${s.headSha.slice(0, 7)}` : ""} · {timeAgo(s.createdAt)} by {s.startedBy.name}
              {s.completedAt ? ` · ${elapsed(s.startedAt ?? s.createdAt, new Date(s.completedAt).getTime())}` : ""}
            </span>
          </div>
          <div className="sync-stats muted">
            {s.stats.filesScanned} scanned / {s.stats.filesTotal} files ({s.stats.filesSkipped} skipped) · {s.stats.todosFound} TODOs ·{" "}
            {s.stats.tasksCreated} new · {s.stats.tasksUpdated} updated · {s.stats.tasksClosed} closed · {s.stats.tasksReopened} reopened
          </div>
          {s.error && (
            <div className="sync-error" role="alert">
              {s.error.code}: {s.error.message}
              {s.error.retryAt ? ` Retry after ${new Date(s.error.retryAt).toLocaleTimeString()}.` : ""}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
