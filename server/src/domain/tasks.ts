import { GAP, insertionIndex, positionAt, positionInSpreadColumn, spreadPosition } from "@taskgraph/core";
import type { Context } from "../context.js";
import { sqlOf } from "../db/raw.js";
import { batchedReads } from "../db/read-batch.js";
import { badInput, conflict, notFound } from "../errors.js";
import type { PrismaClient, Role, Task, TaskPriority, TaskStatus } from "../generated/prisma/client.js";
import { encodeId } from "../ids.js";
import { getOrCreate } from "../lib/get-or-create.js";
import { defaultBoardId, openBoard } from "./boards.js";
import { commitChange, type EventDraft, expectChange, type Outcome, type SharedWrite, type Tx } from "./changes.js";
import { fieldsChangedSince } from "./field-merge.js";
import { checkLabelIds } from "./labels.js";
import { notifyAssignee } from "./notifications.js";
import { operationPermission } from "./permissions.js";

/** The fields a create sets (absent: the default) and an update changes (absent: left as it is). */
interface TaskFields {
  description?: string | null;
  status?: TaskStatus | null;
  priority?: TaskPriority | null;
  /** On update, null unassigns. */
  assigneeId?: string | null;
  /** In display order; on update, a list replaces the labels. */
  labelIds?: readonly string[] | null;
  /** On update, null clears the due date. */
  dueAt?: Date | null;
  clientMutationId?: string | null;
}

export interface CreateTask extends TaskFields {
  workspaceId: string;
  title: string;
  /** A board of the workspace; absent: its first open board. */
  boardId?: string | null;
}

export interface UpdateTask extends TaskFields {
  id: string;
  title?: string | null;
  /** Refuse with CONFLICT unless the task is still at this version. */
  expectedVersion?: number | null;
}

export interface MoveTask {
  id: string;
  status: TaskStatus;
  /** The task to land below; absent or null puts it at the top of the column. */
  afterId?: string | null;
  /** Another board of the same workspace to move the card to; absent: it stays on its board. */
  boardId?: string | null;
  expectedVersion?: number | null;
  clientMutationId?: string | null;
}

/** What the log keeps of a task, enough to show and to rebuild it (see history.ts). */
export const loggedState = (t: Task) => ({
  version: t.version,
  title: t.title,
  description: t.description,
  status: t.status,
  priority: t.priority,
  assigneeId: t.assigneeId,
  position: t.position,
  boardId: t.boardId,
  labelIds: t.labelIds,
  dueAt: t.dueAt?.toISOString() ?? null,
});

/**
 * The task as it is before the workspace lock, and the caller's role in its workspace, in one statement and
 * once per request: the scope check and the change share it. Deleted tasks too: a retried delete must still
 * find its workspace. Under the lock, writes are conditional on this version (see `withLatest`).
 */
export function taskForWrite(ctx: Context, id: string): Promise<Task | null> {
  return ctx.once(`task:${id}`, async () => {
    const arrived = expectChange(ctx);
    const found = await readerFor(ctx.prisma)({ id, userId: ctx.user?.id ?? "" }).finally(arrived);
    if (!found) return null;
    const { callerRole, ...task } = found;
    ctx.knowRole(task.workspaceId, callerRole);
    return task;
  });
}

type KnownTask = Task & { callerRole: Role | null };
// Requests that arrive together read their tasks in one statement (db/read-batch.ts).
const readers = new WeakMap<PrismaClient, (key: { id: string; userId: string }) => Promise<KnownTask | undefined>>();
const readerFor = (prisma: PrismaClient) =>
  getOrCreate(readers, prisma, () =>
    batchedReads(async (keys: { id: string; userId: string }[]) => {
      const rows = await sqlOf(prisma).query<KnownTask & { "#ord": number }>(
        `SELECT k.ord AS "#ord", t.*, m.role::text AS "callerRole"
         FROM jsonb_to_recordset($1::jsonb) AS k(ord int, id text, "userId" text)
         JOIN "Task" t ON t.id = k.id
         LEFT JOIN "Membership" m ON m."workspaceId" = t."workspaceId" AND m."userId" = k."userId"`,
        [JSON.stringify(keys.map((k, ord) => ({ ord, ...k })))],
      );
      const out: (KnownTask | undefined)[] = new Array(keys.length).fill(undefined);
      for (const { "#ord": ord, ...row } of rows) out[ord] = row;
      return out;
    }),
  );

