import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import type { Task } from "../generated/prisma/client.js";
import { commitChange, type EventDraft } from "./changes.js";
import { tasksAt } from "./diff.js";
import { operationPermission } from "./permissions.js";
import { loggedState } from "./tasks.js";
import { applyPatch, type Patch } from "./undo.js";

export interface RestoreResult {
  workspaceId: string;
  /** The tasks the restore changed, as they are now. */
  tasks: Task[];
}

/**
 * Brings every task of a board (or, without one, of the workspace) back to how it was at `version`: tasks on it
 * then get their fields, board and place back (deleted ones come back), tasks that came onto it later are
 * deleted or go back to the board they were on. Written as forward events, one per task, making one change
 * that undo takes back whole (its first event carries `group`, see undo.ts).
 */
export function restoreWorkspace(
  ctx: Context,
  input: { workspaceId: string; version: number; boardId?: string | null },
): Promise<RestoreResult> {
  const { workspaceId, version, boardId } = input;
  return commitChange(
    ctx,
    workspaceId,
    operationPermission.restoreWorkspace,
    async (tx) => {
      const head = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { version: true } });
      if (!Number.isInteger(version) || version < 0 || version > head.version) {
        throw badInput(`version must be between 0 and ${head.version}.`, "version", "OUT_OF_RANGE");
      }
      if (boardId) {
        const board = await tx.board.findUnique({ where: { id: boardId }, select: { workspaceId: true } });
        if (!board || board.workspaceId !== workspaceId) throw badInput("boardId must be a board of this workspace.", "boardId");
      }
      const then = new Map((await tasksAt(tx, workspaceId, version)).map((t) => [t.id, t]));
      const live = await tx.task.findMany({ where: { workspaceId, deletedAt: null } });
      const members = new Set((await tx.membership.findMany({ where: { workspaceId }, select: { userId: true } })).map((m) => m.userId));
      const openBoards = new Set(
        (await tx.board.findMany({ where: { workspaceId, archivedAt: null }, select: { id: true } })).map((b) => b.id),
      );
      const inScope = (board: string | undefined) => !boardId || board === boardId;

      const targets = new Map<string, Patch>();
      for (const task of then.values()) {
        if (!inScope(task.boardId)) continue;
        const { id: _id, version: _version, ...fields } = task;
        // Someone no longer a member cannot be assigned again.
        if (fields.assigneeId && !members.has(fields.assigneeId)) fields.assigneeId = null;
        targets.set(task.id, { ...fields, deleted: false });
      }
      for (const task of live) {
        if (targets.has(task.id) || !inScope(task.boardId)) continue;
        const old = then.get(task.id);
        // On another board at that version: back there, unless that board is archived now (then it goes).
        if (old?.boardId && openBoards.has(old.boardId)) {
          const { id: _id, version: _version, ...fields } = old;
          if (fields.assigneeId && !members.has(fields.assigneeId)) fields.assigneeId = null;
          targets.set(task.id, { ...fields, deleted: false });
        } else targets.set(task.id, { deleted: true });
      }

      const current = new Map((await tx.task.findMany({ where: { id: { in: [...targets.keys()] } } })).map((t) => [t.id, t]));
      const events: EventDraft[] = [];
      const changed: Task[] = [];
      for (const [taskId, target] of targets) {
        const task = current.get(taskId);
        if (!task || !differs(task, target)) continue;
        const applied = await applyPatch(tx, { entityId: taskId, version: head.version }, null, target, "restore", {
          restoredFrom: version,
          ...(boardId ? { boardId } : {}),
        });
        events.push(applied.event);
        changed.push(applied.task);
      }
      if (events.length)
        events[0] = { ...events[0]!, undoable: true, metadata: { ...(events[0]!.metadata as object), group: events.length } };
      return { result: { workspaceId, tasks: changed }, events };
    },
    undefined,
    { readsLog: true },
  );
}

/** Whether applying `target` would change the task at all. */
function differs(task: Task, target: Patch): boolean {
  const deleted = task.deletedAt !== null;
  if (target.deleted) return !deleted;
  if (deleted) return true;
  const now = loggedState(task) as Record<string, unknown>;
  return Object.entries(target).some(
    ([k, v]) => k !== "deleted" && v !== undefined && JSON.stringify(v) !== JSON.stringify(now[k] ?? null),
  );
}
