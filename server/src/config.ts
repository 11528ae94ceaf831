import path from "node:path";

export interface Config {
  port: number;
  host: string;
  /** Where the embedded database lives when no DATABASE_URL is given. */
  dataDir: string;
  /** A postgresql:// URL switches from the embedded PGlite store to a PostgreSQL server. */
  databaseUrl: string | undefined;
  /** Built web UI served at `/`; absent in API-only runs. */
  webDist: string | undefined;
  /** WebSocket ping interval; a socket silent for two intervals is closed (so within 30 s by default). */
  heartbeatMs: number;
  /** A redis:// URL fans subscription events out across every instance; unset keeps them in-process. */
  redisUrl: string | undefined;
}

// pnpm runs the server from server/; relative paths are read from the repository root, where users run commands.
const repoRoot = path.join(import.meta.dirname, "..", "..");

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error("DATABASE_URL must be a postgresql:// URL (leave it unset for the embedded database)");
  }
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(repoRoot, env.DATA_DIR ?? "./data"),
    databaseUrl,
    redisUrl: env.REDIS_URL?.trim() || undefined,
    heartbeatMs: Number(env.WS_HEARTBEAT_MS) || 10_000,
    webDist: env.WEB_DIST === "" ? undefined : path.resolve(repoRoot, env.WEB_DIST ?? "web/dist"),
  };
}
