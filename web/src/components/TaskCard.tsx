import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { KeyboardEvent } from "react";
import { isOptimisticId, PRIORITY_LABEL } from "../tasks";
import { Avatar } from "./Avatar";
import type { Task } from "./boardModel";

export function TaskCardView({ task, overlay = false }: { task: Task; overlay?: boolean }) {
  return (
    <div className={`card-inner${overlay ? " overlay" : ""}`}>
      <p className="card-title">{task.title}</p>
      <div className="card-meta">
        <span className={`priority priority-${task.priority.toLowerCase()}`}>{PRIORITY_LABEL[task.priority]}</span>
        {task.description && <span className="has-desc" title="Has a description" aria-label="Has a description">≡</span>}
        <span className="spacer" />
        {task.assignee ? <Avatar user={task.assignee} size="sm" /> : <span className="avatar avatar-sm avatar-empty" title="Unassigned" aria-label="Unassigned" />}
      </div>
    </div>
  );
}

export function SortableTaskCard({ task, draggable, onOpen }: { task: Task; draggable: boolean; onOpen: (id: string) => void }) {
  const pending = isOptimisticId(task.id);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: task.id, disabled: !draggable || pending });
  const open = () => !pending && onOpen(task.id);
  return (
    <article
      ref={setNodeRef}
      className={`card${isDragging ? " dragging" : ""}${pending ? " pending" : ""}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="task-card"
      data-task-id={task.id}
      {...attributes}
      {...listeners}
      tabIndex={0}
      role="button"
      aria-label={`${task.title}, ${PRIORITY_LABEL[task.priority]} priority${task.assignee ? `, assigned to ${task.assignee.name}` : ""}`}
      aria-roledescription={draggable ? "draggable card" : "card"}
      onClick={open}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === "Enter") open();
        else listeners?.onKeyDown?.(e);
      }}
    >
      <TaskCardView task={task} />
    </article>
  );
}
