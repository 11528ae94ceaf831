import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../src/db/database.js";
import { flowAnalytics } from "../src/domain/analytics.js";
import { graphql } from "./gql/index.js";
import { ok, refusal, request, team } from "./support/client.js";
import { createTestDatabase, type TestDatabase } from "./support/databases.js";
import { CreateTask, MoveTask } from "./support/documents.js";

const Analytics = graphql(`
  query AnalyticsOf($id: ID!, $from: DateTime!, $to: DateTime!) {
    workspace(id: $id) {
      analytics(from: $from, to: $to) {
        days { date todo inProgress blocked done }
        throughput { weekStart count }
        cycleTime { count medianHours p85Hours points { hours task { title } } }
        wip blockedHours blockedTasks
      }
    }
  }
`);

/**
 * A hand-built log (UTC). Before the range: a board snapshot at version 2 holds A and B in TODO; the event that
 * created A is deliberately absent, so A is known only from the snapshot (the computation must start there).
 */
const history: [version: number, at: string, task: string, after: { status?: string; deleted?: boolean }][] = [
  [2, "2026-02-25T10:00:00Z", "B", { status: "TODO" }],
  [3, "2026-02-27T09:00:00Z", "A", { status: "IN_PROGRESS" }],
  // The range: Monday 2026-03-02 to Wednesday 2026-03-11.
  [4, "2026-03-02T09:00:00Z", "C", { status: "TODO" }],
  [5, "2026-03-02T12:00:00Z", "B", { status: "IN_PROGRESS" }],
  [6, "2026-03-03T09:00:00Z", "A", { status: "DONE" }],
  [7, "2026-03-03T15:00:00Z", "C", { status: "IN_PROGRESS" }],
  [8, "2026-03-04T10:00:00Z", "B", { status: "BLOCKED" }],
  [9, "2026-03-05T10:00:00Z", "B", { status: "IN_PROGRESS" }],
  [10, "2026-03-05T18:00:00Z", "C", { status: "DONE" }],
  [11, "2026-03-06T08:00:00Z", "D", { status: "TODO" }],
  [12, "2026-03-06T09:00:00Z", "D", { deleted: true }],
  [13, "2026-03-08T12:00:00Z", "B", { status: "DONE" }],
  [14, "2026-03-09T10:00:00Z", "E", { status: "TODO" }],
  [15, "2026-03-10T09:00:00Z", "E", { status: "IN_PROGRESS" }],
  [16, "2026-03-10T12:00:00Z", "E", { status: "DONE" }],
  [17, "2026-03-10T13:00:00Z", "F", { status: "IN_PROGRESS" }],
  // After the range: must not count.
  [18, "2026-03-12T08:00:00Z", "A", { status: "TODO" }],
];

