import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        // Pure functions, tested beside their source: no server, no database.
        test: { name: "unit", include: ["src/**/*.test.ts"] },
      },
      {
        test: {
          name: "integration",
          // test/multi-instance needs a PostgreSQL server and Redis: it runs with TEST_DATABASE=postgresql
          // (`pnpm test:pg`, part of CI), where a missing service fails the run rather than skipping it.
          include: process.env.TEST_DATABASE === "postgresql" ? ["test/**/*.test.ts"] : ["test/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Files share one server; each test makes its own users and workspaces, so files can run in parallel.
          fileParallelism: true,
        },
      },
    ],
  },
});
