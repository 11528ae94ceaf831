import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../src/db/database.js";
import { reachesDriver, sqlOf } from "../src/db/raw.js";
import type { Task } from "../src/generated/prisma/client.js";
import { createTestDatabase, type TestDatabase } from "./support/databases.js";

// db/raw.ts: the write path's hot statements go to the driver adapter, past Prisma's query compiler. They must
// run on the very connection of the Prisma transaction they are issued in, and read like Prisma's own results.
describe("raw SQL beside Prisma", () => {
  let testDb: TestDatabase;
  let db: Database;
  let task: Task;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await openDatabase(testDb.config);
    const user = await db.prisma.user.create({ data: { email: "raw@example.com", name: "Raw", passwordHash: "x" } });
    const workspace = await db.prisma.workspace.create({ data: { name: "Raw" } });
    const board = await db.prisma.board.create({ data: { workspaceId: workspace.id, name: "Board", position: 1 } });
    task = await db.prisma.task.create({
      data: {
        workspaceId: workspace.id,
        boardId: board.id,
        title: "Ship it",
        status: "IN_PROGRESS",
        priority: "HIGH",
        position: 1.5,
        createdById: user.id,
        assigneeId: user.id,
        labelIds: ["a", "b"],
        dueAt: new Date("2026-03-04T05:06:07.089Z"),
        codeRef: { path: "src/x.ts", line: 3 },
      },
    });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it("statements through sqlOf(tx) run in that transaction, on its driver connection: they see its writes and roll back with it", async () => {
    const failure = new Error("roll back");
    let seen: unknown[] = [];
    let direct = false;
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.workspace.create({ data: { id: "raw-uncommitted", name: "Uncommitted" } });
        // The first statement finds the driver's transaction; the second goes to it directly.
        seen = await sqlOf(tx).query(`SELECT name FROM "Workspace" WHERE id = $1`, ["raw-uncommitted"]);
        direct = reachesDriver(tx);
        seen = [...seen, ...(await sqlOf(tx).query(`SELECT name FROM "Workspace" WHERE id = $1`, ["raw-uncommitted"]))];
        await sqlOf(tx).query(`UPDATE "Task" SET title = $2 WHERE id = $1`, [task.id, "Rolled back"]);
        throw failure;
      }, {}),
    ).rejects.toBe(failure);
    expect(direct).toBe(true);
    expect(seen).toEqual([{ name: "Uncommitted" }, { name: "Uncommitted" }]);
    expect(await db.prisma.workspace.findUnique({ where: { id: "raw-uncommitted" } })).toBeNull();
    expect((await db.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).title).toBe("Ship it");
  });

  it("a row reads exactly as Prisma reads it: timestamps, json, enums, text arrays, floats", async () => {
    expect(reachesDriver(db.prisma)).toBe(true);
    const [raw] = await sqlOf(db.prisma).query<Task>(`SELECT * FROM "Task" WHERE id = $1`, [task.id]);
    expect(raw).toEqual(await db.prisma.task.findUniqueOrThrow({ where: { id: task.id } }));
    expect(raw!.dueAt).toBeInstanceOf(Date);
  });

  it("Dates and string arrays as parameters are written as Prisma writes them", async () => {
    const dueAt = new Date("2027-12-31T23:59:58.123Z");
    await db.prisma.$transaction(
      (tx) =>
        sqlOf(tx).query(`UPDATE "Task" SET "dueAt" = $2::timestamp(3), "labelIds" = $3::text[] WHERE id = $1`, [
          task.id,
          dueAt,
          ["x", "y, z", 'q"uote'],
        ]),
      {},
    );
    const read = await db.prisma.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(read.dueAt).toEqual(dueAt);
    expect(read.labelIds).toEqual(["x", "y, z", 'q"uote']);
  });
});
