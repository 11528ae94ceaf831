import type { FormEvent } from "react";
import { STATUS_LABEL } from "../../model/displayNames";
import type { BoardWorkspace, Task } from "../board/boardModel";
import { EditingFaces } from "../presence/Presence";
import { cardElement, Modal } from "../shared/Modal";
import type { Conflict } from "./conflict";
import { LabelPicker } from "./LabelPicker";
import { MoveToBoard } from "./MoveToBoard";
import { TaskComments } from "./TaskComments";
import { TaskDialogFooter } from "./TaskDialogFooter";
import { TaskFieldsForm } from "./TaskFieldsForm";
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
      <TaskFieldsForm draft={draft} edit={edit} members={members} canWrite={canWrite} />
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
      <TaskDialogFooter canWrite={canWrite} canSave={!!draft.title.trim()} onDelete={onDelete} onClose={onClose} />
    </Modal>
  );
}
