import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import { newMutationId } from "../../client/mutationId";
import { BoardsQuery } from "../../graphql/boards";
import { MoveTaskMutation } from "../../graphql/tasks";
import type { Task } from "../board/boardModel";
import { useToast } from "../shared/Toasts";

/** Trello's "Move": sends the card to another open board of the workspace, in the same column, at the top. */
export function MoveToBoard({ task, canWrite, onMoved }: { task: Task; canWrite: boolean; onMoved: () => void }) {
  const [boards] = useQuery({ query: BoardsQuery, variables: { id: task.workspace.id } });
  const [, moveTask] = useMutation(MoveTaskMutation);
  const toast = useToast();
  const open = (boards.data?.workspace?.boards ?? []).filter((b) => !b.archived);
  if (!canWrite || open.length < 2) return null;

  async function move(boardId: string) {
    if (!boardId || boardId === task.board.id) return;
    const to = open.find((b) => b.id === boardId);
    onMoved();
    const r = await moveTask({
      input: { id: task.id, status: task.status, boardId, expectedVersion: task.version, clientMutationId: newMutationId() },
    });
    if (r.error) toast(`“${task.title}” was not moved. ${describeError(r.error)}`);
    else toast(`Moved “${task.title}” to ${to?.name ?? "another board"}.`, "info");
  }

  return (
    <select className="move-board" aria-label="Move to board" value={task.board.id} onChange={(e) => void move(e.target.value)}>
      {open.map((b) => (
        <option key={b.id} value={b.id}>
          {b.id === task.board.id ? `On ${b.name}` : `Move to ${b.name}`}
        </option>
      ))}
    </select>
  );
}
