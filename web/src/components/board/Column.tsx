import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
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
  /** More of the board's pages are on their way: the count is not final yet. */
  loadingMore?: boolean;
  canWrite: boolean;
  defaultAssigneeId?: string;
  onOpen: (id: string) => void;
  editing?: Map<string, { id: string; name: string }[]>;
};

/** Above this many cards a column draws only the ones in view (and a few more), so 5,000 cards scroll smoothly. */
export const VIRTUAL_FROM = 60;

export function Column({ status, workspaceId, tasks, total, loadingMore, canWrite, defaultAssigneeId, onOpen, editing }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: `${COLUMN_PREFIX}${status}` });
  const filtered = tasks.length !== total;
  const count = filtered ? `${tasks.length}/${total}` : String(total);
  const long = tasks.length > VIRTUAL_FROM;
  return (
    <section
      className={`column column-${status.toLowerCase()}${isOver ? " is-over" : ""}`}
      aria-label={STATUS_LABEL[status]}
      data-status={status}
    >
      <header className="column-header">
        <span className="status-dot" aria-hidden />
        <h2>{STATUS_LABEL[status]}</h2>
        <span
          className="count"
          data-testid={`count-${status}`}
          aria-busy={loadingMore || undefined}
          title={`${filtered ? `${tasks.length} shown of ${total}` : `${total} tasks`}${loadingMore ? ", more loading" : ""}`}
        >
          {loadingMore ? `${count}+` : count}
        </span>
      </header>
      <SortableContext items={tasks.map((t) => t.id)} strategy={verticalListSortingStrategy}>
        {long ? (
          <VirtualCards tasks={tasks} setNodeRef={setNodeRef} canWrite={canWrite} onOpen={onOpen} editing={editing} />
        ) : (
          <div ref={setNodeRef} className="column-body">
            {tasks.map((t) => (
              <SortableTaskCard key={t.id} task={t} draggable={canWrite} onOpen={onOpen} editors={editing?.get(t.id)} />
            ))}
            {tasks.length === 0 && <p className="column-empty">{filtered ? "No matching tasks" : "No tasks yet"}</p>}
          </div>
        )}
      </SortableContext>
      {canWrite && <NewTaskForm workspaceId={workspaceId} status={status} assigneeId={defaultAssigneeId} />}
    </section>
  );
}

type VirtualProps = Pick<Props, "tasks" | "canWrite" | "onOpen" | "editing"> & { setNodeRef: (node: HTMLElement | null) => void };

/** A long column scrolls on its own and mounts only the cards near its visible part (@tanstack/react-virtual). */
function VirtualCards({ tasks, setNodeRef, canWrite, onOpen, editing }: VirtualProps) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const rows = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 8,
    getItemKey: (i) => tasks[i]?.id ?? i,
  });
  return (
    <div
      ref={(node) => {
        scroller.current = node;
        setNodeRef(node);
      }}
      className="column-body column-scroll"
      data-testid="column-scroll"
    >
      <div style={{ height: rows.getTotalSize(), position: "relative" }}>
        {rows.getVirtualItems().map((row) => {
          const task = tasks[row.index];
          if (!task) return null;
          return (
            <div
              key={row.key}
              data-index={row.index}
              ref={rows.measureElement}
              className="virtual-row"
              style={{ position: "absolute", top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
            >
              <SortableTaskCard task={task} draggable={canWrite} onOpen={onOpen} editors={editing?.get(task.id)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
