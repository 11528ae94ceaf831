import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { CSSProperties, KeyboardEvent } from "react";
import { isOptimisticId } from "../../client/cache/optimistic";
import { PRIORITY_LABEL } from "../../model/displayNames";
import { EditingFaces } from "../presence/Presence";
import { CodeRefBadge } from "../repository/CodeRefBadge";
import { Avatar } from "../shared/Avatar";
import { isOverdue, type Task } from "./boardModel";

type Person = { id: string; name: string };

export function TaskCardView({ task, overlay = false, editors }: { task: Task; overlay?: boolean; editors?: Person[] }) {
  return (
    <div className={`card-inner${overlay ? " overlay" : ""}`}>
      {editors && editors.length > 0 && (
        <span className="card-editing">
          <EditingFaces people={editors} />
        </span>
      )}
      {task.labels.length > 0 && (
        <span className="card-labels">
          {task.labels.map((l) => (
            <span key={l.id} className="label-chip small" style={{ "--label": l.color } as CSSProperties}>
              {l.name}
            </span>
          ))}
        </span>
      )}
      <p className="card-title" title={task.title.length > 90 ? task.title : undefined}>
        {task.title}
      </p>
      {task.codeRef && <CodeRefBadge codeRef={task.codeRef} />}
      <div className="card-meta">
        <span className={`priority priority-${task.priority.toLowerCase()}`}>
          {PRIORITY_LABEL[task.priority]}
          <span className="visually-hidden"> priority</span>
        </span>
        {task.dueAt && <DueBadge task={task} />}
        {task.description && (
          <span className="has-desc" role="img" title="Has a description" aria-label="Has a description">
            ≡
          </span>
        )}
        <span className="spacer" />
        {task.assignee ? (
          <Avatar user={task.assignee} size="sm" />
        ) : (
          <span className="avatar avatar-sm avatar-empty" role="img" title="Unassigned" aria-label="Unassigned" />
        )}
      </div>
    </div>
  );
}

type SortableProps = { task: Task; draggable: boolean; onOpen: (id: string) => void; editors?: Person[] };

export function SortableTaskCard({ task, draggable, onOpen, editors }: SortableProps) {
  const pending = isOptimisticId(task.id);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: task.id,
    disabled: !draggable || pending,
  });
  const open = () => !pending && onOpen(task.id);
  return (
    // biome-ignore lint/a11y/useSemanticElements: the card is one sortable element holding text and faces; dnd-kit gives it the keyboard handling a button would have
    <div
      ref={setNodeRef}
      className={`card${editors?.length ? " is-edited" : ""}${isDragging ? " dragging" : ""}${pending ? " pending" : ""}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="task-card"
      data-task-id={task.id}
      {...attributes}
      {...listeners}
      tabIndex={0}
      role="button"
      // No aria-label: the card is named by what it shows (title, priority, due date, assignee…), so what a
      // screen reader says and what is seen agree (axe: label-content-name-mismatch).
      aria-roledescription={draggable ? "draggable card" : "card"}
      onClick={open}
      onKeyDown={(e: KeyboardEvent) => {
        // The same Enter must not reach the dialog's auto-focused Title and submit it (the dialog would flash and close).
        if (e.key === "Enter" && !isDragging) {
          e.preventDefault();
          open();
        } else listeners?.onKeyDown?.(e);
      }}
    >
      <TaskCardView task={task} editors={editors} />
    </div>
  );
}

const dueFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });

/** The due date, red once it has passed on an unfinished card. */
export function DueBadge({ task }: { task: Pick<Task, "dueAt" | "status"> }) {
  if (!task.dueAt) return null;
  const late = isOverdue(task);
  return (
    <span
      className={`due-badge${late ? " overdue" : ""}`}
      title={`Due ${new Date(task.dueAt).toLocaleString()}${late ? " (overdue)" : ""}`}
    >
      {late ? "Overdue · " : "Due "}
      {dueFormat.format(new Date(task.dueAt))}
    </span>
  );
}