const retriedTask = { resultOf: (tx: Tx, event: { entityId: string }) => tx.task.findUniqueOrThrow({ where: { id: event.entityId } }) };

/** Checks that a task's assignee is a member and its labels belong to the workspace; returns the checked label ids, if given. */
async function checkReferences(
  tx: Tx,
  workspaceId: string,
  assigneeId: string | null | undefined,
  labelIds: readonly string[] | null | undefined,
): Promise<string[] | undefined> {
  if (assigneeId) await assertMember(tx, workspaceId, assigneeId);
  return labelIds == null ? undefined : checkLabelIds(tx, workspaceId, labelIds);
}

export function createTask(ctx: Context, input: CreateTask): Promise<Task> {
  // Lengths were checked at the API's edge (schema/validation.ts); the domain only normalizes.
  const title = input.title.trim();
  const description = input.description ?? "";
  return commitChange(
    ctx,
    input.workspaceId,
    operationPermission.createTask,
    async (tx, actor) => {
      const labelIds = (await checkReferences(tx, input.workspaceId, input.assigneeId, input.labelIds)) ?? [];
      const status = input.status ?? "TODO";
      const boardId = input.boardId
        ? (await openBoard(tx, input.workspaceId, input.boardId)).id
        : await defaultBoardId(tx, input.workspaceId);
      const task = await tx.task.create({
        data: {
          workspaceId: input.workspaceId,
          boardId,
          title,
          description,
          status,
          priority: input.priority ?? "MEDIUM",
          assigneeId: input.assigneeId ?? null,
          labelIds,
          dueAt: input.dueAt ?? null,
          createdById: actor.userId,
          position: (await lastPosition(tx, boardId, status)) + GAP,
        },
      });
      const notified = await notifyAssignee(tx, task, null, actor.userId);
      return {
        result: task,
        events: [
          {
            action: "TASK_CREATED",
            entityType: "Task",
            entityId: task.id,
            metadata: { after: loggedState(task), ...notified },
            undoable: true,
          },
        ],
      };
    },
    { ...retriedTask, clientMutationId: input.clientMutationId },
  );
}

export async function updateTask(ctx: Context, input: UpdateTask): Promise<Task> {
  const patch: Patch = {};
  if (input.title != null) patch.title = input.title.trim();
  if (input.description != null) patch.description = input.description;
  if (input.status != null) patch.status = input.status;
  if (input.priority != null) patch.priority = input.priority;
  if (input.assigneeId !== undefined) patch.assigneeId = input.assigneeId;
  if (input.dueAt !== undefined) patch.dueAt = input.dueAt;
  const known = await taskForWrite(ctx, input.id);
  if (!known) throw notFound("Task");
  const updated = (before: Task, after: Task, changed: string[], notified = {}): Outcome<Task> => ({
    result: after,
    events: [
      {
        action: "TASK_UPDATED",
        entityType: "Task",
        entityId: after.id,
        metadata: { before: loggedState(before), after: loggedState(after), changed, ...notified },
        undoable: true,
      },
    ],
  });
  return commitChange(
    ctx,
    known.workspaceId,
    operationPermission.updateTask,
    async (tx, actor) => {
      const labelIds = await checkReferences(tx, known.workspaceId, patch.assigneeId, input.labelIds);
      if (labelIds) patch.labelIds = labelIds;
      // An edit based on an older version merges unless a field it writes was changed since (field-merge.ts);
      // that reads the task's log, hence readsLog below.
      return withLatest(tx, known, null, async (before) => {
        const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => !sameValue(patch[k], before[k]));
        if (input.expectedVersion != null && before.version !== input.expectedVersion) {
          const clashes = await fieldsChangedSince(tx, before, input.expectedVersion, changed);
          if (clashes.length) throw staleVersion(before, input.expectedVersion, clashes);
        }
        if (changed.length === 0) return { result: before, events: [] };
        const data: TaskWrite = Object.fromEntries(changed.map((k) => [k, patch[k]]));
        // A status change through an edit lands the card at the bottom of its new column.
        if (patch.status && changed.includes("status")) data.position = (await lastPosition(tx, before.boardId, patch.status)) + GAP;
        const after = await updateIfUnchanged(tx, before, data);
        if (!after) return null;
        return updated(before, after, changed, await notifyAssignee(tx, after, before.assigneeId, actor.userId));
      });
    },
    { ...retriedTask, clientMutationId: input.clientMutationId },
    { readsLog: input.expectedVersion != null, shared: plainEdit(known, patch, input, updated) },
  );
}

