import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  /** Config for startServer: a fresh PGlite directory, or a fresh database on the PostgreSQL server. */
  config: { dataDir: string; databaseUrl: string | undefined };
  drop(): Promise<void>;
}

/**
 * A database of its own for one test run. TEST_DATABASE=postgresql demands the PostgreSQL server: when it
 * is unreachable this throws, so a run that was meant to cover PostgreSQL fails instead of passing quietly.
 */
export async function createTestDatabase(kind = process.env.TEST_DATABASE ?? "pglite"): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "taskgraph-test-"));
  if (kind === "pglite") {
    return { config: { dataDir, databaseUrl: undefined }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (kind !== "postgresql") throw new Error(`TEST_DATABASE must be pglite or postgresql, got ${kind}`);
  const name = `taskgraph_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`TEST_DATABASE=postgresql but PostgreSQL at ${postgresAdminUrl} is unreachable: ${(error as Error).message}`);
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    config: { dataDir, databaseUrl: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
