import { FIELD_LABEL, formatField } from "../../model/taskFields";
import { describeActivity } from "../activity/describeActivity";
import type { BoardWorkspace, Task } from "../board/boardModel";
import { Avatar } from "../shared/Avatar";
import { Spinner } from "../shared/States";
import { timeAgo } from "../shared/timeAgo";
import { describeEntry, useTaskHistory } from "./useTaskHistory";

type Props = { task: Task; members: BoardWorkspace["members"]; canWrite: boolean; onRestored: (task: Task) => void };

/** The task's log, newest first, with what each change did and a way back to any earlier version. */
export function TaskHistory({ task, members, canWrite, onRestored }: Props) {
  const { loaded, loading, history, restoring, restoreTo } = useTaskHistory(task, onRestored);
  const people = members.map((m) => m.user);

  return (
    <section className="history" aria-label="History">
      <h3 className="history-heading">History</h3>
      {loading && <Spinner label="Loading history" />}
      {loaded && history.length === 0 && <p className="muted small">No changes recorded yet.</p>}
      <ol className="timeline">
        {history.map((entry, i) => {
          const { before, after, fields } = describeEntry(entry);
          const isCurrent = i === 0;
          const restorable = canWrite && !isCurrent && entry.action !== "TASK_DELETED";
          return (
            <li key={entry.id} className="timeline-item" data-testid="history-entry">
              <Avatar user={entry.actor} size="sm" />
              <div className="timeline-body">
                <p>
                  {/* The same words as the activity feed: one function says what a log entry did. */}
                  <strong>{entry.actor.name}</strong> {describeActivity(entry)}
                  <span className="muted small">
                    {" "}
                    · v{entry.version} · {timeAgo(entry.createdAt)}
                  </span>
                </p>
                {fields.length > 0 && (
                  <ul className="changes">
                    {fields.map((f) => (
                      <li key={f}>
                        <span className="change-field">{FIELD_LABEL[f]}</span> <del>{formatField(f, before?.[f], people)}</del> →{" "}
                        <ins>{formatField(f, after?.[f], people)}</ins>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              {isCurrent ? (
                <span className="current-tag">Current</span>
              ) : restorable ? (
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  disabled={restoring}
                  onClick={() => restoreTo(entry.version)}
                  aria-label={`Restore this version (v${entry.version})`}
                  title="Restore this version"
                >
                  Restore
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
