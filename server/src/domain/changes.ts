import type { Action } from "@taskgraph/core";
import type { Context } from "../context.js";
import { type Sql, sqlOf, transaction } from "../db/raw.js";
import { badInput, conflict, forbidden, notFound, unauthenticated } from "../errors.js";
import type { Prisma, PrismaClient, Role } from "../generated/prisma/client.js";
import { getOrCreate } from "../lib/get-or-create.js";
import type { WorkspaceEvent } from "../realtime/pubsub.js";
import { createGroupCommitter, type Settled } from "./group-commit.js";
import { snapshotIfDue } from "./history.js";
import { can, type Permission } from "./permissions.js";

export type Tx = Prisma.TransactionClient;

// The log's kinds of entry are listed once, for server and web, in packages/core/src/actions.ts:
// a new kind of change is added there.
export type { Action };

export interface EventDraft {
  action: Action;
  entityType: "Workspace" | "Member" | "Invitation" | "Task" | "Label" | "Board" | "Checkpoint" | "Comment";
  entityId: string;
  metadata?: Prisma.InputJsonValue;
  clientMutationId?: string;
  /** The actor's own task change, which they may undo (undo and redo themselves are not). */
  undoable?: boolean;
}

export interface Outcome<T> {
  result: T;
  events: EventDraft[];
}

/** A client-generated id that makes a retried mutation return its first result instead of writing again. */
export interface Idempotency<T> {
  clientMutationId: string | null | undefined;
  /** The first attempt's result, from the event it logged. */
  resultOf: (tx: Tx, event: { entityId: string }) => Promise<T>;
}

export interface Actor {
  userId: string;
  role: Role | null;
}

export interface ChangeOptions {
  /** The change reads the log or the undo stacks (undo, redo, restore): earlier changes of its batch are appended first. */
  readsLog?: boolean;
  /** The change's write can share one statement with the like changes of its batch (see SharedWrite). */
  shared?: SharedWrite;
}

/**
 * A write that the like changes of a batch make in one statement (tasks.ts: plain edits of tasks), instead of
 * one round trip each under the lock. `writeAll` gets the `data` of every such change of the batch (one
 * `writeAll` function, one statement) and answers what it wrote for each, or undefined where it wrote nothing
 * (someone else got in first, or another change of the batch took the same row); `finish` makes the change's
 * outcome from what was written. A change `writeAll` did not write runs as usual, through its own function.
 */
export interface SharedWrite<D = unknown, W = unknown> {
  data: D;
  writeAll(tx: Tx, data: D[]): Promise<(W | undefined)[]>;
  finish(written: W): Outcome<unknown>;
}

// Writers to one workspace queue on its row lock; give them room before Prisma gives up on them.
const txOptions = { maxWait: 15_000, timeout: 15_000 } as const;
// A batch that has to be re-run runs each change in a savepoint, a subtransaction: PostgreSQL keeps 64 per
// transaction in shared memory before every other session's snapshots slow down, so a batch stays below that.
const MAX_BATCH = 50;

interface Job {
  userId: string;
  permission: Permission | null;
  change: (tx: Tx, actor: Actor) => Promise<Outcome<unknown>>;
  idempotency?: Idempotency<unknown>;
  clientMutationId: string | null;
  options: ChangeOptions;
}

type Draft = EventDraft & { actorId: string };

const committers = new WeakMap<PrismaClient, ReturnType<typeof createGroupCommitter<Job, unknown>>>();
function committerFor(ctx: Context) {
  let committer = committers.get(ctx.prisma);
  if (!committer) {
    const services = { prisma: ctx.prisma, bus: ctx.bus };
    committer = createGroupCommitter<Job, unknown>((workspaceId, jobs) => commitBatch(services, workspaceId, jobs), MAX_BATCH);
    committers.set(ctx.prisma, committer);
  }
  return committer;
}

/** Marks a change on its way to commitChange, so the batch about to start waits a moment for it (group-commit.ts). */
export const expectChange = (ctx: Context) => committerFor(ctx).arrive();

/**
 * The single write path. Changes to one workspace are group-committed (group-commit.ts): one transaction
 * locks the workspace row (so log versions are gap-free, across instances too), reads the callers' roles
 * under that lock, runs each change (one that fails is rolled back alone and answered with its own error: see
 * commitBatch), bumps the version once for the batch and appends its events in one statement.
 * Subscribers hear about the events only after the commit, in version order.
 */
