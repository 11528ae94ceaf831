import { useEffect, useRef } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import { RestoreTaskMutation, TaskHistoryQuery } from "../../graphql/tasks";
import { changedFields } from "../../model/taskFields";
import type { Task } from "../board/boardModel";
import { useToast } from "../shared/Toasts";

type Json = Record<string, unknown> | null | undefined;

/** The task's log, newest first, refetched whenever the task's version moves; restore goes back to an entry. */
export function useTaskHistory(task: Task, onRestored: (task: Task) => void) {
  const [result, reexecute] = useQuery({ query: TaskHistoryQuery, variables: { id: task.id } });
  const [restoring, restore] = useMutation(RestoreTaskMutation);
  const toast = useToast();

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

  return { loaded: !!node, loading: !node && result.fetching, history, restoring: restoring.fetching, restoreTo };
}

export type HistoryEntry = ReturnType<typeof useTaskHistory>["history"][number];

/** What one log entry did: the fields it changed, whether it only reordered, and how (undo, redo, restore). */
export function describeEntry(entry: Pick<HistoryEntry, "before" | "after" | "metadata">) {
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
  return { before, after, fields, reordered, how };
}
