import { GAP } from "@taskgraph/core";
import type { Context } from "../context.js";
import { defaultBoardId } from "../domain/boards.js";
import { commitChange, type EventDraft, type Tx } from "../domain/changes.js";
import { ensureLabel } from "../domain/labels.js";
import { operationPermission } from "../domain/permissions.js";
import { lastPosition, loggedState } from "../domain/tasks.js";
import type { Prisma, Task, TaskStatus } from "../generated/prisma/client.js";
import { bodyHash, type CodeRef, type SyncPlan } from "./identity.js";
import { isTerminal, lockSync } from "./progress-store.js";

export const FROM_CODE_LABEL = { name: "from-code", color: "#6b7280" };

/** The sync has ended (cancelled, or failed elsewhere) since it started this write: nothing is written. */
export class SyncEnded extends Error {}

/**
 * Writes a slice of a sync's plan as one change through the single write path: one log event per task (so it
 * reaches taskChanged, history and the board like any change), none of them on the starter's undo stack.
 * The sync's row is locked first: once a cancel has committed, this throws SyncEnded and writes nothing.
 */
export function applySlice(ctx: Context, workspaceId: string, syncId: string, slice: Partial<SyncPlan>, headSha: string): Promise<void> {
  // The starter's permission for the sync, checked again at every slice (one who lost it ends the sync).
  return commitChange(ctx, workspaceId, operationPermission.startRepositorySync, async (tx, actor) => {
    const sync = await lockSync(tx, syncId);
    if (!sync || isTerminal(sync.status)) throw new SyncEnded();
    const events: EventDraft[] = [];
    const origin = { source: "repository-sync", syncId };
    if (slice.create?.length) {
      const label = await ensureLabel(tx, workspaceId, FROM_CODE_LABEL.name, FROM_CODE_LABEL.color, events);
      const boardId = await defaultBoardId(tx, workspaceId);
      let position = await lastPosition(tx, boardId, "TODO");
      for (const todo of slice.create) {
        const codeRef: CodeRef = {
          repo: await repoOf(tx, syncId),
          path: todo.path,
          line: todo.line,
          tag: todo.tag,
          reference: todo.reference,
          titleKey: todo.titleKey,
          ordinal: todo.ordinal,
          commitSha: headSha,
          bodyHash: bodyHash(todo.description),
          present: true,
        };
        const task = await tx.task.create({
          data: {
            workspaceId,
            boardId,
            title: todo.title,
            description: todo.description,
            status: "TODO",
            createdById: actor.userId,
            position: position + GAP,
            labelIds: [label.id],
            codeRef: codeRef as unknown as Prisma.InputJsonValue,
          },
        });
        position = task.position;
        events.push({ action: "TASK_CREATED", entityType: "Task", entityId: task.id, metadata: { after: loggedState(task), ...origin } });
      }
    }
    const changes = [
      ...(slice.update ?? []).map((u) => ({
        id: u.task.id,
        codeRef: u.codeRef,
        reopen: u.reopen,
        description: u.description,
        close: false,
      })),
      ...(slice.close ?? []).map((t) => ({
        id: t.id,
        codeRef: { ...t.codeRef, present: false },
        reopen: false,
        description: null,
        close: true,
      })),
    ];
    if (changes.length) {
      const befores = new Map(
        (await tx.task.findMany({ where: { id: { in: changes.map((c) => c.id) }, deletedAt: null } })).map((t) => [t.id, t]),
      );
      for (const change of changes) {
        const before = befores.get(change.id);
        // Deleted by someone since the plan was made: leave it deleted.
        if (!before) continue;
        const data: Prisma.TaskUncheckedUpdateInput = {
          codeRef: change.codeRef as unknown as Prisma.InputJsonValue,
          version: { increment: 1 },
        };
        const changed: string[] = ["codeRef"];
        if (change.description !== null && change.description !== before.description) {
          data.description = change.description;
          changed.push("description");
        }
        const status: TaskStatus | null =
          change.close && before.status !== "DONE" ? "DONE" : change.reopen && before.status === "DONE" ? "TODO" : null;
        if (status) {
          data.status = status;
          data.position = (await lastPosition(tx, before.boardId, status)) + GAP;
          changed.push("status");
        }
        const after = await tx.task.update({ where: { id: before.id }, data });
        events.push({
          action: "TASK_UPDATED",
          entityType: "Task",
          entityId: after.id,
          metadata: { before: loggedState(before), after: loggedState(after), changed, ...origin },
        });
      }
    }
    return { result: undefined, events };
  });
}

const repoKeys = new Map<string, string>();
async function repoOf(tx: Tx, syncId: string): Promise<string> {
  let key = repoKeys.get(syncId);
  if (!key) {
    key = (await tx.repositorySync.findUniqueOrThrow({ where: { id: syncId }, select: { repositoryKey: true } })).repositoryKey;
    if (repoKeys.size > 100) repoKeys.clear();
    repoKeys.set(syncId, key);
  }
  return key;
}

/** The tasks earlier syncs of this repository made in the workspace (deleted ones too: they stay deleted). */
export async function knownTasks(ctx: Pick<Context, "prisma">, workspaceId: string, repositoryKey: string) {
  const rows = await ctx.prisma.$queryRaw<Pick<Task, "id" | "status" | "deletedAt" | "codeRef">[]>`
    SELECT id, status::text AS status, "deletedAt", "codeRef" FROM "Task"
    WHERE "workspaceId" = ${workspaceId} AND "codeRef" IS NOT NULL AND "codeRef"->>'repo' = ${repositoryKey}`;
  return rows.map((r) => ({ id: r.id, status: r.status, deleted: r.deletedAt !== null, codeRef: r.codeRef as unknown as CodeRef }));
}
