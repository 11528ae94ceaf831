// Search and flow analytics on a 50,000-task workspace: the latency of the SQL behind `search` (a page of 20
// ranked, highlighted results, plus the page's tasks) and `Workspace.analytics` (30- and 90-day ranges),
// p50 and p99. PGlite by default; DATABASE_URL=postgresql://… measures PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Context } from "../src/context.js";
import { openDatabase } from "../src/db/database.js";
import { flowAnalytics } from "../src/domain/analytics.js";
import { applyEvent, SNAPSHOT_EVERY, type TaskState } from "../src/domain/history.js";
import { searchTasks } from "../src/domain/search.js";
import type { Prisma, TaskStatus } from "../src/generated/prisma/client.js";

const TASKS = Number(process.env.BENCH_TASKS ?? 50_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const HISTORY_DAYS = 180;
const DAY = 86_400_000;

const dataDir = mkdtempSync(path.join(tmpdir(), "taskgraph-bench-"));
const db = await openDatabase({ dataDir, databaseUrl: process.env.DATABASE_URL });
const { prisma } = db;

// Words drawn with a Zipf-like skew, so queries range from very common to rare, as in real boards.
const vocabulary = `deploy billing invoice login signup dashboard report export import search filter label sprint release
  review design mobile android ios safari chrome firefox api graphql schema migration database index cache redis queue
  worker email notification payment stripe refund customer account profile avatar upload image resize thumbnail video
  onboarding tutorial docs readme changelog license security audit password token session cookie csrf cors header
  timeout retry backoff latency memory leak crash bug regression flaky test coverage lint format typescript react vite
  webpack bundle chunk lazy route modal dialog tooltip button form input validation error message toast banner footer
  header sidebar navigation menu dropdown table pagination sort column row cell chart graph metric alert monitor log
  trace span profile benchmark performance accessibility keyboard focus contrast translation locale timezone calendar
  date time schedule reminder deadline estimate priority backlog roadmap milestone epic story task subtask comment
  mention assignee owner admin member viewer invite permission role workspace board card column status archive restore`
  .split(/\s+/)
  .filter(Boolean);
// mulberry32: 32-bit integer arithmetic (Math.imul). The LCG used before multiplied past 2^53 in doubles, lost
// its low bits and cycled, so thousands of tasks shared the same few titles.
let seed = 7;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)]!;
const words = (n: number) => Array.from({ length: n }, word).join(" ");
const ms = (x: number) => `${x.toFixed(1)} ms`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

