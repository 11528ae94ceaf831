import type { Action } from "@taskgraph/core";
import type { Context } from "../context.js";
import { type Sql, sqlOf } from "../db/raw.js";
import { badInput, conflict, forbidden, notFound, unauthenticated } from "../errors.js";
import { type Prisma, type PrismaClient, type Role, Role as RoleEnum } from "../generated/prisma/client.js";
import { getOrCreate } from "../lib/get-or-create.js";
import { logger } from "../logger.js";
import type { WorkspaceEvent } from "../realtime/pubsub.js";
import { createGroupCommitter, type Settled } from "./group-commit.js";
import { SNAPSHOT_EVERY, snapshotIfDue } from "./history.js";
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
 * A change that the like changes of a batch commit together in ONE statement, lock and log included, outside
 * any transaction (tasks.ts: plain edits of tasks). Under load most of a batch's time under the lock is round
 * trips; this makes it one. The change must know, before the lock, what it will write and what it will log
 * if it writes: its `event` is appended only where `kind.write` wrote its row.
 *
 * `kind.write` is a data-modifying CTE over `permitted j` (the batch's changes whose actor may make them and
 * that are no retries; `j.ord`, `j."entityId"`, `j.data` = each change's `data`), with $1 the workspace id and
 * $3 the time of the change, that answers `RETURNING j.ord AS "#ord", <the written row>`. A change it did not
 * write (someone else got in first, a refusal, a retry) is made as usual afterwards, through its own function.
 */
export interface SharedWrite<R = unknown> {
  kind: { write: string };
  data: unknown;
  event: EventDraft;
  result(row: Record<string, unknown>): R;
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
 * The single write path. Changes to one workspace are group-committed (group-commit.ts). The batch's shared
 * writes (plain task edits, see SharedWrite) commit first, all in one statement; then one transaction locks
 * the workspace row (so log versions are gap-free, across instances too), reads the callers' roles under
 * that lock, runs each remaining change (one that fails is rolled back alone and answered with its own
 * error: see commitBatch), bumps the version once for the batch and appends its events in one statement.
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
  const settled: Settled<unknown>[] = new Array(jobs.length);
  // The changes that can be committed together first, each kind in one statement (SharedWrite).
  const shared = await commitShared(ctx, workspaceId, jobs);
  for (const [i, job] of jobs.entries()) {
    const row = shared.rows.get(job);
    if (row) settled[i] = { ok: true, value: job.options.shared!.result(row) };
  }
  publishAll(ctx, shared.events);
  const rest = [...jobs.keys()].filter((i) => !settled[i]);
  if (rest.length === 0) return settled;
  // Changes rarely fail, so a batch first runs without savepoints (each costs two round trips under the lock).
  // If one does fail, nothing of the batch is kept and it runs again with savepoints, so that change fails
  // alone and the others still commit. A lone change needs no savepoint: its failure is the transaction's.
  const others = rest.map((i) => jobs[i]!);
  let outcome: { settled: Settled<unknown>[]; events: WorkspaceEvent[] };
  try {
    outcome = await runBatch(ctx, workspaceId, others, false);
  } catch (error) {
    if (!(error instanceof ChangeFailed)) {
      if (shared.events.length === 0) throw error;
      // Part of the batch did commit: the rest is answered with the failure, one by one.
      outcome = { settled: others.map(() => ({ ok: false, error })), events: [] };
    } else outcome = await runBatch(ctx, workspaceId, others, true);
  }
  rest.forEach((i, k) => {
    settled[i] = outcome.settled[k]!;
  });
  publishAll(ctx, outcome.events);
  return settled;
}

/**
 * Commits the batch's shared writes (SharedWrite), one statement per kind: locks the workspace row, writes the
 * rows, bumps the version by the number written and appends their events and undo entries. The statement
 * reads the roles, the retries' first attempts and the rows as of its start; if anything was committed to
 * the workspace between its start and its getting the lock, it writes nothing (its reads could be stale),
 * and the changes are made one by one instead.
 */
async function commitShared(ctx: Pick<Context, "prisma">, workspaceId: string, jobs: Job[]) {
  const rows = new Map<Job, Record<string, unknown>>();
  const events: WorkspaceEvent[] = [];
  const kinds = new Map<SharedWrite["kind"], Job[]>();
  const ids = new Set<string>();
  const entities = new Set<string>();
  for (const job of jobs) {
    const shared = job.options.shared;
    if (!shared || !job.permission) continue;
    // One write per row and statement: UPDATE … FROM applies only one of two for the same row.
    if (entities.has(shared.event.entityId)) continue;
    entities.add(shared.event.entityId);
    // Two attempts of one retry in one batch: the second answers the first, so it goes the usual way.
    if (job.clientMutationId !== null) {
      if (ids.has(job.clientMutationId)) continue;
      ids.add(job.clientMutationId);
    }
    getOrCreate(kinds, shared.kind, () => []).push(job);
  }
  for (const [kind, kindJobs] of kinds) {
    const drafts = kindJobs.map((job, ord) => {
      const { event } = job.options.shared!;
      return {
        ord,
        actorId: job.userId,
        allowed: roleNames.filter((r) => can(r, job.permission!)),
        clientMutationId: job.clientMutationId,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        metadata: event.metadata ?? {},
        undoable: !!event.undoable,
        data: job.options.shared!.data,
      };
    });
    let written: (Record<string, unknown> & { "#ord": number })[] = [];
    // Nothing written is most often another instance's commit while this statement waited for the lock
    // (its snapshot was then stale): once more, with a snapshot that sees it.
    for (let attempt = 0; attempt < 2 && written.length === 0; attempt++) {
      try {
        written = await sqlOf(ctx.prisma).query(sharedStatement(kind.write), [workspaceId, JSON.stringify(drafts), new Date()]);
      } catch {
        // A retry's twin from another instance, a deadlock: nothing was written; they go the usual way.
        break;
      }
    }
    const appended: WorkspaceEvent[] = [];
    for (const answered of written) {
      const row: Record<string, unknown> = {};
      const event: Record<string, unknown> = { workspaceId };
      for (const [key, value] of Object.entries(answered)) {
        if (key.startsWith("#")) event[key.slice(1)] = value;
        else row[key] = value;
      }
      rows.set(kindJobs[event.ord as number]!, row);
      appended.push(toWorkspaceEvent(event as unknown as Parameters<typeof toWorkspaceEvent>[0]));
    }
    events.push(...appended);
    // The rows come in version order. A snapshot is addressed by its version, so it is made after the commit
    // while the next batches go on: a board read meanwhile starts from the snapshot before (history.ts).
    const [from, to] = [appended[0]?.version ?? 0, appended.at(-1)?.version ?? 0];
    if (snapshotDue(from, to))
      void ctx.prisma
        .$transaction((tx) => snapshotIfDue(tx, workspaceId, from, to), txOptions)
        .catch((err: unknown) =>
          logger.warn({ err, workspaceId, version: to }, "board snapshot not stored; boards are rebuilt from the one before"),
        );
  }
  return { rows, events };
}

const roleNames = Object.values(RoleEnum) as Role[];

const sharedStatement = (write: string) => `
  WITH jobs AS (
    SELECT * FROM jsonb_to_recordset($2::jsonb) AS j(ord int, "actorId" text, allowed text[], "clientMutationId" text,
      action text, "entityType" text, "entityId" text, metadata jsonb, undoable boolean, data jsonb)
  ), locked AS (
    SELECT version FROM "Workspace" WHERE id = $1 FOR UPDATE
  ), fresh AS (
    -- The version this statement's snapshot sees is the one it locked: nothing committed in between.
    SELECT 1 FROM locked l JOIN "Workspace" w ON w.id = $1 AND w.version = l.version
  ), permitted AS (
    SELECT j.* FROM jobs j
    WHERE EXISTS (SELECT 1 FROM fresh)
      AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."workspaceId" = $1 AND m."userId" = j."actorId" AND m.role::text = ANY (j.allowed))
      AND (j."clientMutationId" IS NULL
        OR NOT EXISTS (SELECT 1 FROM "Event" e WHERE e."workspaceId" = $1 AND e."clientMutationId" = j."clientMutationId"))
  ), written AS (
    ${write}
  ), numbered AS (
    SELECT "#ord" AS ord, (row_number() OVER (ORDER BY "#ord"))::int AS n FROM written
  ), head AS (
    UPDATE "Workspace" SET version = version + (SELECT count(*)::int FROM written)
    WHERE id = $1 AND EXISTS (SELECT 1 FROM written)
    RETURNING version - (SELECT count(*)::int FROM written) AS base
  ), inserted AS (
    INSERT INTO "Event" (id, "workspaceId", version, action, "actorId", "entityType", "entityId", metadata, "clientMutationId")
    SELECT gen_random_uuid()::text, $1, head.base + n.n, j.action, j."actorId", j."entityType", j."entityId", j.metadata, j."clientMutationId"
    FROM numbered n JOIN jobs j ON j.ord = n.ord CROSS JOIN head
    RETURNING id, "workspaceId", version, action, "entityType", "entityId", "actorId", "createdAt"
  ), cleared AS (
    DELETE FROM "UndoEntry"
    WHERE "workspaceId" = $1 AND state = 'UNDONE' AND "userId" IN (SELECT j."actorId" FROM numbered n JOIN jobs j ON j.ord = n.ord WHERE j.undoable)
  ), undoable AS (
    INSERT INTO "UndoEntry" ("eventId", "workspaceId", "userId", version)
    SELECT i.id, i."workspaceId", i."actorId", i.version
    FROM inserted i CROSS JOIN head JOIN numbered n ON n.n = i.version - head.base JOIN jobs j ON j.ord = n.ord
    WHERE j.undoable
  )
  SELECT w.*, i.id AS "#id", i.version AS "#version", i.action AS "#action", i."entityType" AS "#entityType",
    i."entityId" AS "#entityId", i."actorId" AS "#actorId", i."createdAt" AS "#createdAt"
  FROM written w JOIN numbered n ON n.ord = w."#ord" CROSS JOIN head JOIN inserted i ON i.version = head.base + n.n
  ORDER BY i.version`;

async function runBatch(ctx: Pick<Context, "prisma">, workspaceId: string, jobs: Job[], savepoints: boolean) {
  const settled: Settled<unknown>[] = new Array(jobs.length);
  const events = await ctx.prisma.$transaction(async (tx) => {
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
    const appended: WorkspaceEvent[] = [];
    let pending: Draft[] = [];
    const flush = async () => {
      appended.push(...(await appendEvents(tx, workspaceId, pending)));
      pending = [];
    };
    for (const i of jobs.keys()) {
      const job = jobs[i]!;
      // A refusal writes nothing, so it needs neither a savepoint nor a second run.
      const role = roles.get(job.userId) ?? null;
      const refused = refusal(job, role);
      if (refused) {
        if (jobs.length === 1) throw refused;
        settled[i] = { ok: false, error: refused };
        continue;
      }
      if (job.options.readsLog && pending.length) await flush();
      if (savepoints) await sql.query(`SAVEPOINT change_${i}`);
      try {
        const { result, drafts } = await runJob(tx, job, role, earlier);
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
  }, txOptions);
  return { settled, events };
}

/** Why the actor may not make this change at all, if they may not. */
function refusal(job: Job, role: Role | null): Error | null {
  if (!job.permission) return null;
  if (!role) return notFound("Workspace");
  if (!can(role, job.permission)) return forbidden();
  return null;
}

async function runJob(tx: Tx, job: Job, role: Role | null, earlier: Map<string, { actorId: string; entityId: string }>) {
  const { clientMutationId, idempotency } = job;
  if (idempotency && clientMutationId !== null) {
    const first = earlier.get(clientMutationId);
    if (first) {
      if (first.actorId !== job.userId) throw conflict("MUTATION_ID_TAKEN", "This clientMutationId was already used by someone else.");
      return { result: await idempotency.resultOf(tx, first), drafts: [] as Draft[] };
    }
  }
  const outcome = await job.change(tx, { userId: job.userId, role });
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
  const { result, events } = await ctx.prisma.$transaction(async (tx) => {
    const outcome = await change(tx, userId);
    const drafts = outcome.events.map((d) => ({ ...d, actorId: userId }));
    return { result: outcome.result, events: await appendEvents(tx, outcome.workspaceId, drafts) };
  }, txOptions);
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

/** Whether appending versions from..to crosses a multiple of SNAPSHOT_EVERY (history.ts snapshotIfDue). */
function snapshotDue(from: number, to: number) {
  const due = Math.floor(to / SNAPSHOT_EVERY) * SNAPSHOT_EVERY;
  return due >= from && due !== 0;
}

/** A log row as it travels on the bus: just the fields subscribers route on, dates as ISO strings. */
export function toWorkspaceEvent(row: Omit<WorkspaceEvent, "createdAt"> & { createdAt: Date }): WorkspaceEvent {
  const { id, workspaceId, version, action, entityType, entityId, actorId } = row;
  return { id, workspaceId, version, action, entityType, entityId, actorId, createdAt: row.createdAt.toISOString() };
}

function publishAll(ctx: Pick<Context, "bus">, events: WorkspaceEvent[]) {
  for (const event of events.sort((a, b) => a.version - b.version)) ctx.bus.publish(event);
}