type Patch = Partial<Pick<Task, "title" | "description" | "status" | "priority" | "assigneeId" | "labelIds" | "dueAt">>;
type PlainField = "title" | "description" | "priority" | "dueAt";

/**
 * An edit of fields that need nothing else read or written (title, description, priority, due date), based
 * on the version read before the lock: it is committed with the batch's other such edits in one statement
 * (SharedWrite in changes.ts), its log entry made now from that version. Anything else (a status, an
 * assignee or labels to check, a stale base, an edit that changes nothing) takes the plain path.
 */
function plainEdit(
  known: Task,
  patch: Patch,
  input: UpdateTask,
  updated: (before: Task, after: Task, changed: string[]) => Outcome<Task>,
): SharedWrite<Task> | undefined {
  if (known.deletedAt !== null || input.labelIds != null || patch.assigneeId !== undefined) return undefined;
  if (patch.status !== undefined && patch.status !== known.status) return undefined;
  if (input.expectedVersion != null && input.expectedVersion !== known.version) return undefined;
  const changed = (["title", "description", "priority", "dueAt"] as const).filter(
    (k) => patch[k] !== undefined && !sameValue(patch[k], known[k]),
  );
  if (changed.length === 0) return undefined;
  const values: Partial<Pick<Task, PlainField>> = Object.fromEntries(changed.map((k) => [k, patch[k]]));
  const set = Object.fromEntries(changed.map((k) => [k, k === "dueAt" ? (patch.dueAt?.toISOString() ?? null) : patch[k]]));
  // What the row will be if the statement writes it (it writes only at this version).
  const after: Task = { ...known, ...values, version: known.version + 1 };
  return {
    kind: plainEdits,
    data: { version: known.version, set },
    event: updated(known, after, changed).events[0]!,
    result: (row) => row as unknown as Task,
  };
}

/** The plain edits of a batch, each only if its task is still at the version it was based on. */
const plainEdits = {
  write: `UPDATE "Task" t SET
       title = CASE WHEN j.data->'set' ? 'title' THEN j.data->'set'->>'title' ELSE t.title END,
       description = CASE WHEN j.data->'set' ? 'description' THEN j.data->'set'->>'description' ELSE t.description END,
       priority = CASE WHEN j.data->'set' ? 'priority' THEN (j.data->'set'->>'priority')::"TaskPriority" ELSE t.priority END,
       "dueAt" = CASE WHEN j.data->'set' ? 'dueAt'
         THEN ((j.data->'set'->>'dueAt')::timestamptz AT TIME ZONE 'UTC')::timestamp(3) ELSE t."dueAt" END,
       version = t.version + 1,
       "updatedAt" = $3::timestamp(3)
     FROM permitted j
     WHERE t.id = j."entityId" AND t."workspaceId" = $1 AND t.version = (j.data->>'version')::int AND t."deletedAt" IS NULL
     RETURNING j.ord AS "#ord", t.*`,
};

