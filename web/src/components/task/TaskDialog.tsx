import { useEffect, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { describeError } from "../../client/errors";
import type { TaskPriority, TaskStatus, UpdateTaskInput } from "../../gql/graphql";
import { DeleteTaskMutation, UpdateTaskMutation } from "../../graphql/tasks";
import { newMutationId } from "../../client/mutationId";
import { PRIORITIES, PRIORITY_LABEL, STATUS_LABEL, STATUSES } from "../../model/taskOptions";
import type { BoardWorkspace, Task } from "../board/boardModel";
import { conflictCurrent, type Conflict } from "./ConflictDialog";
import { MemberOptions } from "../shared/MemberOptions";
import { EditingFaces, usePresence } from "../presence/Presence";
import { TaskHistory } from "./TaskHistory";
import { useToast } from "../shared/Toasts";

type Props = {
  task: Task;
  members: BoardWorkspace["members"];
  canWrite: boolean;
  onClose: () => void;
  onConflict: (c: Conflict) => void;
};

export function TaskDialog({ task, members, canWrite, onClose, onConflict }: Props) {
  // What this edit is based on: live updates may change `task` while the dialog is open, and the server must
  // be told the version we started from so it can refuse to silently overwrite someone else's change.
  const [base, setBase] = useState(task);
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description);
  const [priority, setPriority] = useState<TaskPriority>(task.priority);
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [assigneeId, setAssigneeId] = useState(task.assignee?.id ?? "");
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [, updateTask] = useMutation(UpdateTaskMutation);
  const [, deleteTask] = useMutation(DeleteTaskMutation);
  const toast = useToast();
  const others = usePresence().editing.get(task.id) ?? [];
  const changedMeanwhile = task.version !== base.version;

  function reset(t: Task) {
    setBase(t);
    setTitle(t.title);
    setDescription(t.description);
    setPriority(t.priority);
    setStatus(t.status);
    setAssigneeId(t.assignee?.id ?? "");
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  async function save(e: FormEvent) {
    e.preventDefault();
    // Send only what changed so a concurrent edit to another field is not overwritten.
    const input: UpdateTaskInput = { id: task.id };
    if (title.trim() !== base.title) input.title = title.trim();
    if (description !== base.description) input.description = description;
    if (priority !== base.priority) input.priority = priority;
    if (status !== base.status) input.status = status;
    if (assigneeId !== (base.assignee?.id ?? "")) input.assigneeId = assigneeId || null;
    onClose();
    if (Object.keys(input).length === 1) return;
    const r = await updateTask({ input: { ...input, expectedVersion: base.version, clientMutationId: newMutationId() } });
    const current = conflictCurrent(r.error);
    if (current) onConflict({ base, mine: input, current });
    else if (r.error) toast(`Your edit to "${task.title}" was undone. ${describeError(r.error)}`);
  }

  async function remove() {
    onClose();
    const r = await deleteTask({ input: { id: task.id, clientMutationId: newMutationId() } });
    if (r.error) toast(`"${task.title}" wasn't deleted. ${describeError(r.error)}`);
  }

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form className="modal" role="dialog" aria-modal="true" aria-label="Task details" onSubmit={save}>
        <header className="modal-header">
          <span className="muted small">{STATUS_LABEL[task.status]}</span>
          <span className="spacer" />
          <EditingFaces people={others} />
          <button type="button" className="icon-btn" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {canWrite && changedMeanwhile && (
          <p className="notice" role="status">
            Someone else changed this task while you had it open. If you save, you'll be asked which version to keep.
          </p>
        )}
        <label className="field">
          <span>Title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={500} readOnly={!canWrite} autoFocus={canWrite} />
        </label>
        <label className="field">
          <span>Description</span>
          <textarea
            rows={5}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            readOnly={!canWrite}
            placeholder={canWrite ? "Add more detail…" : "No description"}
          />
        </label>
        <div className="field-grid">
          <label className="field">
            <span>Status</span>
            <select value={status} disabled={!canWrite} onChange={(e) => setStatus(e.target.value as TaskStatus)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Priority</span>
            <select value={priority} disabled={!canWrite} onChange={(e) => setPriority(e.target.value as TaskPriority)}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {PRIORITY_LABEL[p]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Assignee</span>
            <select value={assigneeId} disabled={!canWrite} onChange={(e) => setAssigneeId(e.target.value)}>
              <option value="">Unassigned</option>
              <MemberOptions members={members} />
            </select>
          </label>
        </div>
        <TaskHistory task={task} members={members} canWrite={canWrite} onRestored={reset} />
        {canWrite ? (
          <footer className="modal-footer">
            {confirmDelete ? (
              <span className="row">
                <button type="button" className="btn btn-danger btn-sm" onClick={remove}>
                  Delete task
                </button>
                <button type="button" className="btn btn-ghost btn-sm" onClick={() => setConfirmDelete(false)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" className="btn btn-ghost btn-sm danger-text" onClick={() => setConfirmDelete(true)}>
                Delete
              </button>
            )}
            <span className="spacer" />
            <button type="button" className="btn btn-ghost" onClick={onClose}>
              Cancel
            </button>
            <button className="btn btn-primary" disabled={!title.trim()}>
              Save
            </button>
          </footer>
        ) : (
          <p className="muted small">You can view this task. Viewers can't edit.</p>
        )}
      </form>
    </div>
  );
}
