import type { PrismaClient, User } from "../generated/prisma/client.js";
import { logger } from "../logger.js";
import type { EventBus } from "../realtime/pubsub.js";
import { hashToken, newToken } from "./tokens.js";

/** The user as every request sees it: never the password hash, which only sign-in reads. */
export type SessionUser = Pick<User, "id" | "email" | "name" | "createdAt">;

export interface Authenticated {
  user: SessionUser;
  sessionId: string;
}

export interface SessionLifetimes {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, however active. */
  maxMs: number;
  /** How long a resolved token is trusted from memory before the database is asked again. */
  cacheMs: number;
  /** Most entries the cache holds; the least recently used goes first. */
  cacheSize: number;
}

export interface SessionStore {
  create(userId: string): Promise<string>;
  /** Resolves `Bearer <token>`; unknown, malformed, revoked and expired tokens all resolve to nobody (null). */
  authenticate(authorization: unknown): Promise<Authenticated | null>;
  /** Revokes in the database, then tells every instance (this one at once) to forget the session. */
  revoke(sessionId: string): Promise<void>;
  close(): Promise<void>;
}

interface Entry {
  auth: Authenticated;
  tokenHash: string;
  lastUsedAt: number;
  expiresAt: number;
  /** When this entry was read from the database; older than cacheMs means ask again. */
  loadedAt: number;
}

interface SessionRow {
  id: string;
  signedInAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date;
  expiresAt: Date;
  userId: string;
  email: string;
  name: string;
  createdAt: Date;
}

/**
 * Bearer sessions with an in-memory cache in front of the database, so the hot path of every request and
 * socket is a hash and a Map lookup. The cache is bounded (LRU) and short-lived (cacheMs), and a sign-out on
 * any instance evicts the session on every instance through the event bus; were a bus message ever lost,
 * cacheMs bounds how long a revoked token could still be honoured by another instance.
 */
