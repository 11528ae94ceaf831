import { type FormEvent, type KeyboardEvent, useState } from "react";
import { useMutation } from "urql";
import { describeError } from "../../client/errors";
import { newMutationId } from "../../client/mutationId";
import type { TaskStatus } from "../../gql/graphql";
import { CreateTaskMutation } from "../../graphql/tasks";
import { STATUS_LABEL } from "../../model/displayNames";
import { useToast } from "../shared/Toasts";
import { useCurrentBoard } from "./currentBoard";

type Props = {
  workspaceId: string;
  status: TaskStatus;
  assigneeId?: string;
  /** The card is on its way to the server. */
  onCreating?: () => void;
  /** The server made the card: the column brings it into sight. */
  onCreated?: (id: string) => void;
};

/** Inline "add a card" at the bottom of a column; stays open for quick entry of several tasks. */
export function NewTaskForm({ workspaceId, status, assigneeId, onCreating, onCreated }: Props) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [, createTask] = useMutation(CreateTaskMutation);
  const toast = useToast();
  const boardId = useCurrentBoard();

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const clean = title.trim();
    if (!clean) return;
    setTitle("");
    onCreating?.();
    const r = await createTask({
      input: {
        workspaceId,
        title: clean,
        status,
        clientMutationId: newMutationId(),
        ...(boardId ? { boardId } : {}),
        ...(assigneeId ? { assigneeId } : {}),
      },
    });
    if (r.error) {
      toast(`"${clean}" wasn't created. ${describeError(r.error)}`);
      setTitle(clean);
    } else if (r.data?.createTask) onCreated?.(r.data.createTask.id);
  }

  function cancel() {
    setOpen(false);
    setTitle("");
  }

  function onKey(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && !e.shiftKey) submit(e);
    if (e.key === "Escape") cancel();
  }

  if (!open)
    return (
      <button type="button" className="add-task" onClick={() => setOpen(true)} aria-label={`Add task to ${STATUS_LABEL[status]}`}>
        + Add task
      </button>
    );
  return (
    <form className="new-task" onSubmit={submit}>
      <textarea
        autoFocus
        rows={2}
        placeholder="What needs doing?"
        aria-label={`New task title in ${STATUS_LABEL[status]}`}
        value={title}
        maxLength={500}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={onKey}
      />
      <div className="row">
        <button type="submit" className="btn btn-primary btn-sm" disabled={!title.trim()}>
          Add
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