export async function commitChange<T>(
  ctx: Context,
  workspaceId: string,
  permission: Permission | null,
  change: (tx: Tx, actor: Actor) => Promise<Outcome<T>>,
  idempotency?: Idempotency<T>,
  options: ChangeOptions = {},
): Promise<T> {
  const userId = ctx.user?.id;
  if (!userId) throw unauthenticated();
  const clientMutationId = idempotency?.clientMutationId ?? null;
  if (clientMutationId !== null && (clientMutationId.length === 0 || clientMutationId.length > 100)) {
    throw badInput("clientMutationId must be 1 to 100 characters.", "clientMutationId", "TOO_LONG");
  }
  const job: Job = { userId, permission, change, idempotency: idempotency as Idempotency<unknown> | undefined, clientMutationId, options };
  return (await committerFor(ctx).submit(workspaceId, job)) as T;
}

/** A change of an optimistic batch failed: the batch is rolled back and run again, each change in a savepoint. */
class ChangeFailed extends Error {}

async function commitBatch(ctx: Pick<Context, "prisma" | "bus">, workspaceId: string, jobs: Job[]): Promise<Settled<unknown>[]> {
  // Changes rarely fail, so a batch first runs without savepoints (each costs two round trips under the lock).
  // If one does fail, nothing of the batch is kept and it runs again with savepoints, so that change fails
  // alone and the others still commit. A lone change needs no savepoint: its failure is the transaction's.
  let settled: Settled<unknown>[];
  let events: WorkspaceEvent[];
  try {
    ({ settled, events } = await runBatch(ctx, workspaceId, jobs, false));
  } catch (error) {
    if (!(error instanceof ChangeFailed)) throw error;
    ({ settled, events } = await runBatch(ctx, workspaceId, jobs, true));
  }
  publishAll(ctx, events);
  return settled;
}

async function runBatch(ctx: Pick<Context, "prisma">, workspaceId: string, jobs: Job[], savepoints: boolean) {
  const settled: Settled<unknown>[] = new Array(jobs.length);
  const events = await transaction(
    ctx.prisma,
    async (tx) => {
      const sql = sqlOf(tx);
      const actors = [...new Set(jobs.map((j) => j.userId))];
      let roles = await lockWorkspace(sql, workspaceId, actors);
      // Retries find their first attempt in the log, or earlier in this very batch.
      const ids = jobs.flatMap((j) => (j.idempotency && j.clientMutationId !== null ? [j.clientMutationId] : []));
      const earlier = new Map<string, { actorId: string; entityId: string }>();
      if (ids.length) {
        const found = await sql.query<{ clientMutationId: string; actorId: string; entityId: string }>(
          `SELECT "clientMutationId", "actorId", "entityId" FROM "Event" WHERE "workspaceId" = $1 AND "clientMutationId" = ANY($2::text[])`,
          [workspaceId, ids],
        );
        for (const e of found) earlier.set(e.clientMutationId, e);
      }
      // A batch run again after a failure keeps to the plain path: one change at a time, each in its savepoint.
      const written = savepoints ? new Map<Job, unknown>() : await writeShared(tx, jobs, roles, earlier);
      // The changes written together come first in the log: they were written first.
      const order = [...jobs.keys()].sort((a, b) => Number(written.has(jobs[b]!)) - Number(written.has(jobs[a]!)));
      const appended: WorkspaceEvent[] = [];
      let pending: Draft[] = [];
      const flush = async () => {
        appended.push(...(await appendEvents(tx, workspaceId, pending)));
        pending = [];
      };
      for (const i of order) {
        const job = jobs[i]!;
        // A refusal writes nothing, so it needs neither a savepoint nor a second run.
        const role = roles.get(job.userId) ?? null;
        const refused = refusal(job, role);
        if (refused) {
          if (jobs.length === 1) throw refused;
          settled[i] = { ok: false, error: refused };
          continue;
        }
        if (job.options.readsLog && pending.length && !written.has(job)) await flush();
        if (savepoints) await sql.query(`SAVEPOINT change_${i}`);
        try {
          const { result, drafts } = await runJob(tx, job, role, earlier, written.has(job) ? { value: written.get(job) } : undefined);
          pending.push(...drafts);
          settled[i] = { ok: true, value: result };
          // Membership changes decide what the rest of the batch may do.
          if (drafts.some((d) => d.action.startsWith("MEMBER_"))) roles = await readRoles(sql, workspaceId, actors);
        } catch (error) {
          if (jobs.length === 1) throw error;
          if (!savepoints) throw new ChangeFailed();
          await sql.query(`ROLLBACK TO SAVEPOINT change_${i}`);
          settled[i] = { ok: false, error };
        }
      }
      if (pending.length) await flush();
      return appended;
    },
    txOptions,
  );
  return { settled, events };
}

