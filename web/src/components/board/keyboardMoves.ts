import { type CollisionDetection, closestCorners, type DragStartEvent, type KeyboardCoordinateGetter } from "@dnd-kit/core";
import { useRef } from "react";
import type { TaskStatus } from "../../gql/graphql";
import { STATUSES } from "../../model/displayNames";
import { COLUMN_PREFIX, type Task } from "./boardModel";

/** Where a card lifted with the keyboard would land: a column and its index there once dropped. */
export interface KeyboardTarget {
  status: TaskStatus;
  index: number;
  /** The height ←/→ aim for (like a text cursor's column): → into a short column and back ← lands where it started. */
  row?: number;
}

export type ArrowKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

/**
 * The next landing place for a lifted card: → and ← go to the neighbouring column at the same height (or its
 * end), ↑ and ↓ one place within the column. Worked out from the columns' order, not from where the tilted
 * card is drawn, so the tilt of the lifted card cannot turn → into a reorder.
 */
export function nextTarget(columns: Record<TaskStatus, Task[]>, activeId: string, from: KeyboardTarget, key: ArrowKey): KeyboardTarget {
  const col = STATUSES.indexOf(from.status);
  const status = key === "ArrowRight" ? STATUSES[col + 1] : key === "ArrowLeft" ? STATUSES[col - 1] : from.status;
  if (!status) return from;
  const last = lastIndex(columns[status], activeId);
  if (key === "ArrowLeft" || key === "ArrowRight") {
    const row = from.row ?? from.index;
    return { status, index: Math.min(last, row), row };
  }
  const index = Math.max(0, Math.min(last, from.index + (key === "ArrowDown" ? 1 : -1)));
  return { status, index, row: index };
}

/** The highest index the card can take in a column: its last place (the end of a column it is not in). */
function lastIndex(column: Task[], activeId: string) {
  return column.some((t) => t.id === activeId) ? column.length - 1 : column.length;
}

/**
 * The drop target dnd-kit should report for a landing place, in the terms `dropTarget` reads: in the card's own
 * column the card now at that index (it takes its place), elsewhere the card it lands above, or the column itself
 * for its end.
 */
export function overIdFor(columns: Record<TaskStatus, Task[]>, activeId: string, target: KeyboardTarget): string {
  const column = columns[target.status];
  const own = column.some((t) => t.id === activeId);
  const rest = own ? column : column.filter((t) => t.id !== activeId);
  return rest[target.index]?.id ?? `${COLUMN_PREFIX}${target.status}`;
}

/** Where a card starts when it is lifted. */
export function startTarget(columns: Record<TaskStatus, Task[]>, task: Task): KeyboardTarget {
  return {
    status: task.status,
    index: Math.max(
      0,
      columns[task.status].findIndex((t) => t.id === task.id),
    ),
  };
}

/**
 * dnd-kit's arrow-key handling for the board: the landing place is kept here and reported as the drop target.
 * `reveal` scrolls a long column (which draws only the cards in view) to the landing place first, so a card
 * moved past what is drawn, or → into a column scrolled elsewhere, stays in sight.
 */
export function useKeyboardMoves(columns: Record<TaskStatus, Task[]>, reveal?: (status: TaskStatus, index: number) => void) {
  const latest = useRef(columns);
  latest.current = columns;
  const lifted = useRef<{ activeId: string; target: KeyboardTarget; overId: string } | null>(null);

  const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
    if (!ARROWS.includes(event.code as ArrowKey)) return undefined;
    event.preventDefault();
    const now = lifted.current;
    if (!now) return currentCoordinates;
    const target = nextTarget(latest.current, now.activeId, now.target, event.code as ArrowKey);
    const overId = overIdFor(latest.current, now.activeId, target);
    lifted.current = { ...now, target, overId };
    reveal?.(target.status, target.index);
    // Draw the lifted card over its landing place (the column's end: the bottom of the column), where it is now
    // that the column may have scrolled; a card not drawn yet keeps the card where it is until the next key.
    const rect = liveRect(overId) ?? context.droppableRects.get(overId);
    const card = context.collisionRect;
    if (!rect || !card) return currentCoordinates;
    const top = overId.startsWith(COLUMN_PREFIX) ? rect.top + rect.height - card.height : rect.top;
    return { x: currentCoordinates.x + rect.left - card.left, y: currentCoordinates.y + top - card.top };
  };

  const collisionDetection: CollisionDetection = (args) => (lifted.current ? [{ id: lifted.current.overId }] : closestCorners(args));

  return {
    coordinateGetter,
    collisionDetection,
    onDragStart({ active, activatorEvent }: DragStartEvent) {
      const task = STATUSES.flatMap((s) => latest.current[s]).find((t) => t.id === active.id);
      lifted.current =
        task && activatorEvent instanceof KeyboardEvent
          ? { activeId: task.id, target: startTarget(latest.current, task), overId: task.id }
          : null;
    },
    /**
     * After a drag ends. For a keyboard drag: the card keeps the focus wherever it is drawn again, and the answer is
     * its landing place, which dnd-kit's own `over` misses when that card was scrolled into view only by the last
     * arrow (dnd-kit looks its drop target up once, before the card is drawn). Else null.
     */
    onDragDone(cardId?: string): string | null {
      const overId = lifted.current?.overId ?? null;
      if (lifted.current && cardId) keepFocus(cardId);
      lifted.current = null;
      return overId;
    },
  };
}

/**
 * A dropped card is drawn again in its new place (moved in the page, or mounted by another column), which takes
 * the browser's focus from it. For a moment after the drop, give it back whenever nothing else has it.
 */
function keepFocus(cardId: string, ms = 1500) {
  const until = performance.now() + ms;
  const step = () => {
    const card = document.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(cardId)}"]`);
    const free = !document.activeElement || document.activeElement === document.body;
    if (card && free) card.focus();
    if (performance.now() < until) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/** Where a card in a long column's list is drawn now (its row, without the sorting shift); null for any other. */
function liveRect(id: string) {
  if (id.startsWith(COLUMN_PREFIX)) return null;
  return document.querySelector(`.virtual-row > [data-task-id="${CSS.escape(id)}"]`)?.parentElement?.getBoundingClientRect() ?? null;
}

const ARROWS: ArrowKey[] = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"];