export async function moveTask(ctx: Context, input: MoveTask): Promise<Task> {
  if (input.afterId === input.id) throw badInput("A task cannot be placed after itself.", "afterId", "INVALID_PLACEMENT");
  const found = await taskForWrite(ctx, input.id);
  if (!found) throw notFound("Task");
  return commitChange(
    ctx,
    found.workspaceId,
    operationPermission.moveTask,
    async (tx) => {
      // The target column and the task itself in one read under the lock; a second only if the task changed
      // boards since it was read before the lock (the column read was then the wrong one).
      let known = found;
      let read: { task: Task | undefined; column: Task[]; boardId: string };
      for (;;) {
        const boardId =
          input.boardId && input.boardId !== known.boardId ? (await openBoard(tx, known.workspaceId, input.boardId)).id : known.boardId;
        read = { ...(await columnWithTask(tx, input.id, boardId, input.status)), boardId };
        if (!read.task || read.task.boardId === known.boardId) break;
        known = read.task;
      }
      const { task: before, column, boardId } = read;
      if (!before) throw notFound("Task");
      if (input.expectedVersion != null && before.version !== input.expectedVersion) throw staleVersion(before, input.expectedVersion);
      const { position, renumbered } = await positionAfter(tx, column, input.afterId ?? null);
      if (position === before.position && input.status === before.status && boardId === before.boardId)
        return { result: before, events: [] };
      // Read under the lock just now: no one else can have changed it since.
      const after = await updateIfUnchanged(tx, before, { status: input.status, position, boardId });
      if (!after) throw new Error(`task ${before.id} changed while its workspace was locked`);
      return {
        result: after,
        // Neighbours spread out first, so at every version of the log the column's positions agree.
        events: [
          ...renumbered,
          {
            action: "TASK_MOVED",
            entityType: "Task",
            entityId: after.id,
            metadata: { before: loggedState(before), after: loggedState(after), afterId: input.afterId ?? null },
            undoable: true,
          },
        ],
      };
    },
    { ...retriedTask, clientMutationId: input.clientMutationId },
  );
}

export async function deleteTask(ctx: Context, id: string, clientMutationId?: string | null): Promise<Task> {
  const known = await taskForWrite(ctx, id);
  if (!known) throw notFound("Task");
  return commitChange(
    ctx,
    known.workspaceId,
    operationPermission.deleteTask,
    async (tx) =>
      withLatest(tx, known, null, async (before) => {
        const after = await updateIfUnchanged(tx, before, { deletedAt: new Date() });
        if (!after) return null;
        return {
          result: after,
          events: [
            {
              action: "TASK_DELETED",
              entityType: "Task",
              entityId: id,
              metadata: { before: loggedState(before), after: { deleted: true, version: after.version } },
              undoable: true,
            },
          ],
        };
      }),
    { ...retriedTask, clientMutationId },
  );
}

/**
 * Runs `write` on the task as it was read before the lock. Its writes are conditional on that version, so if
 * another writer got in between, `write` answers null and runs again on the task re-read under the lock,
 * which also turns a deleted task into NOT_FOUND and a stale expectedVersion into CONFLICT.
 */
async function withLatest<R>(
  tx: Tx,
  known: Task,
  expectedVersion: number | null | undefined,
  write: (task: Task) => Promise<R | null>,
): Promise<R> {
  if (known.deletedAt === null && (expectedVersion == null || known.version === expectedVersion)) {
    const done = await write(known);
    if (done !== null) return done;
  }
  const done = await write(await liveTask(tx, known.id, expectedVersion));
  if (done === null) throw new Error(`task ${known.id} changed while its workspace was locked`);
  return done;
}

/** The task columns a write sets, with their SQL types (enums need theirs named). */
const writable = {
  title: "text",
  description: "text",
  status: '"TaskStatus"',
  priority: '"TaskPriority"',
  assigneeId: "text",
  labelIds: "text[]",
  dueAt: "timestamp(3)",
  position: "double precision",
  boardId: "text",
  deletedAt: "timestamp(3)",
} as const;
type TaskWrite = Partial<Pick<Task, keyof typeof writable>>;

/**
 * UPDATE … RETURNING, only if the task is still at the version `task` was read at (and not deleted). Raw SQL
 * (db/raw.ts): it is the write path's hottest statement. `updatedAt` is set here, as Prisma's @updatedAt would.
 */
async function updateIfUnchanged(tx: Tx, task: Task, data: TaskWrite): Promise<Task | null> {
  const params: unknown[] = [task.id, task.version, new Date()];
  const sets = Object.entries(data).map(([field, value]) => {
    params.push(value);
    return `"${field}" = $${params.length}::${writable[field as keyof typeof writable]}`;
  });
  const [after] = await sqlOf(tx).query<Task>(
    `UPDATE "Task" SET ${sets.join(", ")}, version = version + 1, "updatedAt" = $3::timestamp(3)
     WHERE id = $1 AND version = $2 AND "deletedAt" IS NULL RETURNING *`,
    params,
  );
  return after ?? null;
}

