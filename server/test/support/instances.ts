import { createTestDatabase, type TestDatabase } from "./databases.js";
import { type ServerProcess, spawnServer } from "./server-process.js";

/**
 * A server process of its own on a fresh database of the suite's kind, for tests that need settings the
 * shared server does not have. Its stop() also drops the database.
 */
export async function serverOnOwnDatabase(env: Record<string, string | undefined> = {}): Promise<ServerProcess> {
  const database = await createTestDatabase();
  let server: ServerProcess;
  try {
    server = await spawnServer({ DATA_DIR: database.config.dataDir, DATABASE_URL: database.config.databaseUrl, ...env });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await database.drop();
    },
  };
}

export const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export interface TwoInstances {
  database: TestDatabase;
  a: ServerProcess;
  b: ServerProcess;
  stop(): Promise<void>;
}

/**
 * Two server processes sharing one fresh PostgreSQL database, as a deployment of several instances runs.
 * `env` picks the bus (REDIS_URL, or "" for LISTEN/NOTIFY) and anything else both instances share.
 */
export async function twoInstances(env: Record<string, string>): Promise<TwoInstances> {
  const database = await createTestDatabase("postgresql");
  const shared = { DATABASE_URL: database.config.databaseUrl, DATA_DIR: database.config.dataDir, ...env };
  const [a, b] = await Promise.all([spawnServer(shared), spawnServer(shared)]);
  return {
    database,
    a,
    b,
    stop: async () => {
      await Promise.all([a.stop(), b.stop()]);
      await database.drop();
    },
  };
}
