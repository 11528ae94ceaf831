import { type FormEvent, useState } from "react";
import type { TaskPriority, TaskStatus } from "../../gql/graphql";
import { PRIORITIES, PRIORITY_LABEL, STATUS_LABEL, STATUSES } from "../../model/displayNames";
import type { BoardWorkspace, Task } from "../board/boardModel";
import { EditingFaces } from "../presence/Presence";
import { MemberOptions } from "../shared/MemberOptions";
import { Options } from "../shared/Options";
import { cardElement, Modal } from "../shared/Modal";
import type { Conflict } from "./conflict";
import { LabelPicker } from "./LabelPicker";
import { MoveToBoard } from "./MoveToBoard";
import { TaskComments } from "./TaskComments";
import { TaskHistory } from "./TaskHistory";
import { useTaskEditor } from "./useTaskEditor";

type Props = {
  task: Task;
  members: BoardWorkspace["members"];
  labels: BoardWorkspace["labels"];
  canManageLabels: boolean;
  canWrite: boolean;
  onClose: () => void;
  onConflict: (c: Conflict) => void;
};

/** A task's fields to read or edit, its history, and delete. */
export function TaskDialog({ task, members, labels, canManageLabels, canWrite, onClose, onConflict }: Props) {
  const { draft, edit, save, remove, reset, othersEditing, changedMeanwhile } = useTaskEditor(task, onConflict);
  const [confirmDelete, setConfirmDelete] = useState(false);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onClose();
    void save();
  }

  function onDelete() {
    onClose();
    void remove();
  }

  return (
    <Modal label="Task details" onClose={onClose} onSubmit={onSubmit} returnFocusTo={() => cardElement(task.id)}>
        <header className="modal-header">
          <span className="muted small">{STATUS_LABEL[task.status]}</span>
          <MoveToBoard task={task} canWrite={canWrite} onMoved={onClose} />
          <span className="spacer" />
          <EditingFaces people={othersEditing} />
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
          <input value={draft.title} onChange={(e) => edit({ title: e.target.value })} required maxLength={500} readOnly={!canWrite} autoFocus={canWrite} />
        </label>
        <label className="field">
          <span>Description</span>
          <textarea
            rows={5}
            value={draft.description}
            onChange={(e) => edit({ description: e.target.value })}
            readOnly={!canWrite}
            placeholder={canWrite ? "Add more detail…" : "No description"}
          />
        </label>
        <div className="field-grid">
          <label className="field">
            <span>Status</span>
            <select value={draft.status} disabled={!canWrite} onChange={(e) => edit({ status: e.target.value as TaskStatus })}>
              <Options values={STATUSES} labels={STATUS_LABEL} />
            </select>
          </label>
          <label className="field">
            <span>Priority</span>
            <select value={draft.priority} disabled={!canWrite} onChange={(e) => edit({ priority: e.target.value as TaskPriority })}>
              <Options values={PRIORITIES} labels={PRIORITY_LABEL} />
            </select>
          </label>
          <label className="field">
            <span>Assignee</span>
            <select value={draft.assigneeId} disabled={!canWrite} onChange={(e) => edit({ assigneeId: e.target.value })}>
              <option value="">Unassigned</option>
              <MemberOptions members={members} />
            </select>
          </label>
          <label className="field">
            <span>Due</span>
            <input type="date" value={draft.due} readOnly={!canWrite} onChange={(e) => edit({ due: e.target.value })} />
          </label>
        </div>
        <LabelPicker
          workspaceId={task.workspace.id}
          labels={labels}
          selected={draft.labelIds}
          canWrite={canWrite}
          canManage={canManageLabels}
          onChange={(labelIds) => edit({ labelIds })}
        />
        <TaskHistory task={task} members={members} canWrite={canWrite} onRestored={reset} />
        <TaskComments taskId={task.id} workspaceId={task.workspace.id} members={members.map((m) => m.user)} canComment={canWrite} />
        {canWrite ? (
          <footer className="modal-footer">
            {confirmDelete ? (
              <span className="row">
                <button type="button" className="btn btn-danger btn-sm" onClick={onDelete}>
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
            <button type="submit" className="btn btn-primary" disabled={!draft.title.trim()}>
              Save
            </button>
          </footer>
        ) : (
          <p className="muted small">You can view this task. Viewers can't edit.</p>
        )}
    </Modal>
  );
}
