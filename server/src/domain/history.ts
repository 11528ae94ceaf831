import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { TaskStatus } from "../generated/prisma/enums.js";
import type { Tx } from "./changes.js";

/** A full board is stored every this many versions; rebuilding replays at most this many events. */
export const SNAPSHOT_EVERY = Number(process.env.SNAPSHOT_EVERY) || 1000;

/** A task as the log knows it: every task event carries a patch of these fields in `metadata.after`. */
export interface TaskState {
  id: string;
  title: string;
  description: string;
  status: string;
  priority: string;
  assigneeId: string | null;
  position: number;
  version: number;
  /** Absent from entries logged before labels and due dates existed. */
  labelIds?: string[];
  /** ISO-8601, or null. */
  dueAt?: string | null;
  /** Absent from entries logged before boards existed: those tasks were on the workspace's oldest board. */
  boardId?: string;
}

type Board = Map<string, TaskState>;

const statusOrder = Object.values(TaskStatus);
type Db = Tx | PrismaClient;

interface LoggedEvent {
  entityType: string;
  entityId: string;
  metadata: Prisma.JsonValue;
}

/** Folds one event into a board: task events patch their task; a deletion takes it off the board. */
export function applyEvent(board: Board, event: LoggedEvent): void {
  if (event.entityType !== "Task") return;
  const after = (event.metadata as { after?: Partial<TaskState> & { deleted?: boolean } } | null)?.after;
  if (!after) return;
  if (after.deleted) {
    board.delete(event.entityId);
    return;
  }
  const { deleted: _deleted, ...fields } = after;
  board.set(event.entityId, { ...(board.get(event.entityId) as TaskState), ...fields, id: event.entityId });
}

/** The tasks of a workspace as they were at `version`: the nearest snapshot, then the events after it. */
export async function boardAt(db: Db, workspaceId: string, version: number): Promise<TaskState[]> {
  const snapshot = await db.boardSnapshot.findFirst({
    where: { workspaceId, version: { lte: version } },
    orderBy: { version: "desc" },
  });
  const board: Board = new Map(((snapshot?.tasks ?? []) as unknown as TaskState[]).map((t) => [t.id, t]));
  await replay(db, workspaceId, snapshot?.version ?? 0, version, board);
  // Column order as the live board gives it (the enum's order), then position: a rebuilt board reads the same.
  const column = (status: string) => statusOrder.indexOf(status as TaskStatus);
  return [...board.values()].sort((a, b) => column(a.status) - column(b.status) || a.position - b.position || a.id.localeCompare(b.id));
}

/** Replays every task event in (from, to] onto the board, a page at a time. */
export async function replay(db: Db, workspaceId: string, from: number, to: number, board: Board): Promise<void> {
  for (let cursor = from; cursor < to; ) {
    const events = await db.event.findMany({
      where: { workspaceId, entityType: "Task", version: { gt: cursor, lte: to } },
      orderBy: { version: "asc" },
      select: { version: true, entityType: true, entityId: true, metadata: true },
      take: 2000,
    });
    if (events.length === 0) break;
    for (const event of events) applyEvent(board, event);
    cursor = events.at(-1)!.version;
  }
}

/** Called by the write path with the versions it just appended: stores a snapshot at each multiple it crossed. */
export async function snapshotIfDue(tx: Tx, workspaceId: string, fromVersion: number, toVersion: number): Promise<void> {
  const due = Math.floor(toVersion / SNAPSHOT_EVERY) * SNAPSHOT_EVERY;
  if (due < fromVersion || due === 0) return;
  const tasks = await boardAt(tx, workspaceId, due);
  await tx.boardSnapshot.create({ data: { workspaceId, version: due, tasks: tasks as unknown as Prisma.InputJsonValue } });
}