export function createSessionStore(prisma: PrismaClient, bus: EventBus, lifetimes: SessionLifetimes): SessionStore {
  const byHash = new Map<string, Entry>(); // insertion order = recency: the first key is the least recently used
  const loading = new Map<string, Promise<Entry | null>>(); // a burst of requests with one new token reads it once
  const hashBySession = new Map<string, string>();
  // Refresh lastUsedAt at most once a minute (more often only when the idle lifetime is shorter than 4 minutes).
  const touchEveryMs = Math.min(60_000, lifetimes.idleMs / 4);

  // A read that started before a revocation may finish after it: what it found must not be cached again.
  const revokedAt = new Map<string, number>();
  const revoked = (sessionId: string) => {
    const now = Date.now();
    for (const [id, at] of revokedAt) if (now - at > lifetimes.cacheMs + 5000) revokedAt.delete(id);
    revokedAt.set(sessionId, now);
  };
  const forget = (sessionId: string) => {
    const hash = hashBySession.get(sessionId);
    if (hash !== undefined) byHash.delete(hash);
    hashBySession.delete(sessionId);
  };
  const remember = (entry: Entry) => {
    if (revokedAt.has(entry.auth.sessionId)) return;
    byHash.delete(entry.tokenHash);
    byHash.set(entry.tokenHash, entry);
    hashBySession.set(entry.auth.sessionId, entry.tokenHash);
    while (byHash.size > lifetimes.cacheSize) {
      const [oldest, evicted] = byHash.entries().next().value as [string, Entry];
      byHash.delete(oldest);
      hashBySession.delete(evicted.auth.sessionId);
    }
  };
  const live = (entry: Entry, now: number) => entry.expiresAt > now && entry.lastUsedAt + lifetimes.idleMs > now;

  // Sign-outs resolve when their own revocation has come back through the bus: the bus has then handed it to
  // every instance's connection, so the token is refused everywhere before the client hears "signed out".
  const echoes = new Map<string, () => void>();
  const revocations = bus.sessionRevocations();
  void (async () => {
    for await (const sessionId of revocations) {
      revoked(sessionId);
      forget(sessionId);
      echoes.get(sessionId)?.();
    }
  })();

  // Session and user in one statement, and only the user fields requests use.
  const load = async (tokenHash: string, now: number): Promise<Entry | null> => {
    const rows = await prisma.$queryRaw<SessionRow[]>`
      SELECT s.id, s."createdAt" AS "signedInAt", s."revokedAt", s."lastUsedAt", s."expiresAt", u.id AS "userId", u.email, u.name, u."createdAt"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
      WHERE s."tokenHash" = ${tokenHash}`;
    const row = rows[0];
    if (!row || row.revokedAt) return null;
    return {
      auth: { sessionId: row.id, user: { id: row.userId, email: row.email, name: row.name, createdAt: new Date(row.createdAt) } },
      tokenHash,
      lastUsedAt: new Date(row.lastUsedAt).getTime(),
      // The sooner of the stored expiry and sign-in + today's maximum: lowering SESSION_MAX_DAYS applies to all.
      expiresAt: Math.min(new Date(row.expiresAt).getTime(), new Date(row.signedInAt).getTime() + lifetimes.maxMs),
      loadedAt: now,
    };
  };

  const touch = (entry: Entry, now: number) => {
    entry.lastUsedAt = now;
    prisma.session
      .updateMany({ where: { id: entry.auth.sessionId, revokedAt: null }, data: { lastUsedAt: new Date(now) } })
      .catch((err) => logger.warn({ err }, "could not refresh a session's lastUsedAt"));
  };

  return {
    async create(userId) {
      const token = newToken("tg");
      await prisma.session.create({ data: { userId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + lifetimes.maxMs) } });
      return token;
    },

    async authenticate(authorization) {
      if (typeof authorization !== "string") return null;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) return null;
      const tokenHash = hashToken(match[1]!);
      const now = Date.now();
      let entry = byHash.get(tokenHash);
      // Another instance may have kept the session alive since this one cached it: ask before calling it idle.
      if (!entry || now - entry.loadedAt > lifetimes.cacheMs || !live(entry, now)) {
        if (entry) forget(entry.auth.sessionId);
        let pending = loading.get(tokenHash);
        if (!pending) {
          pending = load(tokenHash, now);
          loading.set(tokenHash, pending);
          void pending.finally(() => loading.delete(tokenHash)).catch(() => {});
        }
        entry = (await pending) ?? undefined;
        if (!entry || !live(entry, now)) return null;
      }
      remember(entry);
      if (now - entry.lastUsedAt >= touchEveryMs) touch(entry, now);
      return entry.auth;
    },

    async revoke(sessionId) {
      revoked(sessionId);
      forget(sessionId);
      await prisma.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
      let timer: NodeJS.Timeout | undefined;
      const echoed = new Promise<void>((resolve) => {
        echoes.set(sessionId, resolve);
        // A bus that is down must not hold sign-out up: other instances then drop the session within cacheMs.
        timer = setTimeout(resolve, 2000);
      });
      bus.revokeSession(sessionId);
      await echoed;
      clearTimeout(timer);
      echoes.delete(sessionId);
    },

    async close() {
      await revocations.return?.();
    },
  };
}

/** Session lifetimes from the environment: days for people, seconds for tests. */
export function sessionLifetimes(env: NodeJS.ProcessEnv): SessionLifetimes {
  const duration = (seconds: string | undefined, days: string | undefined, fallbackDays: number, name: string) => {
    const value = seconds !== undefined && seconds !== "" ? Number(seconds) * 1000 : Number(days ?? fallbackDays) * 86_400_000;
    if (!(value > 0)) throw new Error(`${name} must be a positive number`);
    return value;
  };
  const idleMs = duration(env.SESSION_IDLE_SECONDS, env.SESSION_IDLE_DAYS, 14, "SESSION_IDLE_DAYS / SESSION_IDLE_SECONDS");
  const maxMs = duration(env.SESSION_MAX_SECONDS, env.SESSION_MAX_DAYS, 30, "SESSION_MAX_DAYS / SESSION_MAX_SECONDS");
  const cacheMs = Number(env.SESSION_CACHE_SECONDS ?? 30) * 1000;
  if (!(cacheMs >= 0)) throw new Error("SESSION_CACHE_SECONDS must be 0 or more");
  return { idleMs, maxMs, cacheMs, cacheSize: 5000 };
}
