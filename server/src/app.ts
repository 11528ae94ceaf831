import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import type { Config } from "./config.js";
import { openDatabase } from "./db/database.js";
import { createDrain } from "./http/drain.js";
import { SocketClose } from "./http/close-codes.js";
import { createLiveStreams } from "./http/live-streams.js";
import { createMetrics } from "./http/metrics.js";
import { createProbes, json } from "./http/probes.js";
import { setSecurityHeaders } from "./http/security-headers.js";
import { attachWebSockets } from "./http/websocket.js";
import { logger } from "./logger.js";
import { createInviteDelivery } from "./mail/invite-delivery.js";
import { createPresenceRegistry } from "./realtime/presence.js";
import { createEventBus } from "./realtime/pubsub.js";
import { createSessionStore } from "./auth/sessions.js";
import { createYogaServer } from "./yoga.js";
import { createRepositorySyncEvents, REPOSITORY_SYNC_EVENTS_PATH } from "./http/repository-sync-events.js";
import { createTransferRoutes, EXPORT_PATH, IMPORT_PATH } from "./http/transfer.js";
import { failInterruptedSyncs } from "./repo-sync/syncs.js";

export interface RunningServer {
  url: string;
  port: number;
  /** Graceful: stop accepting, let operations in flight finish (up to timeoutMs), then close everything. */
  close(timeoutMs?: number): Promise<void>;
}

/** One process: Yoga over HTTP/SSE and graphql-ws on /graphql, probes, metrics, the web UI at `/`. */
export async function startServer(config: Config): Promise<RunningServer> {
  const rawBus = createEventBus(config.redisUrl, config.databaseUrl);
  const db = await openDatabase(config);
  // Syncs a stopped process left running can never finish: they end FAILED before anyone can start another.
  await failInterruptedSyncs(db.prisma);
  const presence = createPresenceRegistry();
  const live = createLiveStreams(rawBus);
  const drain = createDrain();
  let sockets = { socketCount: 0 };
  const metrics = createMetrics(config, { sockets: () => sockets.socketCount, streams: () => live.streamCount });
  const bus = metrics.counting(rawBus);
  const sessions = createSessionStore(db.prisma, rawBus, config.sessions);
  const services = { prisma: db.prisma, bus, presence, invites: createInviteDelivery(config), sessions };
  const yoga = createYogaServer(services, {
    corsOrigins: config.corsOrigins,
    plugins: [drain.plugin(), live.plugin(), metrics.plugin()],
  });
  const syncEvents = createRepositorySyncEvents(services);
  const transfer = createTransferRoutes(services);
  const probes = createProbes(db, rawBus, drain);
  const web = config.webDist && existsSync(config.webDist) ? sirv(config.webDist, { single: true, etag: true, gzip: true }) : null;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // While draining, keep-alive connections close after their current response.
    if (drain.draining) res.setHeader("connection", "close");
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/graphql" || path.startsWith("/graphql/")) return yoga(req, res);
    if (path.startsWith(REPOSITORY_SYNC_EVENTS_PATH)) return setSecurityHeaders(req, res, "api"), syncEvents.handle(req, res);
    if (path.startsWith(EXPORT_PATH) || path.startsWith(IMPORT_PATH)) return setSecurityHeaders(req, res, "api"), transfer.handle(req, res);
    if (path === "/health") return setSecurityHeaders(req, res, "api"), probes.health(res);
    if (path === "/ready") return setSecurityHeaders(req, res, "api"), void probes.ready(res);
    if (path === "/metrics") return setSecurityHeaders(req, res, "api"), void metrics.serve(req, res);
    if (!web) return setSecurityHeaders(req, res, "api"), json(res, 404, { error: "not found" });
    setSecurityHeaders(req, res, "web");
    web(req, res, () => json(res, 404, { error: "not found" }));
  });
  const ws = attachWebSockets(server, yoga, services, live, config.heartbeatMs);
  sockets = ws;

  // A reconnect storm (every client of a restarted instance at once) overflows Node's default backlog of 511.
  await new Promise<void>((resolve) => server.listen({ port: config.port, host: config.host, backlog: 4096 }, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ url, database: db.kind, bus: rawBus.kind, web: !!web, metrics: config.metrics.enabled }, "taskgraph listening");

  let closing: Promise<void> | undefined;
  const close = async (timeoutMs = config.shutdownTimeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    // 1. Stop accepting: no new connections; /ready answers 503; new operations get SHUTTING_DOWN.
    drain.begin();
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // 2. What is running finishes and is answered (a mutation's result reaches its client).
    const settled = await drain.settled(Math.max(0, deadline - Date.now() - 500));
    if (!settled) logger.warn({ inFlight: drain.inFlight }, "shutdown: operations still running at the deadline");
    await new Promise((resolve) => setImmediate(resolve));
    // 3. Subscriptions end with a code that says "reconnect": SocketClose.ServiceRestart on sockets; SSE streams complete.
    ws.closeAll(SocketClose.ServiceRestart, "Server restarting");
    live.endAll();
    syncEvents.endAll();
    // Keep-alive connections go as soon as their last response is out (SSE streams just ended included).
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
    await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now() - 300)))]);
    clearInterval(sweep);
    server.closeAllConnections();
    await ws.close();
    await live.close();
    presence.close();
    await sessions.close();
    await db.close();
    await rawBus.close();
  };

  return {
    url,
    port,
    close: (timeoutMs) => (closing ??= close(timeoutMs)),
  };
}
