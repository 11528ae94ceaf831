import { GraphQLError } from "graphql";
import type { Context } from "../context.js";
import { createContext } from "../context.js";
import { can, operationPermission } from "../domain/permissions.js";
import { badInput, conflict, forbidden, notFound } from "../errors.js";
import type { PrismaClient, RepositorySync } from "../generated/prisma/client.js";
import { logger } from "../logger.js";
import { syncPipeline } from "./pipeline.js";
import { activeStatuses, appendStep, isTerminal, lockSync, notifyProgress } from "./progress-store.js";
import { ProviderError, validBranchName } from "./providers/types.js";
import { keyOf, readerFor } from "./repositories.js";
import { applySlice, knownTasks, SyncEnded } from "./task-writes.js";

/** Syncs running in this process, so a cancel here stops their provider calls at once. */
const running = new Map<string, AbortController>();

/**
 * Queues a sync and answers at once: the row and its first step are written, every provider call happens
 * in the pipeline afterwards (a provider failure is a FAILED sync, never an error here). Of concurrent starts
 * exactly one inserts: the partial unique index allows one QUEUED or RUNNING sync per workspace, and the
 * unique previousSyncId one successor per sync.
 */
export async function startSync(ctx: Context, workspaceId: string, branchInput: string | null | undefined): Promise<RepositorySync> {
  const repository = await ctx.prisma.repository.findUnique({ where: { workspaceId } });
  if (!repository) throw notFound("Repository");
  const branch = branchInput?.trim() || repository.defaultBranch;
  if (!validBranchName(branch)) throw badInput("branch is not a valid branch name.", "branch");
  let sync: RepositorySync;
  try {
    sync = await ctx.prisma.$transaction(async (tx) => {
      const previous = await tx.repositorySync.findFirst({
        where: { workspaceId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, status: true },
      });
      if (previous && !isTerminal(previous.status))
        throw conflict("SYNC_RUNNING", "A sync of this workspace is already queued or running.");
      const created = await tx.repositorySync.create({
        data: {
          workspaceId,
          repositoryKey: keyOf(repository),
          provider: repository.provider,
          branch,
          startedById: ctx.user!.id,
          previousSyncId: previous?.id ?? null,
        },
      });
      await appendStep(tx, created.id, { status: "QUEUED", phase: "RESOLVE_HEAD", progress: 0, message: `Queued: ${branch}` });
      return tx.repositorySync.findUniqueOrThrow({ where: { id: created.id } });
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      logger.debug({ err: error, workspaceId }, "concurrent sync start refused");
      throw conflict("SYNC_RUNNING", "A sync of this workspace is already queued or running.");
    }
    throw error;
  }
  notifyProgress(sync.id);
  // After the answer: the pipeline runs in the background of this process.
  const runner = createContext(ctx, { user: ctx.user!, sessionId: ctx.sessionId ?? "" }, false);
  setImmediate(() => void runSync(runner, sync).catch((err) => logger.error({ err, syncId: sync.id }, "repository sync crashed")));
  return sync;
}

async function step(prisma: PrismaClient, syncId: string, input: Parameters<typeof appendStep>[2]): Promise<boolean> {
  const stored = await prisma.$transaction((tx) => appendStep(tx, syncId, input));
  if (stored) notifyProgress(syncId);
  return stored;
}

async function runSync(ctx: Context, sync: RepositorySync): Promise<void> {
  const controller = new AbortController();
  running.set(sync.id, controller);
  const cancelled = () => controller.signal.aborted;
  let phase = sync.phase;
  try {
    const repository = await ctx.prisma.repository.findUnique({ where: { workspaceId: sync.workspaceId } });
    if (!repository) throw new ProviderError("NOT_FOUND", "The repository was unlinked before the sync started.");
    const pipeline = syncPipeline({
      reader: readerFor(repository, controller.signal),
      branch: sync.branch,
      repositoryKey: sync.repositoryKey,
      signal: controller.signal,
      knownTasks: () => knownTasks(ctx, sync.workspaceId, sync.repositoryKey),
      apply: (slice, headSha) => applySlice(ctx, sync.workspaceId, sync.id, slice, headSha),
    });
    for (;;) {
      const next = await pipeline.next();
      if (next.done) {
        await step(ctx.prisma, sync.id, { status: "SUCCEEDED", phase: "FINISH", progress: 1, message: "Done", stats: next.value });
        return;
      }
      phase = next.value.phase;
      const { stats, headSha, message, progress } = next.value;
      // A step the sync may no longer record (cancelled meanwhile): stop here, writing nothing more.
      if (!(await step(ctx.prisma, sync.id, { status: "RUNNING", phase, progress, message, stats, headSha }))) {
        controller.abort();
        await pipeline.return(undefined as never);
        return;
      }
    }
  } catch (error) {
    if (cancelled() || error instanceof SyncEnded) return;
    const refused = error instanceof GraphQLError && ["FORBIDDEN", "NOT_FOUND"].includes(String(error.extensions.code));
    const failure =
      error instanceof ProviderError
        ? { code: error.code, message: error.message, retryAt: error.retryAt }
        : refused
          ? {
              code: "ACCESS_DENIED",
              message: "The member who started this sync may no longer write tasks in this workspace.",
              retryAt: null,
            }
          : { code: "INTERNAL", message: "The sync failed unexpectedly; the server log has the details.", retryAt: null };
    if (!(error instanceof ProviderError) && !refused) logger.error({ err: error, syncId: sync.id }, "repository sync failed");
    const latest = await ctx.prisma.repositorySync.findUnique({ where: { id: sync.id }, select: { phase: true, progress: true } });
    await step(ctx.prisma, sync.id, {
      status: "FAILED",
      phase: latest?.phase ?? phase,
      progress: latest?.progress ?? 0,
      message: failure.message,
      error: failure,
    });
  } finally {
    running.delete(sync.id);
  }
}

/** The sync and the caller's role in its workspace; NOT_FOUND for non-members (existence is not revealed). */
export async function syncForCaller(ctx: Context, syncId: string) {
  const sync = await ctx.prisma.repositorySync.findUnique({ where: { id: syncId } });
  const role = sync && (await ctx.roleIn(sync.workspaceId));
  if (!sync || !role) throw notFound("RepositorySync");
  return { sync, role };
}

/** Ends a QUEUED or RUNNING sync CANCELLED at once; its pipeline writes nothing after this commits. */
export async function cancelSync(ctx: Context, syncId: string): Promise<RepositorySync> {
  const { role } = await syncForCaller(ctx, syncId);
  if (!can(role, operationPermission.cancelRepositorySync)) throw forbidden();
  const ended = await ctx.prisma.$transaction(async (tx) => {
    const current = await lockSync(tx, syncId);
    if (!current) throw notFound("RepositorySync");
    if (isTerminal(current.status)) throw conflict("SYNC_ENDED", `This sync has already ended (${current.status}).`);
    await appendStep(tx, syncId, { status: "CANCELLED", phase: current.phase, progress: current.progress, message: "Cancelled" });
    return tx.repositorySync.findUniqueOrThrow({ where: { id: syncId } });
  });
  running.get(syncId)?.abort(new SyncEnded());
  notifyProgress(syncId);
  return ended;
}

// The process running a sync refreshes its heartbeat this often (beside every step it stores); a sync whose
// heartbeat is older than ABANDONED_MS has lost its process.
const HEARTBEAT_MS = 5_000;
export const ABANDONED_MS = 20_000;

setInterval(() => {
  const ids = [...running.keys()];
  if (ids.length === 0 || !heartbeatDb) return;
  heartbeatDb.repositorySync
    .updateMany({ where: { id: { in: ids }, status: { in: activeStatuses } }, data: { heartbeatAt: new Date() } })
    .catch((err) => logger.warn({ err }, "repository sync heartbeat failed"));
}, HEARTBEAT_MS).unref();
let heartbeatDb: PrismaClient | null = null;

/**
 * Syncs whose process stopped will never finish: they end FAILED. `everyActive` (at startup on the embedded
 * database, which one process alone can open) fails all QUEUED and RUNNING ones; otherwise (PostgreSQL, maybe
 * shared by several instances) only those whose heartbeat stopped ABANDONED_MS ago.
 */
export async function failInterruptedSyncs(prisma: PrismaClient, options: { everyActive: boolean }): Promise<number> {
  heartbeatDb ??= prisma;
  const cutoff = new Date(Date.now() - ABANDONED_MS);
  const stale = await prisma.repositorySync.findMany({
    where: {
      status: { in: activeStatuses },
      id: { notIn: [...running.keys()] },
      ...(options.everyActive ? {} : { OR: [{ heartbeatAt: { lt: cutoff } }, { heartbeatAt: null, createdAt: { lt: cutoff } }] }),
    },
    select: { id: true, phase: true, progress: true },
  });
  for (const sync of stale) {
    await step(prisma, sync.id, {
      status: "FAILED",
      phase: sync.phase,
      progress: sync.progress,
      message: "The server running this sync stopped.",
      error: { code: "INTERNAL", message: "The server running this sync stopped (restarted or crashed); start it again.", retryAt: null },
    });
  }
  if (stale.length) logger.warn({ count: stale.length }, "repository syncs whose server stopped marked FAILED");
  return stale.length;
}

/** PostgreSQL: every instance looks for syncs another, stopped instance left running. Returns the stopper. */
export function watchAbandonedSyncs(prisma: PrismaClient): () => void {
  heartbeatDb ??= prisma;
  const timer = setInterval(() => {
    failInterruptedSyncs(prisma, { everyActive: false }).catch((err) => logger.warn({ err }, "abandoned sync sweep failed"));
  }, ABANDONED_MS / 2);
  timer.unref();
  return () => clearInterval(timer);
}
