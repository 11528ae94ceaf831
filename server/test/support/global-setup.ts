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
  const server = await spawnServer({ DATA_DIR: database.config.dataDir, DATABASE_URL: database.config.databaseUrl,
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
