import { startServer } from "./app.js";
import { loadConfig } from "./config.js";
import { logger } from "./logger.js";

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
