import { useEffect, useRef } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import { RestoreTaskMutation, TaskHistoryQuery } from "../../graphql/tasks";
import { changedFields } from "../../model/taskFields";
import type { Task } from "../board/boardModel";
import { useUndoButton } from "../board/useUndoRedo";
import { useToast } from "../shared/Toasts";

type Json = Record<string, unknown> | null | undefined;

/** The task's log, newest first, refetched whenever the task's version moves; restore goes back to an entry. */
export function useTaskHistory(task: Task, onRestored: (task: Task) => void) {
  const [result, reexecute] = useQuery({ query: TaskHistoryQuery, variables: { id: task.id } });
  const [restoring, restore] = useMutation(RestoreTaskMutation);
  const toast = useToast();
  const undoButton = useUndoButton(task.workspace.id);

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
    // A restore is your newest change, so Undo takes it back.
    toast(`Restored “${r.data.restoreTask.title}” to how it was at version ${version}.`, "info", undoButton);
    onRestored(r.data.restoreTask);
  }

  return { loaded: !!node, loading: !node && result.fetching, history, restoring: restoring.fetching, restoreTo };
}

export type HistoryEntry = ReturnType<typeof useTaskHistory>["history"][number];

/** The fields one log entry made different, with the values either side (the headline is describeActivity's). */
export function describeEntry(entry: Pick<HistoryEntry, "before" | "after">) {
  const before = entry.before as Json;
  const after = entry.after as Json;
  return { before, after, fields: changedFields(before, after) };
}
