import { existsSync } from "node:fs";
import path from "node:path";
import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";
import { logger } from "./logger.js";

// A .env at the repository root (see .env.example) fills in what the environment leaves unset.
const envFile = path.join(import.meta.dirname, "..", "..", ".env");
if (existsSync(envFile)) process.loadEnvFile(envFile);

const config = loadConfig();
const app = await buildApp(config);
await app.start();

// SIGTERM (orchestrators) and SIGINT (Ctrl+C): drain gracefully, within SHUTDOWN_TIMEOUT_MS. The timer
// is the bound: whatever still hangs then, the process exits anyway. A second signal exits at once.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, "shutting down");
    setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, "shutdown timed out: exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    // Draining gets the bound less a second, which closing the database and the bus needs.
    app.stop(Math.max(0, config.shutdownTimeoutMs - 1_000)).then(
      () => {
        logger.info("shut down");
        process.exit(0);
      },
      (error) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