/**
 * The shared writes of a batch (SharedWrite), one statement per kind: for the changes their actor may make
 * and that are not retries. Answers what was written, by change.
 */
async function writeShared(
  tx: Tx,
  jobs: Job[],
  roles: Map<string, Role>,
  earlier: Map<string, { actorId: string; entityId: string }>,
): Promise<Map<Job, unknown>> {
  const written = new Map<Job, unknown>();
  const kinds = new Map<SharedWrite["writeAll"], Job[]>();
  const ids = new Set<string>();
  for (const job of jobs) {
    const shared = job.options.shared;
    if (!shared || refusal(job, roles.get(job.userId) ?? null)) continue;
    // A retry answers its first attempt; two attempts in one batch must not both write.
    if (job.clientMutationId !== null) {
      if (earlier.has(job.clientMutationId) || ids.has(job.clientMutationId)) continue;
      ids.add(job.clientMutationId);
    }
    getOrCreate(kinds, shared.writeAll, () => []).push(job);
  }
  for (const [writeAll, kind] of kinds) {
    const results = await writeAll(
      tx,
      kind.map((j) => j.options.shared!.data),
    );
    kind.forEach((job, k) => {
      if (results[k] !== undefined) written.set(job, results[k]);
    });
  }
  return written;
}

/** Why the actor may not make this change at all, if they may not. */
function refusal(job: Job, role: Role | null): Error | null {
  if (!job.permission) return null;
  if (!role) return notFound("Workspace");
  if (!can(role, job.permission)) return forbidden();
  return null;
}

async function runJob(
  tx: Tx,
  job: Job,
  role: Role | null,
  earlier: Map<string, { actorId: string; entityId: string }>,
  written?: { value: unknown },
) {
  const { clientMutationId, idempotency } = job;
  if (idempotency && clientMutationId !== null && !written) {
    const first = earlier.get(clientMutationId);
    if (first) {
      if (first.actorId !== job.userId) throw conflict("MUTATION_ID_TAKEN", "This clientMutationId was already used by someone else.");
      return { result: await idempotency.resultOf(tx, first), drafts: [] as Draft[] };
    }
  }
  const outcome = written ? job.options.shared!.finish(written.value) : await job.change(tx, { userId: job.userId, role });
  // The id marks the change the client asked for: its undoable event, or the only one.
  const primary = Math.max(
    0,
    outcome.events.findIndex((d) => d.undoable),
  );
  const drafts: Draft[] = outcome.events.map((d, i) => ({
    ...d,
    actorId: job.userId,
    ...(i === primary && clientMutationId !== null ? { clientMutationId } : {}),
  }));
  if (clientMutationId !== null && drafts.length)
    earlier.set(clientMutationId, { actorId: job.userId, entityId: drafts[primary]!.entityId });
  return { result: outcome.result, drafts };
}

/** Locks the workspace row (writers on every instance queue here) and reads the actors' roles, in one statement. */
async function lockWorkspace(sql: Sql, workspaceId: string, userIds: string[]): Promise<Map<string, Role>> {
  const rows = await sql.query<{ userId: string | null; role: string | null }>(
    `SELECT m."userId", m.role::text AS role
     FROM "Workspace" w LEFT JOIN "Membership" m ON m."workspaceId" = w.id AND m."userId" = ANY($2::text[])
     WHERE w.id = $1
     FOR UPDATE OF w`,
    [workspaceId, userIds],
  );
  if (rows.length === 0) throw notFound("Workspace");
  return new Map(rows.flatMap((r) => (r.userId ? [[r.userId, r.role as Role] as const] : [])));
}

async function readRoles(sql: Sql, workspaceId: string, userIds: string[]): Promise<Map<string, Role>> {
  const rows = await sql.query<{ userId: string; role: Role }>(
    `SELECT "userId", role::text AS role FROM "Membership" WHERE "workspaceId" = $1 AND "userId" = ANY($2::text[])`,
    [workspaceId, userIds],
  );
  return new Map(rows.map((r) => [r.userId, r.role]));
}

