import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./databases.js";
import { spawnServer } from "./server-process.js";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    databaseUrl: string | null;
  }
}

// One real server process for the run, on a free port; tests reach it over HTTP and WebSocket like any client.
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  // Hundreds of sign-ups and writes from 127.0.0.1 in one run: every limit count ×10,000, so nothing is
  // throttled. Set in the environment, so servers that test files spawn inherit it too; the rate-limit
  // tests spawn theirs with RATE_LIMIT_MULTIPLIER=1, the production defaults.
  process.env.RATE_LIMIT_MULTIPLIER ??= "10000";
  const server = await spawnServer({
    DATA_DIR: database.config.dataDir,
    DATABASE_URL: database.config.databaseUrl,
    // Snapshots every 10 versions, so every test that reads history crosses snapshot boundaries.
    SNAPSHOT_EVERY: "10",
  });
  project.provide("serverUrl", server.url);
  project.provide("databaseUrl", database.config.databaseUrl ?? null);
  return async () => {
    await server.stop();
    await database.drop();
  };
}
