import { useDndContext, useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TaskStatus } from "../../gql/graphql";
import { STATUS_LABEL } from "../../model/displayNames";
import { COLUMN_PREFIX, type Task } from "./boardModel";
import { NewTaskForm } from "./NewTaskForm";
import { SortableTaskCard } from "./TaskCard";

/** What the board may ask of a drawn column: bring the card at an index into view (a keyboard move goes there). */
export interface ColumnHandle {
  reveal: (index: number) => void;
}

type Props = {
  status: TaskStatus;
  workspaceId: string;
  /** The loaded cards that pass the board's filters. */
  tasks: Task[];
  /** How many of the column's cards are loaded. */
  loaded: number;
  /** The server's count of the column's cards, of those matching when filtered (null until it has answered). */
  total: number | null;
  /** A filter is on: the server pages and counts only the matching cards. */
  filtered: boolean;
  /** More cards wait on the server; `onNearEnd` asks for them as the list nears the end of what is loaded. */
  hasMore?: boolean;
  loadingMore?: boolean;
  onNearEnd?: () => void;
  handle?: (handle: ColumnHandle | null) => void;
  canWrite: boolean;
  defaultAssigneeId?: string;
  onOpen: (id: string) => void;
  editing?: Map<string, { id: string; name: string }[]>;
};

/** Above this many cards a column draws only the ones in view (and a few more), so 5,000 cards scroll smoothly. */
export const VIRTUAL_FROM = 60;
/** The next page is asked for while this many loaded cards are still below the drawn ones. */
const PREFETCH = 20;

export function Column(props: Props) {
  const { status, workspaceId, tasks, loaded, total, filtered, hasMore = false, loadingMore, canWrite, defaultAssigneeId } = props;
  const { setNodeRef, isOver } = useDroppable({ id: `${COLUMN_PREFIX}${status}` });
  const count = total === null ? "…" : String(total);
  const title =
    total === null
      ? "Counting"
      : `${total} ${filtered ? "matching " : ""}${total === 1 ? "task" : "tasks"}${hasMore ? `, ${loaded} loaded` : ""}`;
  // A column with more pages scrolls inside itself too: reaching the end of its list is what loads the next page.
  const long = tasks.length > VIRTUAL_FROM || hasMore;
  const { handle: boardHandle } = props;
  const drawn = useRef<ColumnHandle | null>(null);
  const handle = useCallback(
    (h: ColumnHandle | null) => {
      drawn.current = h;
      boardHandle?.(h);
    },
    [boardHandle],
  );
  // The card just made here is scrolled into sight once it is in the list (it may sit past the loaded part), and
  // the next page waits until the list is scrolled by hand, so the page does not push it out of sight at once.
  const [made, setMade] = useState<string | null>(null);
  const [hold, setHold] = useState(false);
  useEffect(() => {
    if (!made) return;
    const index = tasks.findIndex((t) => t.id === made);
    if (index < 0) return;
    setMade(null);
    if (drawn.current) drawn.current.reveal(index);
    else
      [...document.querySelectorAll<HTMLElement>("[data-task-id]")]
        .find((el) => el.dataset.taskId === made)
        ?.scrollIntoView?.({ block: "nearest" });
  }, [made, tasks]);
  const release = useCallback(() => setHold(false), []);
  // Held from the moment it is sent: the optimistic card already sits at the end of the loaded part.
  const onCreating = useCallback(() => setHold(hasMore), [hasMore]);
  return (
    <section
      className={`column column-${status.toLowerCase()}${isOver ? " is-over" : ""}`}
      aria-label={STATUS_LABEL[status]}
      data-status={status}
      data-loaded={loaded}
    >
      <header className="column-header">
        <span className="status-dot" aria-hidden />
        <h2>{STATUS_LABEL[status]}</h2>
        <span className="count" data-testid={`count-${status}`} aria-busy={total === null || loadingMore || undefined} title={title}>
          {count}
        </span>
      </header>
      <SortableContext items={tasks.map((t) => t.id)} strategy={verticalListSortingStrategy}>
        {long ? (
          <VirtualCards
            {...props}
            hasMore={hasMore}
            setNodeRef={setNodeRef}
            handle={handle}
            onNearEnd={hold ? undefined : props.onNearEnd}
            onUserScroll={hold ? release : undefined}
          />
        ) : (
          <div ref={setNodeRef} className="column-body">
            {tasks.map((t) => (
              <SortableTaskCard key={t.id} task={t} draggable={canWrite} onOpen={props.onOpen} editors={props.editing?.get(t.id)} />
            ))}
            {tasks.length === 0 && <p className="column-empty">{filtered ? "No matching tasks" : "No tasks yet"}</p>}
          </div>
        )}
      </SortableContext>
      {canWrite && (
        <NewTaskForm workspaceId={workspaceId} status={status} assigneeId={defaultAssigneeId} onCreating={onCreating} onCreated={setMade} />
      )}
    </section>
  );
}

type VirtualProps = Props & { setNodeRef: (node: HTMLElement | null) => void; onUserScroll?: () => void };

/**
 * A long column scrolls on its own and mounts only the cards near its visible part (@tanstack/react-virtual).
 * The card being dragged stays mounted wherever the list is scrolled (dnd-kit needs its node), and drawing the
 * last loaded cards asks for the next page.
 */
function VirtualCards({
  tasks,
  setNodeRef,
  canWrite,
  onOpen,
  editing,
  hasMore,
  loadingMore,
  onNearEnd,
  handle,
  onUserScroll,
}: VirtualProps) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const { active } = useDndContext();
  const activeIndex = active ? tasks.findIndex((t) => t.id === active.id) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range);
      return activeIndex < 0 || drawn.includes(activeIndex) ? drawn : [...drawn, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  const rows = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 8,
    rangeExtractor,
    getItemKey: (i) => tasks[i]?.id ?? i,
  });
  const items = rows.getVirtualItems();
  // The last card the virtualizer draws, not counting the dragged one kept mounted.
  const lastDrawn = rows.range?.endIndex ?? items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastDrawn >= tasks.length - 1 - PREFETCH) onNearEnd?.();
  }, [hasMore, lastDrawn, tasks.length, onNearEnd]);
  useEffect(() => {
    handle?.({ reveal: (index) => rows.scrollToIndex(Math.max(0, Math.min(index, tasks.length - 1)), { align: "auto" }) });
    return () => handle?.(null);
  }, [handle, rows, tasks.length]);
  // Scrolling by hand (not a reveal's scroll) lets paging go on.
  useEffect(() => {
    const node = scroller.current;
    if (!node || !onUserScroll) return;
    const kinds = ["wheel", "touchmove", "keydown", "pointerdown"] as const;
    for (const kind of kinds) node.addEventListener(kind, onUserScroll, { passive: true });
    return () => {
      for (const kind of kinds) node.removeEventListener(kind, onUserScroll);
    };
  }, [onUserScroll]);
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
        {items.map((row) => {
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
      {hasMore && (
        <p className="muted small" role="status" data-testid="column-more">
          {loadingMore ? "Loading more…" : "More below"}
        </p>
      )}
    </div>
  );
}
