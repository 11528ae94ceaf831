import { useEffect, useRef } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import type { ActivityAction } from "../../gql/graphql";
import { RestoreTaskMutation, TaskHistoryQuery } from "../../graphql/tasks";
import { changedFields, FIELD_LABEL, formatField } from "../../model/taskFields";
import { timeAgo } from "../shared/timeAgo";
import { Avatar } from "../shared/Avatar";
import type { BoardWorkspace, Task } from "../board/boardModel";
import { Spinner } from "../shared/States";
import { useToast } from "../shared/Toasts";

const VERB: Partial<Record<ActivityAction, string>> = {
  TASK_CREATED: "created",
  TASK_UPDATED: "edited",
  TASK_MOVED: "moved",
  TASK_DELETED: "deleted",
  TASK_RESTORED: "restored",
};

type Json = Record<string, unknown> | null | undefined;

type Props = { task: Task; members: BoardWorkspace["members"]; canWrite: boolean; onRestored: (task: Task) => void };

/** The task's log, newest first, with what each change did and a way back to any earlier version. */
export function TaskHistory({ task, members, canWrite, onRestored }: Props) {
  const [result, reexecute] = useQuery({ query: TaskHistoryQuery, variables: { id: task.id } });
  const [restoring, restore] = useMutation(RestoreTaskMutation);
  const toast = useToast();
  const people = members.map((m) => m.user);

  // Every change bumps the task's version: fetch the log again so the newest entry shows up.
  const seen = useRef(task.version);
  useEffect(() => {
    if (task.version !== seen.current) {
      seen.current = task.version;
      reexecute({ requestPolicy: "network-only" });
    }
  }, [task.version, reexecute]);

  const node = result.data?.node;
  const history = node && "history" in node ? [...node.history].reverse() : [];

  async function restoreTo(version: number) {
    const r = await restore({ input: { id: task.id, version } });
    if (r.error || !r.data) return toast(`Couldn't restore “${task.title}”. ${describeError(r.error)}`);
    toast(`Restored “${r.data.restoreTask.title}” to how it was at version ${version}.`, "info");
    onRestored(r.data.restoreTask);
  }

  return (
    <section className="history" aria-label="History">
      <h3 className="history-heading">History</h3>
      {!node && result.fetching && <Spinner label="Loading history" />}
      {node && history.length === 0 && <p className="muted small">No changes recorded yet.</p>}
      <ol className="timeline">
        {history.map((entry, i) => {
          const before = entry.before as Json;
          const after = entry.after as Json;
          const fields = changedFields(before, after);
          const reordered = fields.length === 0 && before?.position !== undefined && before.position !== after?.position;
          const meta = (entry.metadata ?? {}) as { undo?: boolean; redo?: boolean; restoredFrom?: number };
          const how = meta.undo
            ? "undid a change"
            : meta.redo
              ? "redid a change"
              : meta.restoredFrom != null
                ? `restored v${meta.restoredFrom}`
                : null;
          const isCurrent = i === 0;
          const restorable = canWrite && !isCurrent && entry.action !== "TASK_DELETED";
          return (
            <li key={entry.id} className="timeline-item" data-testid="history-entry">
              <Avatar user={entry.actor} size="sm" />
              <div className="timeline-body">
                <p>
                  <strong>{entry.actor.name}</strong> {how ?? VERB[entry.action] ?? entry.action.toLowerCase()}
                  {entry.action === "TASK_CREATED" && after?.title ? ` “${String(after.title)}”` : ""}
                  {reordered ? " (reordered)" : ""}
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
                  disabled={restoring.fetching}
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