try {
  const started = performance.now();
  const user = await prisma.user.create({ data: { email: `bench-${Date.now()}@example.com`, name: "Bench", passwordHash: "x" } });
  const workspace = await prisma.workspace.create({ data: { name: "Bench" } });
  await prisma.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "OWNER" } });
  const board = await prisma.board.create({ data: { workspaceId: workspace.id, name: "Main", position: 1024 } });

  // 180 days of history, so both measured ranges (30 and 90 days) start in the middle of the log: every task is
  // created; most start, some block for a while, about half finish.
  const now = Date.now();
  const t0 = now - HISTORY_DAYS * DAY;
  type Change = { at: number; task: string; status: string };
  const changes: Change[] = [];
  const finalStatus = new Map<string, string>();
  const rows: Prisma.TaskCreateManyInput[] = [];
  for (let i = 0; i < TASKS; i++) {
    const id = `bench-task-${String(i).padStart(6, "0")}`;
    let at = t0 + random() * (HISTORY_DAYS - 13) * DAY;
    const createdAt = at;
    changes.push({ at, task: id, status: "TODO" });
    let status = "TODO";
    if (random() < 0.7) {
      at += random() * 3 * DAY;
      status = "IN_PROGRESS";
      changes.push({ at, task: id, status });
      if (random() < 0.15) {
        at += random() * DAY;
        changes.push({ at, task: id, status: "BLOCKED" });
        at += random() * 2 * DAY;
        changes.push({ at, task: id, status: "IN_PROGRESS" });
      }
      if (random() < 0.7) {
        at += random() * 6 * DAY;
        status = "DONE";
        changes.push({ at, task: id, status });
      }
    }
    finalStatus.set(id, status);
    rows.push({
      id,
      workspaceId: workspace.id,
      boardId: board.id,
      title: `${words(2)} ${words(1 + Math.floor(random() * 4))}`,
      description: random() < 0.8 ? `${words(20 + Math.floor(random() * 40))}.` : "",
      status: status as TaskStatus,
      position: i * 1024,
      createdById: user.id,
      // As the write path leaves them: created at its first entry in the log, updated at its last.
      createdAt: new Date(createdAt),
      updatedAt: new Date(at),
    });
  }
  for (let i = 0; i < rows.length; i += 2000) await prisma.task.createMany({ data: rows.slice(i, i + 2000) });
  const comments = Array.from({ length: TASKS / 5 }, () => ({
    workspaceId: workspace.id,
    taskId: rows[Math.floor(random() * rows.length)]!.id!,
    authorId: user.id,
    body: words(8 + Math.floor(random() * 20)),
  }));
  for (let i = 0; i < comments.length; i += 2000) await prisma.comment.createMany({ data: comments.slice(i, i + 2000) });

  changes.sort((a, b) => a.at - b.at);
  const events = changes.map((c, i) => ({
    workspaceId: workspace.id,
    version: i + 1,
    action: c.status === "TODO" ? "TASK_CREATED" : "TASK_MOVED",
    actorId: user.id,
    entityType: "Task",
    entityId: c.task,
    metadata: { after: { status: c.status } },
    createdAt: new Date(c.at),
  }));
  for (let i = 0; i < events.length; i += 5000) await prisma.event.createMany({ data: events.slice(i, i + 5000) });
  await prisma.workspace.update({ where: { id: workspace.id }, data: { version: events.length } });
  // The snapshots the write path would have stored (history.ts snapshotIfDue: the board every SNAPSHOT_EVERY
  // versions, folded with the same applyEvent), so analytics starts from the newest one before its range.
  const folded = new Map<string, TaskState>();
  let snapshots: Prisma.BoardSnapshotCreateManyInput[] = [];
  let snapshotCount = 0;
  for (const event of events) {
    applyEvent(folded, event);
    if (event.version % SNAPSHOT_EVERY !== 0) continue;
    snapshots.push({
      workspaceId: workspace.id,
      version: event.version,
      tasks: [...folded.values()] as unknown as Prisma.InputJsonValue,
      createdAt: event.createdAt,
    });
    snapshotCount++;
    if (snapshots.length === 10) await prisma.boardSnapshot.createMany({ data: snapshots.splice(0) });
  }
  if (snapshots.length) await prisma.boardSnapshot.createMany({ data: snapshots });
  snapshots = [];
  console.log(
    `seeded ${TASKS} tasks, ${comments.length} comments, ${events.length} events over ${HISTORY_DAYS} days, ${snapshotCount} snapshots (every ${SNAPSHOT_EVERY} versions) (${db.kind}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const ctx = { prisma, once: (_k: string, load: () => Promise<unknown>) => load() } as unknown as Context;
  // From very common to rare, one and two words, and the prefixes a command palette sends while typing.
  const queries = [
    "deploy",
    "invoice",
    "safari crash",
    "dashboard chart",
    "mig",
    "restore archive",
    "timezone",
    "notification email retry",
  ];
  const totals = new Map<string, string>();
  for (const q of queries) {
    const first = await searchTasks(ctx, workspace.id, q, 0, 20);
    totals.set(q, `${first.total}${first.totalIsExact ? "" : "+"}`);
  }
  const searchTimes: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let i = 0; i < SAMPLES; i++) {
    for (const q of queries) {
      const t = performance.now();
      const { hits } = await searchTasks(ctx, workspace.id, q, 0, 20);
      await prisma.task.findMany({ where: { id: { in: hits.map((h) => h.taskId) } } });
      const took = performance.now() - t;
      searchTimes.push(took);
      perQuery.set(q, [...(perQuery.get(q) ?? []), took]);
    }
  }
  console.log(`search, first page of 20 (ranked, highlighted, with the page's tasks), ${searchTimes.length} requests:`);
  console.log(`  all queries: p50 ${ms(quantile(searchTimes, 0.5))}, p99 ${ms(quantile(searchTimes, 0.99))}`);
  for (const q of queries) {
    const xs = perQuery.get(q)!;
    console.log(`  "${q}" (${totals.get(q)} matches): p50 ${ms(quantile(xs, 0.5))}, p99 ${ms(quantile(xs, 0.99))}`);
  }

  for (const daysBack of [30, 90]) {
    const from = new Date(now - daysBack * DAY);
    const to = new Date(now);
    const times: number[] = [];
    let result = await flowAnalytics(prisma, workspace.id, from, to);
    for (let i = 0; i < Math.max(5, Math.floor(SAMPLES / 3)); i++) {
      const t = performance.now();
      result = await flowAnalytics(prisma, workspace.id, from, to);
      times.push(performance.now() - t);
    }
    const last = result.days.at(-1)!;
    console.log(
      `analytics, last ${daysBack} days (${result.days.length} days, ${result.cycleTime.count} cycle times, WIP ${result.wip}, done ${last.done}), ${times.length} runs: p50 ${ms(quantile(times, 0.5))}, p99 ${ms(quantile(times, 0.99))}`,
    );
    // The numbers must agree with the generated history.
    const expectedDone = [...finalStatus.values()].filter((s) => s === "DONE").length;
    if (last.done !== expectedDone) throw new Error(`analytics says ${last.done} DONE today, the history has ${expectedDone}`);
  }
} finally {
  await db.close();
  if (process.env.BENCH_KEEP_DATA) console.log(`data kept in ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}
