import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "../src/auth/password.js";
import { applyMigrations, migrationsDir, type SqlRunner } from "../src/db/migrate.js";
import { graphql } from "./gql/index.js";
import { ok } from "./support/client.js";
import { createTestDatabase, type TestDatabase } from "./support/databases.js";
import { type ServerProcess, spawnServer } from "./support/server-process.js";

const BOARDS_MIGRATION = "20261130020222_boards_checkpoints_comments";

const SignIn = graphql(`
  mutation BoardsMigrationSignIn($input: SignInInput!) {
    signIn(input: $input) { token }
  }
`);
const Workspaces = graphql(`
  query BoardsMigrationWorkspaces {
    workspaces { name boards { name tasks { totalCount edges { node { title board { name } } } } } board(atVersion: 3) { title board { name } } }
  }
`);

/** The migrations before this one, as a directory of their own: the database as an older release left it. */
function migrationsBefore(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "taskgraph-migrations-"));
  for (const entry of readdirSync(migrationsDir)) {
    if (entry < name && !entry.endsWith(".toml")) cpSync(path.join(migrationsDir, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

async function open(database: TestDatabase): Promise<SqlRunner & { close(): Promise<void> }> {
  if (database.config.databaseUrl) {
    const client = new pg.Client({ connectionString: database.config.databaseUrl });
    await client.connect();
    return { query: (sql, params) => client.query(sql, params) as never, exec: (sql) => client.query(sql), close: () => client.end() };
  }
  const db = new PGlite(database.config.dataDir);
  return { query: (sql, params) => db.query(sql, params) as never, exec: (sql) => db.exec(sql), close: () => db.close() };
}

describe("the boards migration on a database with data", () => {
  let database: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  const before = migrationsBefore(BOARDS_MIGRATION);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    rmSync(before, { recursive: true, force: true });
  });

  it("gives every workspace one board holding all its tasks (deleted ones too) and loses nothing", async () => {
    database = await createTestDatabase();
    const db = await open(database);
    await applyMigrations(db, before);
    // The user row is written as an older release would have: with the server's own hash of a known password.
    const hash = await hashPassword("correct horse battery");
    await db.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ('u1', 'old@example.com', 'Old', $1)`, [hash]);
    for (const w of ["w1", "w2", "w3"]) {
      await db.query(`INSERT INTO "Workspace" (id, name, version) VALUES ($1, $2, 3)`, [w, `Space ${w}`]);
      await db.query(`INSERT INTO "Membership" ("workspaceId", "userId", role) VALUES ($1, 'u1', 'OWNER')`, [w]);
    }
    // w1: two live tasks and a deleted one, with their log; w2: one task; w3: none.
    const tasks = [
      ["t1", "w1", "Alpha", "TODO", null],
      ["t2", "w1", "Beta", "DONE", null],
      ["t3", "w1", "Gone", "TODO", "2026-01-01"],
      ["t4", "w2", "Solo", "IN_PROGRESS", null],
    ] as const;
    for (const [id, w, title, status, deletedAt] of tasks) {
      await db.query(
        `INSERT INTO "Task" (id, "workspaceId", title, status, position, "createdById", "updatedAt", "deletedAt") VALUES ($1, $2, $3, $4, 1024, 'u1', now(), $5)`,
        [id, w, title, status, deletedAt],
      );
    }
    for (const [v, id, title, status] of [
      [1, "t1", "Alpha", "TODO"],
      [2, "t2", "Beta", "DONE"],
      [3, "t3", "Gone", "TODO"],
    ] as const) {
      await db.query(
        `INSERT INTO "Event" (id, "workspaceId", version, action, "actorId", "entityType", "entityId", metadata) VALUES ($1, 'w1', $2, 'TASK_CREATED', 'u1', 'Task', $3, $4)`,
        [
          `e${v}`,
          v,
          id,
          JSON.stringify({ after: { title, status, priority: "MEDIUM", description: "", assigneeId: null, position: 1024, version: 1 } }),
        ],
      );
    }
    const counted = async () =>
      (
        await db.query<{ tasks: string; events: string; workspaces: string }>(
          `SELECT (SELECT count(*) FROM "Task") AS tasks, (SELECT count(*) FROM "Event") AS events, (SELECT count(*) FROM "Workspace") AS workspaces`,
        )
      ).rows[0];
    const beforeCounts = await counted();

    expect(await applyMigrations(db)).toContain(BOARDS_MIGRATION);

    expect(await counted()).toEqual(beforeCounts);
    const boards = (
      await db.query<{ workspaceId: string; name: string; id: string }>(
        `SELECT id, "workspaceId", name FROM "Board" ORDER BY "workspaceId"`,
      )
    ).rows;
    expect(boards.map((b) => [b.workspaceId, b.name])).toEqual([
      ["w1", "Main"],
      ["w2", "Main"],
      ["w3", "Main"],
    ]);
    const placed = (
      await db.query<{ id: string; boardId: string; title: string; deletedAt: unknown }>(
        `SELECT id, "boardId", title, "deletedAt" FROM "Task" ORDER BY id`,
      )
    ).rows;
    const boardOf = Object.fromEntries(boards.map((b) => [b.workspaceId, b.id]));
    expect(placed.map((t) => [t.id, t.boardId, t.title, t.deletedAt !== null])).toEqual([
      ["t1", boardOf.w1, "Alpha", false],
      ["t2", boardOf.w1, "Beta", false],
      ["t3", boardOf.w1, "Gone", true],
      ["t4", boardOf.w2, "Solo", false],
    ]);
    await db.close();

    // The server runs on the migrated database: the board holds the tasks, and the log's old entries (which name
    // no board) rebuild onto it.
    server = await spawnServer({ DATA_DIR: database.config.dataDir, DATABASE_URL: database.config.databaseUrl });
    const { signIn } = await ok(SignIn, { input: { email: "old@example.com", password: "correct horse battery" } }, undefined, server.url);
    const { workspaces } = await ok(Workspaces, {}, signIn.token, server.url);
    const w1 = workspaces.find((w) => w.name === "Space w1")!;
    expect(w1.boards.map((b) => [b.name, b.tasks.totalCount])).toEqual([["Main", 2]]);
    expect(w1.board.map((t) => [t.title, t.board?.name])).toEqual([
      ["Alpha", "Main"],
      ["Gone", "Main"],
      ["Beta", "Main"],
    ]);
    expect(workspaces.find((w) => w.name === "Space w3")!.boards.map((b) => b.tasks.totalCount)).toEqual([0]);
  }, 180_000);
});
