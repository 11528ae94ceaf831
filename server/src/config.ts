import path from "node:path";
import { type SessionLifetimes, sessionLifetimes } from "./auth/sessions.js";
import { type RateLimitConfig, rateLimitConfig, trustProxyHops } from "./security/rate-limit-config.js";

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
  /** SESSION_IDLE_DAYS (14) and SESSION_MAX_DAYS (30); *_SECONDS variants for tests; SESSION_CACHE_SECONDS (30). */
  sessions: SessionLifetimes;
  /** Sign-in, sign-up and write limits (RATE_LIMIT_*); shared through Redis when redisUrl is set. */
  rateLimits: RateLimitConfig;
  /** Reverse proxies whose X-Forwarded-For is believed for the client address (TRUST_PROXY; 0: none). */
  trustProxy: number;
  /** Origins (scheme://host[:port]) other than the server's own that browsers may call the API from. */
  corsOrigins: string[];
  /** /metrics: "off" (404), "on" (open), or protected by this bearer token. */
  metrics: { enabled: false } | { enabled: true; token: string | undefined };
  /** SIGTERM: how long in-flight operations get to finish before the process exits anyway. */
  shutdownTimeoutMs: number;
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
    sessions: sessionLifetimes(env),
    rateLimits: rateLimitConfig(env),
    trustProxy: trustProxyHops(env),
    heartbeatMs: Number(env.WS_HEARTBEAT_MS) || 10_000,
    webDist: env.WEB_DIST === "" ? undefined : path.resolve(repoRoot, env.WEB_DIST ?? "web/dist"),
    ...transportConfig(env),
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

function transportConfig(env: NodeJS.ProcessEnv) {
  const corsOrigins = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim().replace(/\/+$/, ""))
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`CORS_ORIGINS must list scheme://host[:port] origins, got ${origin}`);
  }
  const token = env.METRICS_TOKEN?.trim() || undefined;
  const metricsOn = token !== undefined || /^(on|true|1)$/i.test(env.METRICS?.trim() ?? "");
  const shutdownTimeoutMs = Number(env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
  if (!(shutdownTimeoutMs > 0)) throw new Error(`SHUTDOWN_TIMEOUT_MS must be a positive number, got ${env.SHUTDOWN_TIMEOUT_MS}`);
  return {
    corsOrigins,
    metrics: metricsOn ? { enabled: true as const, token } : { enabled: false as const },
    shutdownTimeoutMs,
  };
}
