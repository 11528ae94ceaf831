import type { Tx } from "../domain/changes.js";
import type {
  PrismaClient,
  RepositorySync,
  RepositorySyncPhase,
  RepositorySyncProgress,
  RepositorySyncStatus,
} from "../generated/prisma/client.js";
import type { SyncStats } from "./pipeline.js";

export const activeStatuses: RepositorySyncStatus[] = ["QUEUED", "RUNNING"];
export const isTerminal = (status: RepositorySyncStatus) => !activeStatuses.includes(status);

export interface StepInput {
  status: RepositorySyncStatus;
  phase: RepositorySyncPhase;
  progress: number;
  message: string | null;
  stats?: SyncStats;
  headSha?: string | null;
  error?: { code: string; message: string; retryAt: Date | null };
}

/** Locks the sync's row: steps, cancel and task writes of one sync queue here, so sequences have no gaps. */
export async function lockSync(
  tx: Tx,
  syncId: string,
): Promise<Pick<RepositorySync, "status" | "phase" | "progress" | "filesScanned" | "filesTotal"> | null> {
  const rows = await tx.$queryRaw<Pick<RepositorySync, "status" | "phase" | "progress" | "filesScanned" | "filesTotal">[]>`
    SELECT status::text AS status, phase::text AS phase, progress, "filesScanned", "filesTotal"
    FROM "RepositorySync" WHERE id = ${syncId} FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Stores one step (the next sequence number) and the sync's new state, in the caller's transaction. Refuses
 * (returns false) once the sync has ended: a cancelled or failed sync records nothing more.
 */
export async function appendStep(tx: Tx, syncId: string, step: StepInput): Promise<boolean> {
  const current = await lockSync(tx, syncId);
  if (!current || isTerminal(current.status)) return false;
  const progress = Math.max(current.progress, Math.min(1, step.progress));
  const stats = step.stats;
  const now = new Date();
  await tx.repositorySync.update({
    where: { id: syncId },
    data: {
      status: step.status,
      phase: step.phase,
      progress,
      ...(stats ?? {}),
      ...(step.headSha ? { headSha: step.headSha } : {}),
      ...(step.status === "RUNNING" && current.status === "QUEUED" ? { startedAt: now } : {}),
      ...(isTerminal(step.status) ? { completedAt: now } : { heartbeatAt: now }),
      ...(step.error ? { errorCode: step.error.code, errorMessage: step.error.message, retryAt: step.error.retryAt } : {}),
    },
  });
  await tx.$executeRaw`
    INSERT INTO "RepositorySyncProgress" ("syncId", sequence, status, phase, progress, "filesScanned", "filesTotal", message, at)
    SELECT ${syncId}, COALESCE(MAX(sequence), 0) + 1, ${step.status}::"RepositorySyncStatus", ${step.phase}::"RepositorySyncPhase",
      ${progress}, ${stats?.filesScanned ?? current.filesScanned}, ${stats?.filesTotal ?? current.filesTotal}, ${step.message}, ${now}
    FROM "RepositorySyncProgress" WHERE "syncId" = ${syncId}`;
  return true;
}

// Subscribers of this instance are woken at once; those of other instances notice within a poll interval.
const listeners = new Map<string, Set<() => void>>();
const POLL_MS = 1000;

export function notifyProgress(syncId: string) {
  for (const wake of listeners.get(syncId) ?? []) wake();
}

/**
 * Every step after `afterSequence` in order, exactly once, then each new one as it is stored; ends after the
 * terminal step (SUCCEEDED, FAILED or CANCELLED).
 */
export async function* progressSteps(
  prisma: PrismaClient,
  syncId: string,
  afterSequence = 0,
  signal?: AbortSignal,
): AsyncGenerator<RepositorySyncProgress> {
  let last = afterSequence;
  let wake: () => void = () => {};
  let pending = false;
  const listener = () => {
    pending = true;
    wake();
  };
  const set = listeners.get(syncId) ?? new Set<() => void>();
  listeners.set(syncId, set);
  set.add(listener);
  const abort = () => wake();
  signal?.addEventListener("abort", abort);
  try {
    while (!signal?.aborted) {
      pending = false;
      // Status first: a sync that had ended by then has its terminal step stored, so the read below sees it.
      const sync = await prisma.repositorySync.findUnique({ where: { id: syncId }, select: { status: true } });
      const steps = await prisma.repositorySyncProgress.findMany({
        where: { syncId, sequence: { gt: last } },
        orderBy: { sequence: "asc" },
      });
      for (const step of steps) {
        last = step.sequence;
        yield step;
        if (isTerminal(step.status)) return;
      }
      // Gone (its workspace deleted), or ended with every step already delivered.
      if (!sync || isTerminal(sync.status)) return;
      if (pending) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    set.delete(listener);
    if (set.size === 0) listeners.delete(syncId);
    signal?.removeEventListener("abort", abort);
  }
}
