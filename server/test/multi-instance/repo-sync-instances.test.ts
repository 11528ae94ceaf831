import { describe, expect, it } from "vitest";
import { GitRepo } from "../fixtures/git-repo.js";
import { okAt, signUpAt, workspaceAt } from "../fixtures/graphql-http.js";
import { LINK, START, syncAt, waitForSync } from "../fixtures/repo-sync-api.js";
import { createTestDatabase } from "../support/databases.js";
import { spawnServer } from "../support/server-process.js";

// Several instances share one PostgreSQL database: one starting up must not fail a sync another is running.
describe("repository sync across instances", () => {
  it("an instance starting while another runs a sync leaves that sync running to the end", async () => {
    const database = await createTestDatabase("postgresql");
    const env = { DATA_DIR: database.config.dataDir, DATABASE_URL: database.config.databaseUrl };
    const repo = new GitRepo();
    const a = await spawnServer(env);
    let b: Awaited<ReturnType<typeof spawnServer>> | undefined;
    try {
      for (let i = 0; i < 3000; i++) repo.write(`src/m${Math.floor(i / 100)}/f${i}.ts`, `// TODO: task ${i}\n`);
      repo.commit("many");
      const user = await signUpAt(a.url, "Owner");
      const workspaceId = await workspaceAt(a.url, user.token);
      await okAt(a.url, LINK, { input: { workspaceId, provider: "LOCAL_GIT", path: repo.dir } }, user.token);
      const { startRepositorySync } = await okAt(a.url, START, { input: { workspaceId } }, user.token);
      b = await spawnServer(env);
      const node = await syncAt(b.url, user.token, startRepositorySync.id);
      expect(["QUEUED", "RUNNING", "SUCCEEDED"]).toContain(node.status);
      const done = await waitForSync(b.url, user.token, startRepositorySync.id, 120_000);
      expect(done.status, JSON.stringify(done.error)).toBe("SUCCEEDED");
      expect(done.stats.tasksCreated).toBe(3000);
    } finally {
      await b?.stop();
      await a.stop();
      await database.drop();
      repo.remove();
    }
  }, 240_000);
});
