// Rebuilding a board at a past version: nearest snapshot + replay (what the API does) against replaying
// the whole log from version 0 (the baseline), both measured in this run on the same 100,000-event log.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/database.js";
import { boardAt, replay, SNAPSHOT_EVERY, snapshotIfDue, type TaskState } from "../src/domain/history.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const statuses = ["TODO", "IN_PROGRESS", "DONE", "BLOCKED"];

const dataDir = mkdtempSync(path.join(tmpdir(), "taskgraph-bench-"));
const db = await openDatabase({ dataDir, databaseUrl: process.env.DATABASE_URL });
const { prisma } = db;

try {
  const user = await prisma.user.create({ data: { email: `bench-${Date.now()}@example.com`, name: "Bench", passwordHash: "x" } });
  const workspace = await prisma.workspace.create({ data: { name: "Bench" } });

  // A realistic mix: tasks are created, edited, moved and now and then deleted.
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const live: string[] = [];
  let made = 0;
  const started = performance.now();
  for (let version = 1; version <= EVENTS; ) {
    const batch = [];
    for (let i = 0; i < 5000 && version <= EVENTS; i++, version++) {
      const roll = random();
      let action: string;
      let entityId: string;
      let after: Record<string, string | number | boolean | null>;
      if (live.length < 50 || roll < 0.25) {
        entityId = `task-${++made}`;
        live.push(entityId);
        action = "TASK_CREATED";
        after = {
          title: `Task ${made}`,
          description: "",
          status: "TODO",
          priority: "MEDIUM",
          assigneeId: null,
          position: version,
          version: 1,
        };
      } else if (roll < 0.3) {
        entityId = live.splice(Math.floor(random() * live.length), 1)[0]!;
        action = "TASK_DELETED";
        after = { deleted: true, version };
      } else if (roll < 0.65) {
        entityId = live[Math.floor(random() * live.length)]!;
        action = "TASK_MOVED";
        after = { status: statuses[Math.floor(random() * 4)]!, position: version, version };
      } else {
        entityId = live[Math.floor(random() * live.length)]!;
        action = "TASK_UPDATED";
        after = { title: `Edited at ${version}`, version };
      }
      batch.push({ workspaceId: workspace.id, version, action, actorId: user.id, entityType: "Task", entityId, metadata: { after } });
    }
    await prisma.event.createMany({ data: batch });
  }
  await prisma.workspace.update({ where: { id: workspace.id }, data: { version: EVENTS } });
  // The write path stores these as it goes; here they are built in order once the log exists.
  await prisma.$transaction(
    async (tx) => {
      for (let v = SNAPSHOT_EVERY; v <= EVENTS; v += SNAPSHOT_EVERY) await snapshotIfDue(tx, workspace.id, v, v);
    },
    { timeout: 600_000 },
  );
  console.log(
    `seeded ${EVENTS} events, ${made} tasks, snapshots every ${SNAPSHOT_EVERY} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const fullReplay = async (version: number) => {
    const board = new Map<string, TaskState>();
    await replay(prisma, workspace.id, 0, version, board);
    return board.size;
  };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };

  // Same target versions for both, interleaved so machine noise hits both alike.
  const targets = Array.from({ length: SAMPLES }, () => Math.floor(EVENTS * (0.9 + random() * 0.1)));
  const snapshotted: number[] = [];
  const baseline: number[] = [];
  const early: number[] = [];
  for (const v of targets) {
    const [a, b] = await Promise.all([boardAt(prisma, workspace.id, v), fullReplay(v)]).then(([board, size]) => [board.length, size]);
    if (a !== b) throw new Error(`board at ${v} differs: ${a} tasks from snapshot, ${b} from full replay`);
    baseline.push(await time(() => fullReplay(v)));
    snapshotted.push(await time(() => boardAt(prisma, workspace.id, v)));
    early.push(await time(() => boardAt(prisma, workspace.id, Math.floor(v / 100))));
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`board(atVersion) near version ${EVENTS}, median of ${SAMPLES} (${db.kind}):`);
  console.log(`  full replay from 0 (baseline):   ${ms(median(baseline)!)}`);
  console.log(
    `  snapshot + replay (the API):     ${ms(median(snapshotted)!)}  = ${(median(snapshotted)! / median(baseline)!).toFixed(3)}x baseline`,
  );
  console.log(
    `  same, at 1/100 of that version:  ${ms(median(early)!)}  (${(median(snapshotted)! / median(early)!).toFixed(2)}x: the cost follows the board's size plus at most ${SNAPSHOT_EVERY} events, not the log's length)`,
  );
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