describe("flow analytics from the event log", () => {
  let testDb: TestDatabase;
  let db: Database;
  const workspaceId = "analytics-ws";

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await openDatabase(testDb.config);
    const user = await db.prisma.user.create({ data: { email: "analyst@example.com", name: "Analyst", passwordHash: "x" } });
    await db.prisma.workspace.create({ data: { id: workspaceId, name: "Flow", version: 18 } });
    await db.prisma.boardSnapshot.create({
      data: {
        workspaceId,
        version: 2,
        tasks: [
          { id: "A", status: "TODO" },
          { id: "B", status: "TODO" },
        ],
      },
    });
    await db.prisma.event.createMany({
      data: history.map(([version, at, task, after]) => ({
        workspaceId,
        version,
        action: "TASK_UPDATED",
        actorId: user.id,
        entityType: "Task",
        entityId: task,
        metadata: { after },
        createdAt: new Date(at),
      })),
    });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it("gives cumulative flow, throughput, cycle time, WIP and blocked time as computed by hand", async () => {
    const result = await flowAnalytics(db.prisma, workspaceId, new Date("2026-03-02T00:00:00Z"), new Date("2026-03-11T00:00:00Z"));
    const row = (date: string, todo: number, inProgress: number, blocked: number, done: number) => ({
      date,
      todo,
      inProgress,
      blocked,
      done,
    });
    expect(result.days).toEqual([
      row("2026-03-02", 1, 2, 0, 0),
      row("2026-03-03", 0, 2, 0, 1),
      row("2026-03-04", 0, 1, 1, 1),
      row("2026-03-05", 0, 1, 0, 2),
      row("2026-03-06", 0, 1, 0, 2),
      row("2026-03-07", 0, 1, 0, 2),
      row("2026-03-08", 0, 0, 0, 3),
      row("2026-03-09", 1, 0, 0, 3),
      row("2026-03-10", 0, 1, 0, 4),
    ]);
    expect(result.throughput).toEqual([
      { weekStart: "2026-03-02", count: 3 },
      { weekStart: "2026-03-09", count: 1 },
    ]);
    // A 96 h (from before the range), C 51 h, B 144 h (its blocked day included), E 3 h.
    expect(result.cycleTime.count).toBe(4);
    expect(result.cycleTime.medianHours).toBeCloseTo(73.5, 6);
    expect(result.cycleTime.p85Hours).toBeCloseTo(96 + 0.55 * 48, 6);
    expect(result.cycleTime.points.map((p) => [p.taskId, p.hours])).toEqual([
      ["A", 96],
      ["C", 51],
      ["B", 144],
      ["E", 3],
    ]);
    expect(result.wip).toBe(1);
    expect(result.blockedHours).toBeCloseTo(24, 6);
    expect(result.blockedTasks).toBe(1);
  });

  it("clips to the range: a window inside the blocked day counts only its part", async () => {
    const result = await flowAnalytics(db.prisma, workspaceId, new Date("2026-03-04T00:00:00Z"), new Date("2026-03-05T00:00:00Z"));
    expect(result.days).toEqual([{ date: "2026-03-04", todo: 0, inProgress: 1, blocked: 1, done: 1 }]);
    expect(result.blockedHours).toBeCloseTo(14, 6);
    expect(result.throughput).toEqual([{ weekStart: "2026-03-02", count: 0 }]);
    expect(result.cycleTime).toEqual({ count: 0, medianHours: null, p85Hours: null, points: [] });
    expect(result.wip).toBe(1);
  });
});

describe("Workspace.analytics over GraphQL", () => {
  it("every role reads it; outsiders see no workspace; a bad range is BAD_USER_INPUT", async () => {
    const { owner, viewer, outsider, workspace } = await team();
    const task = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Ship" } }, owner.token)).createTask;
    await ok(MoveTask, { input: { id: task.id, status: "IN_PROGRESS" } }, owner.token);
    await ok(MoveTask, { input: { id: task.id, status: "DONE" } }, owner.token);
    await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Next" } }, owner.token);
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const { workspace: seen } = await ok(Analytics, { id: workspace.id, from, to }, viewer.token);
    const last = seen!.analytics.days.at(-1)!;
    expect(last).toMatchObject({ todo: 1, inProgress: 0, done: 1 });
    expect(seen!.analytics.throughput.reduce((n, w) => n + w.count, 0)).toBe(1);
    expect(seen!.analytics.cycleTime.count).toBe(1);
    expect(seen!.analytics.cycleTime.points[0]!.task!.title).toBe("Ship");
    expect((await request(Analytics, { id: workspace.id, from, to }, outsider.token)).data?.workspace).toBeNull();
    expect(await refusal(Analytics, { id: workspace.id, from: to, to: from }, owner.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "OUT_OF_RANGE",
    });
    expect(
      (await refusal(Analytics, { id: workspace.id, from: "2020-01-01T00:00:00Z", to: "2022-01-01T00:00:00Z" }, owner.token)).code,
    ).toBe("BAD_USER_INPUT");
  });
});