/** The live tasks of a column (but `id`), in order, and the task `id` itself as it is now (deleted: undefined). */
async function columnWithTask(tx: Tx, id: string, boardId: string, status: TaskStatus) {
  const rows = await sqlOf(tx).query<Task>(
    `SELECT * FROM "Task" WHERE ("boardId" = $2 AND status = $3::"TaskStatus" AND "deletedAt" IS NULL) OR id = $1
     ORDER BY position ASC`,
    [id, boardId, status],
  );
  const task = rows.find((t) => t.id === id);
  return { task: task?.deletedAt === null ? task : undefined, column: rows.filter((t) => t.id !== id) };
}

/**
 * Re-read under the workspace lock: another writer may have changed or deleted it since the caller looked.
 * With an expected version, a task that has moved on is a CONFLICT that carries the task as it is now.
 */
async function liveTask(tx: Tx, id: string, expectedVersion?: number | null): Promise<Task> {
  const [task] = await sqlOf(tx).query<Task>(`SELECT * FROM "Task" WHERE id = $1 AND "deletedAt" IS NULL`, [id]);
  if (!task) throw notFound("Task");
  if (expectedVersion != null && task.version !== expectedVersion) throw staleVersion(task, expectedVersion);
  return task;
}

/** CONFLICT carrying the task as it is now and, for an edit, the fields someone else changed since `expectedVersion`. */
function staleVersion(task: Task, expectedVersion: number, fields?: readonly string[]) {
  const message = fields
    ? `Someone else changed ${fields.map((f) => fieldWords[f] ?? f).join(" and ")} of this task since you opened it.`
    : `This task changed since version ${expectedVersion}: it is at version ${task.version} now.`;
  return conflict("STALE_VERSION", message, {
    current: {
      id: encodeId("Task", task.id),
      ...loggedState(task),
      assigneeId: task.assigneeId && encodeId("User", task.assigneeId),
      version: task.version,
      updatedAt: task.updatedAt.toISOString(),
    },
    ...(fields ? { fields } : {}),
  });
}

const fieldWords: Record<string, string> = {
  title: "the title",
  description: "the description",
  status: "the status",
  priority: "the priority",
  assigneeId: "the assignee",
  labelIds: "the labels",
  dueAt: "the due date",
};

async function assertMember(tx: Tx, workspaceId: string, userId: string) {
  const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  if (!member) throw badInput("The assignee must be a member of this workspace.", "assigneeId", "NOT_A_MEMBER");
}

/** The bottom card's position in a column (0 when empty). Columns are per board: a status on one board. */
export async function lastPosition(tx: Tx, boardId: string, status: TaskStatus): Promise<number> {
  const [last] = await sqlOf(tx).query<{ position: number }>(
    `SELECT position FROM "Task" WHERE "boardId" = $1 AND status = $2::"TaskStatus" AND "deletedAt" IS NULL
     ORDER BY position DESC LIMIT 1`,
    [boardId, status],
  );
  return last?.position ?? 0;
}

/**
 * The position between `afterId` (or the column's top) and its next neighbour. When the gap has run out,
 * the column is spread out again first; each task that moves that way is logged, so every client's board
 * and every rebuilt past board keep the same positions as the server.
 */
async function positionAfter(tx: Tx, column: Task[], afterId: string | null): Promise<{ position: number; renumbered: EventDraft[] }> {
  const index = insertionIndex(column, afterId);
  if (index === -1) throw badInput("afterId must be a task in the target column of the same board.", "afterId", "INVALID_PLACEMENT");
  const position = positionAt(column, index);
  if (position !== null) return { position, renumbered: [] };
  // The neighbours are too close for a midpoint: spread the column out again first.
  const renumbered: EventDraft[] = [];
  for (const [i, before] of column.entries()) {
    if (before.position === spreadPosition(i)) continue;
    const after = await tx.task.update({ where: { id: before.id }, data: { position: spreadPosition(i), version: { increment: 1 } } });
    renumbered.push({
      action: "TASK_MOVED",
      entityType: "Task",
      entityId: after.id,
      metadata: { before: loggedState(before), after: loggedState(after), renumbered: true },
    });
  }
  return { position: positionInSpreadColumn(index), renumbered };
}

/** Field equality for a patch: lists and dates by value. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
