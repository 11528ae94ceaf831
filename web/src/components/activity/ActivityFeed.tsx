import { useQuery } from "urql";
import { ActivityQuery } from "../../graphql/activity";
import { Avatar } from "../shared/Avatar";
import { ErrorState, Spinner } from "../shared/States";
import { timeAgo } from "../shared/timeAgo";
import { describeActivity } from "./describeActivity";

export function ActivityFeed({ workspaceId }: { workspaceId: string }) {
  // Kept live by the activityAdded subscription; the polling fallback (WorkspaceView) refetches it when needed.
  const [result] = useQuery({ query: ActivityQuery, variables: { id: workspaceId } });
  const entries = result.data?.workspace?.activity.edges.map((e) => e.node) ?? [];

  return (
    <aside className="activity" aria-label="Activity">
      <h2>Activity</h2>
      {result.fetching && !result.data && <Spinner label="Loading activity" />}
      {result.error && !result.data && <ErrorState error={result.error} />}
      {result.data && entries.length === 0 && <p className="muted small">Nothing has happened here yet.</p>}
      <ol className="activity-list">
        {entries.map((a) => (
          <li key={a.id} data-testid="activity-item">
            <Avatar user={a.actor} size="sm" />
            <div>
              <p>
                <strong>{a.actor.name}</strong> {describeActivity(a)}
              </p>
              <time className="muted small" dateTime={a.createdAt}>
                {timeAgo(a.createdAt)}
              </time>
            </div>
          </li>
        ))}
      </ol>
    </aside>
  );
}
