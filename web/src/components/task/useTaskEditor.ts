import { useState } from "react";
import { useMutation } from "urql";
import { describeError } from "../../client/errors";
import { newMutationId } from "../../client/mutationId";
import type { TaskPriority, TaskStatus, UpdateTaskInput } from "../../gql/graphql";
import { DeleteTaskMutation, UpdateTaskMutation } from "../../graphql/tasks";
import type { Task } from "../board/boardModel";
import { useUndoButton } from "../board/useUndoRedo";
import { usePresence } from "../presence/Presence";
import { useToast } from "../shared/Toasts";
import { type Conflict, conflictCurrent } from "./conflict";

export interface TaskDraft {
  title: string;
  description: string;
  priority: TaskPriority;
  status: TaskStatus;
  /** "" for unassigned. */
  assigneeId: string;
  labelIds: string[];
  /** yyyy-mm-dd (the viewer's day), "" for none. */
  due: string;
}

/** A due date is the end of the chosen day where the user is. */
const dueFromDay = (day: string) => (day ? new Date(`${day}T23:59:59`).toISOString() : null);
const dayOf = (iso: string | null | undefined) => {
  if (!iso) return "";
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const draftOf = (t: Task): TaskDraft => ({
  title: t.title,
  description: t.description,
  priority: t.priority,
  status: t.status,
  assigneeId: t.assignee?.id ?? "",
  labelIds: t.labels.map((l) => l.id),
  due: dayOf(t.dueAt),
});

/** Only what the draft changes, so a concurrent edit to another field is not overwritten. */
export function changedInput(base: Task, draft: TaskDraft): UpdateTaskInput {
  const input: UpdateTaskInput = { id: base.id };
  if (draft.title.trim() !== base.title) input.title = draft.title.trim();
  if (draft.description !== base.description) input.description = draft.description;
  if (draft.priority !== base.priority) input.priority = draft.priority;
  if (draft.status !== base.status) input.status = draft.status;
  if (draft.assigneeId !== (base.assignee?.id ?? "")) input.assigneeId = draft.assigneeId || null;
  if (draft.labelIds.join() !== base.labels.map((l) => l.id).join()) input.labelIds = draft.labelIds;
  if (draft.due !== dayOf(base.dueAt)) input.dueAt = dueFromDay(draft.due);
  return input;
}

/**
 * The task dialog's data: a draft of the task's fields, saved as an update of only what changed (from the
 * version the edit started at), or a delete; a conflicting save is handed to `onConflict`.
 */
export function useTaskEditor(task: Task, onConflict: (c: Conflict) => void) {
  // What this edit is based on: live updates may change `task` while the dialog is open, and the server must
  // be told the version we started from so it can refuse to silently overwrite someone else's change.
  const [base, setBase] = useState(task);
  const [draft, setDraft] = useState(() => draftOf(task));
  const [, updateTask] = useMutation(UpdateTaskMutation);
  const [, deleteTask] = useMutation(DeleteTaskMutation);
  const undoButton = useUndoButton(task.workspace.id);
  const toast = useToast();
  const othersEditing = usePresence().editing.get(task.id) ?? [];

  function reset(t: Task) {
    setBase(t);
    setDraft(draftOf(t));
  }

  async function save() {
    const input = changedInput(base, draft);
    if (Object.keys(input).length === 1) return;
    const r = await updateTask({ input: { ...input, expectedVersion: base.version, clientMutationId: newMutationId() } });
    const current = conflictCurrent(r.error);
    if (current) onConflict({ base, mine: input, current });
    else if (r.error) toast(`Your edit to "${task.title}" was undone. ${describeError(r.error)}`);
  }

  async function remove() {
    const r = await deleteTask({ input: { id: task.id, clientMutationId: newMutationId() } });
    if (r.error) return toast(`"${task.title}" wasn't deleted. ${describeError(r.error)}`);
    // The delete is the newest change of yours, so undo brings this card back.
    toast(`Deleted “${task.title}”.`, "info", undoButton);
  }

  const edit = (patch: Partial<TaskDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return { draft, edit, save, remove, reset, othersEditing, changedMeanwhile: task.version !== base.version };
}
