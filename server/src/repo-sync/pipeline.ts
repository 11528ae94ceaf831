import type { RepositorySyncPhase } from "../generated/prisma/client.js";
import { type KnownTask, type Occurrence, occurrencesOf, planSync, type SyncPlan } from "./identity.js";
import { syntaxFor } from "./languages.js";
import { parseTodos } from "./parse-todos.js";
import type { RepoReader, TreeEntry } from "./providers/types.js";
import { isBinary, skipBeforeReading } from "./scan-rules.js";

export interface SyncStats {
  filesTotal: number;
  filesScanned: number;
  filesSkipped: number;
  todosFound: number;
  tasksCreated: number;
  tasksUpdated: number;
  tasksClosed: number;
  tasksReopened: number;
}

export const emptyStats = (): SyncStats => ({
  filesTotal: 0,
  filesScanned: 0,
  filesSkipped: 0,
  todosFound: 0,
  tasksCreated: 0,
  tasksUpdated: 0,
  tasksClosed: 0,
  tasksReopened: 0,
});

/** One progress report of the pipeline. */
export interface PipelineStep {
  phase: RepositorySyncPhase;
  /** 0 to 1, never decreasing. */
  progress: number;
  message: string;
  stats: SyncStats;
  headSha: string | null;
}

export interface PipelineDeps {
  reader: RepoReader;
  branch: string;
  repositoryKey: string;
  signal: AbortSignal;
  /** The tasks earlier syncs of this repository made in the workspace. */
  knownTasks(): Promise<KnownTask[]>;
  /** Writes a slice of the plan through the write path; throws when the sync has ended meanwhile. */
  apply(slice: Partial<SyncPlan>, headSha: string): Promise<void>;
}

// Share of the bar each phase ends at: scanning is most of the work.
const until = { RESOLVE_HEAD: 0.03, FETCH_TREE: 0.08, SCAN_FILES: 0.8, UPSERT_TASKS: 0.95, CLOSE_REMOVED: 0.99, FINISH: 1 } as const;
const WRITE_BATCH = 100;
// Between write batches, give way: on the embedded database's single connection, requests that queued
// behind a batch (someone's board, this sync's subscribers) run before the next batch takes it again.
const giveWay = () => new Promise((resolve) => setTimeout(resolve, 5));
const REPORT_EVERY_MS = 200;

/**
 * The sync as a sequence of steps: RESOLVE_HEAD, FETCH_TREE, SCAN_FILES, UPSERT_TASKS, CLOSE_REMOVED, FINISH,
 * each entered with a step of its own (also when it has nothing to do). The caller stores each step before
 * asking for the next, so nothing is written once the caller stops iterating (cancel) or a step throws.
 */
export async function* syncPipeline(deps: PipelineDeps): AsyncGenerator<PipelineStep, SyncStats> {
  const stats = emptyStats();
  let headSha: string | null = null;
  const step = (phase: RepositorySyncPhase, progress: number, message: string): PipelineStep => ({
    phase,
    progress,
    message,
    stats: { ...stats },
    headSha,
  });
  const check = () => {
    if (deps.signal.aborted) throw deps.signal.reason ?? new Error("cancelled");
  };

  yield step("RESOLVE_HEAD", 0, `Resolving ${deps.branch}`);
  headSha = await deps.reader.resolveHead(deps.branch);
  check();

  yield step("FETCH_TREE", until.RESOLVE_HEAD, `Reading the tree at ${headSha.slice(0, 7)}`);
  const tree = await deps.reader.listTree(headSha);
  check();
  stats.filesTotal = tree.length;
  const toRead: TreeEntry[] = [];
  for (const entry of tree) {
    if (skipBeforeReading(entry)) stats.filesSkipped++;
    else toRead.push(entry);
  }

  yield step("SCAN_FILES", until.FETCH_TREE, `Scanning ${toRead.length} of ${tree.length} files`);
  const found: Occurrence[] = [];
  let lastReport = Date.now();
  let done = 0;
  const scanShare = until.SCAN_FILES - until.FETCH_TREE;
  for await (const { entry, content } of deps.reader.readBlobs(toRead)) {
    check();
    done++;
    if (isBinary(content)) {
      stats.filesSkipped++;
    } else {
      stats.filesScanned++;
      const todos = parseTodos(content.toString("utf8"), syntaxFor(entry.path)!);
      if (todos.length) found.push(...occurrencesOf(entry.path, todos));
      stats.todosFound = found.length;
    }
    if (Date.now() - lastReport >= REPORT_EVERY_MS && done < toRead.length) {
      lastReport = Date.now();
      yield step("SCAN_FILES", until.FETCH_TREE + (scanShare * done) / Math.max(1, toRead.length), `Scanning ${entry.path}`);
    }
  }
  // Whatever the reader did not return (a blob missing from the object store) counts as skipped.
  stats.filesSkipped += toRead.length - done;

  const plan = planSync(await deps.knownTasks(), found, deps.repositoryKey, headSha);
  const writes = plan.create.length + plan.update.length;
  yield step("UPSERT_TASKS", until.SCAN_FILES, `${plan.create.length} new, ${plan.update.length} changed`);
  let written = 0;
  for (let i = 0; i < plan.create.length; i += WRITE_BATCH) {
    check();
    const slice = plan.create.slice(i, i + WRITE_BATCH);
    await deps.apply({ create: slice }, headSha);
    await giveWay();
    stats.tasksCreated += slice.length;
    written += slice.length;
    yield step(
      "UPSERT_TASKS",
      until.SCAN_FILES + ((until.UPSERT_TASKS - until.SCAN_FILES) * written) / writes,
      `Created ${stats.tasksCreated} tasks`,
    );
  }
  for (let i = 0; i < plan.update.length; i += WRITE_BATCH) {
    check();
    const slice = plan.update.slice(i, i + WRITE_BATCH);
    await deps.apply({ update: slice }, headSha);
    await giveWay();
    for (const u of slice) u.reopen ? stats.tasksReopened++ : stats.tasksUpdated++;
    written += slice.length;
    yield step(
      "UPSERT_TASKS",
      until.SCAN_FILES + ((until.UPSERT_TASKS - until.SCAN_FILES) * written) / writes,
      `Updated ${written - stats.tasksCreated} tasks`,
    );
  }

  yield step("CLOSE_REMOVED", until.UPSERT_TASKS, `${plan.close.length} comments gone`);
  for (let i = 0; i < plan.close.length; i += WRITE_BATCH) {
    check();
    const slice = plan.close.slice(i, i + WRITE_BATCH);
    await deps.apply({ close: slice }, headSha);
    await giveWay();
    stats.tasksClosed += slice.length;
  }

  yield step("FINISH", until.CLOSE_REMOVED, "Finishing");
  return stats;
}