/** For changes that create their workspace: same log and publish rules, no workspace to lock yet. */
export async function commitNewWorkspace<T>(
  ctx: Context,
  change: (tx: Tx, userId: string) => Promise<Outcome<T> & { workspaceId: string }>,
): Promise<T> {
  const userId = ctx.user?.id;
  if (!userId) throw unauthenticated();
  const { result, events } = await transaction(
    ctx.prisma,
    async (tx) => {
      const outcome = await change(tx, userId);
      const drafts = outcome.events.map((d) => ({ ...d, actorId: userId }));
      return { result: outcome.result, events: await appendEvents(tx, outcome.workspaceId, drafts) };
    },
    txOptions,
  );
  publishAll(ctx, events);
  return result;
}

/** An event row as the append statement returns it: the bus event's fields, its time as the driver gives it. */
type AppendedRow = Omit<WorkspaceEvent, "createdAt"> & { createdAt: Date | string };

/**
 * One statement: bumps the workspace version by n, inserts the n events after the old head (in draft order),
 * and keeps the actors' undo stacks: a new undoable change of one's own starts a new branch, so what that
 * actor had undone can no longer be redone, and the change becomes the newest thing they can undo.
 */
async function appendEvents(tx: Tx, workspaceId: string, drafts: Draft[]): Promise<WorkspaceEvent[]> {
  if (drafts.length === 0) return [];
  const n = drafts.length;
  const rows = JSON.stringify(
    drafts.map((d, i) => ({
      ord: i + 1,
      action: d.action,
      actorId: d.actorId,
      entityType: d.entityType,
      entityId: d.entityId,
      metadata: d.metadata ?? {},
      clientMutationId: d.clientMutationId ?? null,
      undoable: !!d.undoable,
    })),
  );
  const appended = await sqlOf(tx).query<AppendedRow>(
    `WITH head AS (
      UPDATE "Workspace" SET version = version + $2::int WHERE id = $1 RETURNING version - $2::int AS base
    ), drafts AS (
      SELECT * FROM jsonb_to_recordset($3::jsonb) AS d(ord int, action text, "actorId" text, "entityType" text,
        "entityId" text, metadata jsonb, "clientMutationId" text, undoable boolean)
    ), inserted AS (
      INSERT INTO "Event" (id, "workspaceId", version, action, "actorId", "entityType", "entityId", metadata, "clientMutationId")
      SELECT gen_random_uuid()::text, $1, head.base + d.ord, d.action, d."actorId", d."entityType", d."entityId",
        d.metadata, d."clientMutationId"
      FROM drafts d CROSS JOIN head
      RETURNING id, "workspaceId", version, action, "entityType", "entityId", "actorId", "createdAt"
    ), cleared AS (
      DELETE FROM "UndoEntry"
      WHERE "workspaceId" = $1 AND state = 'UNDONE' AND "userId" IN (SELECT "actorId" FROM drafts WHERE undoable)
    ), undoable AS (
      INSERT INTO "UndoEntry" ("eventId", "workspaceId", "userId", version)
      SELECT i.id, i."workspaceId", i."actorId", i.version
      FROM inserted i CROSS JOIN head JOIN drafts d ON d.ord = i.version - head.base
      WHERE d.undoable
    )
    SELECT * FROM inserted ORDER BY version`,
    [workspaceId, n, rows],
  );
  // The statement inserts one row per draft, and there is at least one.
  const first = appended[0]!.version;
  await snapshotIfDue(tx, workspaceId, first, first + n - 1);
  return appended.map((row) => toWorkspaceEvent({ ...row, createdAt: new Date(row.createdAt) }));
}

/** A log row as it travels on the bus: just the fields subscribers route on, dates as ISO strings. */
export function toWorkspaceEvent(row: Omit<WorkspaceEvent, "createdAt"> & { createdAt: Date }): WorkspaceEvent {
  const { id, workspaceId, version, action, entityType, entityId, actorId } = row;
  return { id, workspaceId, version, action, entityType, entityId, actorId, createdAt: row.createdAt.toISOString() };
}

function publishAll(ctx: Pick<Context, "bus">, events: WorkspaceEvent[]) {
  for (const event of events.sort((a, b) => a.version - b.version)) ctx.bus.publish(event);
}
