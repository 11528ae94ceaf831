import { useQuery } from "urql";
import type { ActivityFieldsFragment } from "../../gql/graphql";
import { ActivityQuery } from "../../graphql/activity";
import { STATUS_LABEL } from "../../model/displayNames";
import { Avatar } from "../shared/Avatar";
import { ErrorState, Spinner } from "../shared/States";
import { timeAgo } from "../shared/timeAgo";

type Meta = { before?: Record<string, unknown>; after?: Record<string, unknown>; changed?: string[]; [k: string]: unknown };

/** One line in plain words for a log entry. */
export function describeActivity(a: ActivityFieldsFragment): string {
  const m = (a.metadata ?? {}) as Meta;
  const title = String(m.after?.title ?? m.before?.title ?? "a task");
  const status = (s: unknown) => STATUS_LABEL[s as keyof typeof STATUS_LABEL] ?? String(s);
  const lower = (s: unknown) => String(s ?? "").toLowerCase();
  switch (a.action) {
    case "TASK_CREATED":
      return `created “${title}”`;
    case "TASK_MOVED":
      if (m.before?.boardId && m.after?.boardId && m.before.boardId !== m.after.boardId) return `moved “${title}” to another board`;
      return m.before?.status !== m.after?.status ? `moved “${title}” to ${status(m.after?.status)}` : `reordered “${title}”`;
    case "TASK_UPDATED":
      return m.changed?.length
        ? `updated ${m.changed.map((c) => (c === "assigneeId" ? "assignee" : c)).join(", ")} of “${title}”`
        : `updated “${title}”`;
    case "TASK_DELETED":
      return `deleted “${title}”`;
    case "MEMBER_INVITED":
      return `${m.resent ? "sent a new invite link to" : "invited"} ${m.email} as ${lower(m.role)}`;
    case "INVITATION_REVOKED":
      return `withdrew the invitation for ${m.email}`;
    case "INVITATION_DECLINED":
      return `declined the invitation for ${m.email}`;
    case "MEMBER_JOINED":
      return `joined as ${lower(m.role)}`;
    case "MEMBER_ROLE_CHANGED":
      return `changed a role from ${lower(m.from)} to ${lower(m.to)}`;
    case "MEMBER_REMOVED":
      return m.left ? "left the workspace" : "removed a member";
    case "WORKSPACE_CREATED":
      return `created the workspace`;
    case "WORKSPACE_RENAMED":
      return `renamed the workspace to “${m.to}”`;
    case "BOARD_CREATED":
      return `created the board “${m.name}”`;
    case "BOARD_RENAMED":
      return `renamed the board “${m.before?.name}” to “${m.after?.name}”`;
    case "BOARD_ARCHIVED":
      return `archived the board “${m.name}”`;
    case "BOARD_UNARCHIVED":
      return `reopened the board “${m.name}”`;
    case "CHECKPOINT_CREATED":
      return `saved the checkpoint “${m.name}” (version ${m.version})`;
    case "CHECKPOINT_DELETED":
      return `deleted the checkpoint “${m.name}”`;
    case "COMMENT_ADDED":
    case "COMMENT_EDITED": {
      const body = String(m.body ?? m.after?.body ?? "");
      const said = `“${body.length > 60 ? `${body.slice(0, 60)}…` : body}”`;
      return a.action === "COMMENT_ADDED" ? `commented ${said}` : `edited a comment: ${said}`;
    }
    case "COMMENT_DELETED":
      return "deleted a comment";
  }
  return lower(a.action).replace("_", " ");
}

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
