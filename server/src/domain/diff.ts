import { badInput } from "../errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { legacyBoardId } from "./boards.js";
import type { Tx } from "./changes.js";
import { boardAt, type TaskState } from "./history.js";

/** The fields a diff compares, in the order it lists them. */
export const diffedFields = [
  "title",
  "description",
  "status",
  "priority",
  "assigneeId",
  "boardId",
  "position",
  "labelIds",
  "dueAt",
] as const;
export type DiffedField = (typeof diffedFields)[number];

export interface FieldChange {
  field: DiffedField;
  from: unknown;
  to: unknown;
}

export interface TaskDiff {
  taskId: string;
  before: TaskState;
  after: TaskState;
  fields: FieldChange[];
}

export interface WorkspaceDiff {
  from: number;
  to: number;
  added: TaskState[];
  removed: TaskState[];
  changed: TaskDiff[];
}

type Db = Tx | PrismaClient;

/**
 * Every task of the workspace at `version` (the nearest stored snapshot, then the events after it: never a
 * replay from 0), each with its board: entries logged before boards existed name none, and mean the oldest.
 */
export async function tasksAt(db: Db, workspaceId: string, version: number): Promise<TaskState[]> {
  const tasks = await boardAt(db, workspaceId, version);
  if (tasks.every((t) => t.boardId)) return tasks;
  const legacy = (await legacyBoardId(db, workspaceId)) ?? undefined;
  return tasks.map((t) => (t.boardId ? t : { ...t, boardId: legacy }));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changed between two versions of the log, task by task and field by field: tasks added (absent at
 * `from`), removed (deleted since), and changed. With a board, only tasks on it at either version count.
 */
export async function diffWorkspace(
  db: Db,
  workspace: { id: string; version: number },
  from: number,
  to: number,
  boardId?: string | null,
): Promise<WorkspaceDiff> {
  for (const [field, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > workspace.version) {
      throw badInput(`${field} must be between 0 and ${workspace.version}.`, field, "OUT_OF_RANGE");
    }
  }
  if (boardId) {
    const board = await db.board.findUnique({ where: { id: boardId }, select: { workspaceId: true } });
    if (!board || board.workspaceId !== workspace.id) throw badInput("boardId must be a board of this workspace.", "boardId");
  }
  const [before, after] = await Promise.all([tasksAt(db, workspace.id, from), tasksAt(db, workspace.id, to)]);
  const onBoard = (t: TaskState | undefined) => !!t && (!boardId || t.boardId === boardId);
  const then = new Map(before.map((t) => [t.id, t]));
  const now = new Map(after.map((t) => [t.id, t]));
  const diff: WorkspaceDiff = { from, to, added: [], removed: [], changed: [] };
  for (const task of after) {
    const old = then.get(task.id);
    if (!onBoard(task) && !onBoard(old)) continue;
    if (!old) {
      diff.added.push(task);
      continue;
    }
    const fields = diffedFields
      .filter((f) => !same(old[f], task[f]))
      .map((field) => ({ field, from: old[field] ?? null, to: task[field] ?? null }));
    if (fields.length) diff.changed.push({ taskId: task.id, before: old, after: task, fields });
  }
  for (const task of before) if (!now.has(task.id) && onBoard(task)) diff.removed.push(task);
  return diff;
}
