import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import type { NotificationFieldsFragment } from "../../gql/graphql";
import { InboxQuery, MarkNotificationsReadMutation, NotificationAddedSubscription } from "../../graphql/notifications";
import { navigate, workspacePath } from "../../router";
import { Avatar } from "../shared/Avatar";
import { timeAgo } from "../shared/timeAgo";

const describe = (n: NotificationFieldsFragment) =>
  n.kind === "MENTIONED" ? `${n.actor.name} mentioned you on “${n.task.title}”` : `${n.actor.name} assigned you “${n.task.title}”`;

/** The sidebar's inbox: mentions and assignments, live, with the unread count on the button. */
export function Inbox() {
  const [result, refetch] = useQuery({ query: InboxQuery });
  useSubscription({ query: NotificationAddedSubscription }, (_prev: unknown, event) => {
    refetch({ requestPolicy: "network-only" });
    return event;
  });
  const [, markRead] = useMutation(MarkNotificationsReadMutation);
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const unread = result.data?.unreadNotificationCount ?? 0;
  const items = result.data?.notifications.edges.map((e) => e.node) ?? [];

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onClick = (e: MouseEvent) => panel.current && !panel.current.contains(e.target as Node) && setOpen(false);
    window.addEventListener("keydown", onKey);
    window.addEventListener("mousedown", onClick);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  async function mark(input: { ids?: string[]; all?: boolean }) {
    await markRead({ input });
    refetch({ requestPolicy: "network-only" });
  }

  function go(n: NotificationFieldsFragment) {
    if (!n.read) void mark({ ids: [n.id] });
    setOpen(false);
    navigate(workspacePath(n.task.workspace.id, undefined, n.task.board.id));
  }

  return (
    <div className="inbox" ref={panel}>
      <button
        type="button"
        className={`inbox-button${open ? " active" : ""}`}
        aria-expanded={open}
        aria-label={unread ? `Inbox, ${unread} unread` : "Inbox"}
        onClick={() => setOpen((o) => !o)}
      >
        <span>Inbox</span>
        {unread > 0 && (
          <span className="inbox-count" data-testid="inbox-count">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="inbox-panel" role="dialog" aria-label="Notifications">
          <header className="inbox-header">
            <strong>Notifications</strong>
            <span className="spacer" />
            {unread > 0 && (
              <button type="button" className="link-btn small" onClick={() => mark({ all: true })}>
                Mark all read
              </button>
            )}
          </header>
          {items.length === 0 ? (
            <p className="muted small inbox-empty">Nothing yet. Mentions and assignments show up here.</p>
          ) : (
            <ul className="inbox-list">
              {items.map((n) => (
                <li key={n.id} className={n.read ? "read" : "unread"}>
                  <button type="button" className="inbox-item" onClick={() => go(n)}>
                    <Avatar user={n.actor} size="sm" />
                    <span className="inbox-text">
                      <span>{describe(n)}</span>
                      {n.comment && <span className="muted small inbox-snippet">{n.comment.body.slice(0, 140)}</span>}
                      <span className="muted small">
                        {n.task.workspace.name} · {timeAgo(n.createdAt)}
                      </span>
                    </span>
                  </button>
                  {!n.read && (
                    <button
                      type="button"
                      className="icon-btn"
                      aria-label="Mark read"
                      title="Mark read"
                      onClick={() => mark({ ids: [n.id] })}
                    >
                      ✓
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
