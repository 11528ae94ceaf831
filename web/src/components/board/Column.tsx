import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { TaskStatus } from "../../gql/graphql";
import { STATUS_LABEL } from "../../model/displayNames";
import { COLUMN_PREFIX, type Task } from "./boardModel";
import { NewTaskForm } from "./NewTaskForm";
import { SortableTaskCard } from "./TaskCard";

type Props = {
  status: TaskStatus;
  workspaceId: string;
  tasks: Task[];
  total: number;
  canWrite: boolean;
  defaultAssigneeId?: string;
  onOpen: (id: string) => void;
  editing?: Map<string, { id: string; name: string }[]>;
};

export function Column({ status, workspaceId, tasks, total, canWrite, defaultAssigneeId, onOpen, editing }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: `${COLUMN_PREFIX}${status}` });
  const filtered = tasks.length !== total;
  return (
    <section
      className={`column column-${status.toLowerCase()}${isOver ? " is-over" : ""}`}
      aria-label={STATUS_LABEL[status]}
      data-status={status}
    >
      <header className="column-header">
        <span className="status-dot" aria-hidden />
        <h2>{STATUS_LABEL[status]}</h2>
        <span className="count" data-testid={`count-${status}`} title={filtered ? `${tasks.length} shown of ${total}` : `${total} tasks`}>
          {filtered ? `${tasks.length}/${total}` : total}
        </span>
      </header>
      <div ref={setNodeRef} className="column-body">
        <SortableContext items={tasks.map((t) => t.id)} strategy={verticalListSortingStrategy}>
          {tasks.map((t) => (
            <SortableTaskCard key={t.id} task={t} draggable={canWrite} onOpen={onOpen} editors={editing?.get(t.id)} />
          ))}
        </SortableContext>
        {tasks.length === 0 && <p className="column-empty">{filtered ? "No matching tasks" : "No tasks yet"}</p>}
      </div>
      {canWrite && <NewTaskForm workspaceId={workspaceId} status={status} assigneeId={defaultAssigneeId} />}
    </section>
  );
}
