import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { can } from "@taskgraph/core";
import { useCallback, useMemo, useRef } from "react";
import type { TaskStatus } from "../../gql/graphql";
import { STATUS_LABEL, STATUSES } from "../../model/displayNames";
import { usePresence } from "../presence/Presence";
import { ConflictDialog } from "../task/ConflictDialog";
import { TaskDialog } from "../task/TaskDialog";
import { BoardToolbar } from "./BoardToolbar";
import type { BoardWorkspace } from "./boardModel";
import { Column, type ColumnHandle } from "./Column";
import { useCurrentBoard } from "./currentBoard";
import { useKeyboardMoves } from "./keyboardMoves";
import { TaskCardView } from "./TaskCard";
import { type BoardView, useBoard } from "./useBoard";

type Props = { workspace: BoardWorkspace; view: BoardView; me: { id: string } | null };

/** The Kanban board: filters, one column per status (each paged on its own), drag and drop, and the open card's dialogs. */
export function Board({ workspace, view, me }: Props) {
  const board = useBoard(workspace, useCurrentBoard(), view, me);
  const { all, columns, pages, canWrite, dragged, open } = board;
  const { editing } = usePresence();
  const shownColumns = useMemo(
    () => Object.fromEntries(STATUSES.map((s) => [s, columns[s].filter(board.isShown)])) as typeof columns,
    [columns, board.isShown],
  );
  // Long columns draw only what is in view: a keyboard move scrolls its landing place into sight.
  const handles = useRef(new Map<TaskStatus, ColumnHandle>());
  const handleOf = useMemo(
    () =>
      Object.fromEntries(
        STATUSES.map((s) => [
          s,
          (h: ColumnHandle | null) => {
            if (h) handles.current.set(s, h);
            else handles.current.delete(s);
          },
        ]),
      ) as Record<TaskStatus, (h: ColumnHandle | null) => void>,
    [],
  );
  const reveal = useCallback((status: TaskStatus, index: number) => handles.current.get(status)?.reveal(index), []);
  const keyboard = useKeyboardMoves(shownColumns, reveal);
  const total = STATUSES.reduce((sum, s) => sum + (pages[s].total ?? columns[s].length), 0);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    // Space picks a card up and drops it; Enter stays free to open it. Arrows: keyboardMoves.ts.
    useSensor(KeyboardSensor, {
      coordinateGetter: keyboard.coordinateGetter,
      keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space", "Enter"] },
    }),
  );

  function onDragEnd({ active, over }: DragEndEvent) {
    board.setDragId(null);
    const target = keyboard.onDragDone(String(active.id)) ?? (over ? String(over.id) : null);
    if (target) void board.move(String(active.id), target);
  }

  return (
    <section className="board-wrap" aria-label="Board">
      <BoardToolbar
        filters={board.filters}
        onChange={board.setFilters}
        members={workspace.members}
        labels={workspace.labels}
        lockAssignee={view === "mine"}
        total={total}
        filtered={board.filtered}
      />
      <DndContext
        sensors={sensors}
        collisionDetection={keyboard.collisionDetection}
        onDragStart={(event: DragStartEvent) => {
          keyboard.onDragStart(event);
          board.setDragId(String(event.active.id));
        }}
        onDragEnd={onDragEnd}
        onDragCancel={({ active }) => {
          keyboard.onDragDone(String(active.id));
          board.setDragId(null);
        }}
        accessibility={{
          announcements: {
            onDragStart: ({ active }) => `Picked up ${all.find((t) => t.id === active.id)?.title ?? "card"}.`,
            onDragOver: ({ over }) => (over ? `Over ${describeOver(String(over.id), all)}.` : "Not over a column."),
            onDragEnd: ({ over }) => (over ? `Dropped in ${describeOver(String(over.id), all)}.` : "Dropped."),
            onDragCancel: () => "Move cancelled.",
          },
        }}
      >
        <div className="board">
          {STATUSES.map((status) => (
            <Column
              key={status}
              status={status}
              workspaceId={workspace.id}
              tasks={shownColumns[status]}
              loaded={columns[status].length}
              total={pages[status].total}
              filtered={board.filtered}
              hasMore={pages[status].hasMore}
              loadingMore={pages[status].loadingMore}
              onNearEnd={pages[status].loadMore}
              handle={handleOf[status]}
              canWrite={canWrite}
              defaultAssigneeId={view === "mine" ? me?.id : undefined}
              onOpen={board.setOpenId}
              editing={editing}
            />
          ))}
        </div>
        <DragOverlay>{dragged ? <TaskCardView task={dragged} overlay /> : null}</DragOverlay>
      </DndContext>
      {open && (
        <TaskDialog
          key={open.id}
          task={open}
          members={workspace.members}
          labels={workspace.labels}
          canManageLabels={can(workspace.myRole, "manageLabels")}
          canWrite={canWrite}
          onClose={() => board.setOpenId(null)}
          onConflict={board.setConflict}
        />
      )}
      {board.conflict && (
        <ConflictDialog
          conflict={board.conflict}
          members={workspace.members}
          onConflict={board.setConflict}
          onClose={() => board.setConflict(null)}
        />
      )}
    </section>
  );
}

function describeOver(id: string, all: { id: string; title: string; status: keyof typeof STATUS_LABEL }[]) {
  if (id.startsWith("column:")) return STATUS_LABEL[id.slice(7) as keyof typeof STATUS_LABEL];
  const t = all.find((x) => x.id === id);
  return t ? `${STATUS_LABEL[t.status]}, near ${t.title}` : "a column";
}
