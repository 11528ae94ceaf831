import { useState } from "react";

type Props = { canWrite: boolean; canSave: boolean; onDelete: () => void; onClose: () => void };

/** Delete (asked twice), Cancel and Save; a viewer is told why there are none. */
export function TaskDialogFooter({ canWrite, canSave, onDelete, onClose }: Props) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  if (!canWrite) return <p className="muted small">You can view this task. Viewers can't edit.</p>;
  return (
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
      <button type="submit" className="btn btn-primary" disabled={!canSave}>
        Save
      </button>
    </footer>
  );
}
