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
  /** Where people reach the web UI; invite links start with it. */
  publicUrl: string;
  /** An smtp:// or smtps:// URL: invite links are emailed through it. Unset, they are logged instead. */
  smtpUrl: string | undefined;
  /** The From of those emails. */
  mailFrom: string;
  /** How long an invite link stays valid after it is sent (or sent again). */
  invitationTtlHours: number;
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
    ...mailConfig(env, port),
  };
}

function mailConfig(env: NodeJS.ProcessEnv, port: number) {
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]/.test(publicUrl)) throw new Error(`PUBLIC_URL must be an http(s):// URL, got ${env.PUBLIC_URL}`);
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error("SMTP_URL must be an smtp:// or smtps:// URL");
  const invitationTtlHours = Number(env.INVITATION_TTL_HOURS ?? 168);
  if (!(invitationTtlHours > 0)) throw new Error(`INVITATION_TTL_HOURS must be a positive number, got ${env.INVITATION_TTL_HOURS}`);
  return { publicUrl, smtpUrl, mailFrom: env.MAIL_FROM?.trim() || "Taskgraph <no-reply@localhost>", invitationTtlHours };
}
