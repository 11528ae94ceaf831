import { existsSync } from "node:fs";
import path from "node:path";
import { startServer } from "./app.js";
import { loadConfig } from "./config.js";
import { logger } from "./logger.js";

// A .env at the repository root (see .env.example) fills in what the environment leaves unset.
const envFile = path.join(import.meta.dirname, "..", "..", ".env");
if (existsSync(envFile)) process.loadEnvFile(envFile);

const server = await startServer(loadConfig());
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    logger.info({ signal }, "shutting down");
    server.close().then(() => process.exit(0), (error) => {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    });
  });
}
