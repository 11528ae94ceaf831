import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Two projects: fast jsdom component tests, and the end-to-end run against the real built product.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        // jsdom tests take well under a second alone; the allowance is for a busy shared machine.
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["test/**/*.test.{ts,tsx}", "src/**/*.test.{ts,tsx}"],
          setupFiles: ["test/setup-dom.ts"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/**/*.e2e.ts"],
          testTimeout: 90_000,
          // beforeAll runs `pnpm start`, which compiles the server first.
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
