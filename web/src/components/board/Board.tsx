import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useMemo, useState } from "react";
import { useClient, useMutation } from "urql";
import { describeError } from "../../client/errors";
import { MoveTaskMutation, TaskHistoryQuery } from "../../graphql/tasks";
import { newMutationId } from "../../client/mutationId";
import { can } from "@taskgraph/core";
import { STATUS_LABEL, STATUSES } from "../../model/taskOptions";
import { BoardToolbar } from "./BoardToolbar";
import { dropTarget, isNoop, matches, toColumns, type BoardWorkspace, type Filters } from "./boardModel";
import { Column } from "./Column";
import { ConflictDialog, conflictCurrent, type Conflict } from "../task/ConflictDialog";
import { useEditingPresence, usePresence } from "../presence/Presence";
import { TaskCardView } from "./TaskCard";
import { TaskDialog } from "../task/TaskDialog";
import { useToast } from "../shared/Toasts";
import { useUndoRedo } from "./useUndoRedo";

type Props = { workspace: BoardWorkspace; view: "all" | "mine"; me: { id: string } | null };

export function Board({ workspace, view, me }: Props) {
  const [filters, setFilters] = useState<Filters>({ assignee: "", priority: "" });
  const [openId, setOpenId] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [, moveTask] = useMutation(MoveTaskMutation);
  const client = useClient();
  const toast = useToast();
  const canWrite = can(workspace.myRole, "writeTasks");
  const { editing } = usePresence();
  useUndoRedo(workspace.id, canWrite);
  useEditingPresence(workspace.id, openId);
  const columns = useMemo(() => toColumns(workspace), [workspace]);
  const effective: Filters = view === "mine" ? { ...filters, assignee: me?.id ?? "none" } : filters;
  const all = STATUSES.flatMap((s) => columns[s]);
  const dragged = all.find((t) => t.id === dragId);
  const open = all.find((t) => t.id === openId);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    // Space picks a card up and drops it; Enter stays free to open it.
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space", "Enter"] },
    }),
  );

  async function onDragEnd({ active, over }: DragEndEvent) {
    setDragId(null);
    if (!over) return;
    const target = dropTarget(columns, String(active.id), String(over.id));
    if (!target || isNoop(columns, String(active.id), target)) return;
    const task = all.find((t) => t.id === String(active.id));
    const r = await moveTask({ input: { id: String(active.id), ...target, expectedVersion: task?.version, clientMutationId: newMutationId() } });
    if (conflictCurrent(r.error)) {
      // The optimistic move is already rolled back; make sure the card shows their change even without a live update.
      toast(`Someone else changed “${task?.title ?? "that task"}” just before your move, so the move was undone. Try again if it still applies.`);
      void client.query(TaskHistoryQuery, { id: String(active.id) }, { requestPolicy: "network-only" }).toPromise();
    } else if (r.error) toast(`Move undone. ${describeError(r.error)}`);
  }

  return (
    <section className="board-wrap" aria-label="Board">
      <BoardToolbar
        filters={effective}
        onChange={setFilters}
        members={workspace.members}
        lockAssignee={view === "mine"}
        total={all.length}
        shown={all.filter((t) => matches(t, effective)).length}
      />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={({ active }: DragStartEvent) => setDragId(String(active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragId(null)}
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
              tasks={columns[status].filter((t) => matches(t, effective))}
              total={columns[status].length}
              canWrite={canWrite}
              defaultAssigneeId={view === "mine" ? me?.id : undefined}
              onOpen={setOpenId}
              editing={editing}
            />
          ))}
        </div>
        <DragOverlay>{dragged ? <TaskCardView task={dragged} overlay /> : null}</DragOverlay>
      </DndContext>
      {open && <TaskDialog key={open.id} task={open} members={workspace.members} canWrite={canWrite} onClose={() => setOpenId(null)} onConflict={setConflict} />}
      {conflict && <ConflictDialog conflict={conflict} members={workspace.members} onConflict={setConflict} onClose={() => setConflict(null)} />}
    </section>
  );
}

function describeOver(id: string, all: { id: string; title: string; status: keyof typeof STATUS_LABEL }[]) {
  if (id.startsWith("column:")) return STATUS_LABEL[id.slice(7) as keyof typeof STATUS_LABEL];
  const t = all.find((x) => x.id === id);
  return t ? `${STATUS_LABEL[t.status]}, near ${t.title}` : "a column";
}
