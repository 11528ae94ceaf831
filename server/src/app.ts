import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { createSessionStore } from "./auth/sessions.js";
import type { Config } from "./config.js";
import { openDatabase } from "./db/database.js";
import { SocketClose } from "./http/close-codes.js";
import { closeConnections, stopAccepting } from "./http/connections.js";
import { createDrain } from "./http/drain.js";
import { createLiveStreams } from "./http/live-streams.js";
import { createMetrics } from "./http/metrics.js";
import { createProbes } from "./http/probes.js";
import { createRepositorySyncEvents, REPOSITORY_SYNC_EVENTS_PATH } from "./http/repository-sync-events.js";
import { watchRevocations } from "./http/revocations.js";
import { createRouter } from "./http/router.js";
import { createSessionSockets } from "./http/session-sockets.js";
import { createTransferRoutes, EXPORT_PATH, IMPORT_PATH } from "./http/transfer.js";
import { attachWebSockets, type WebSockets } from "./http/websocket.js";
import { logger } from "./logger.js";
import { createInviteDelivery } from "./mail/invite-delivery.js";
import { createPresenceRegistry } from "./realtime/presence.js";
import { createEventBus } from "./realtime/pubsub.js";
import { failInterruptedSyncs, watchAbandonedSyncs } from "./repo-sync/syncs.js";
import { createYogaServer } from "./yoga.js";

export interface App {
  /** Listens on config.port (0: any free port); resolves once it does. */
  start(): Promise<{ url: string; port: number }>;
  /** Graceful: stop accepting, let operations in flight finish (up to timeoutMs), then close everything. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * One process: Yoga over HTTP/SSE and graphql-ws on /graphql, probes, metrics, the web UI at `/`. Built from
 * small parts: the router (http/router.ts), the sockets (http/websocket.ts: limits, heartbeat, graphql-ws),
 * the session-to-socket registry (http/session-sockets.ts), the live-stream registry (http/live-streams.ts).
 */
export async function buildApp(config: Config): Promise<App> {
  const rawBus = createEventBus(config.redisUrl, config.databaseUrl);
  const db = await openDatabase(config);
  // Syncs a stopped process left running can never finish: they end FAILED. The embedded database has one
  // process, so all of them at once; on PostgreSQL, shared by instances, those whose heartbeat stopped.
  await failInterruptedSyncs(db.prisma, { everyActive: db.kind === "pglite" });
  const stopSyncWatch = db.kind === "postgresql" ? watchAbandonedSyncs(db.prisma) : () => {};
  const presence = createPresenceRegistry();
  const revocations = watchRevocations(rawBus);
  // Registered first, so a revoked session's sockets close before its streams end.
  const sessionSockets = createSessionSockets(revocations);
  const live = createLiveStreams(revocations);
  const drain = createDrain();
  let ws: WebSockets | undefined;
  const metrics = createMetrics(config, { sockets: () => ws?.socketCount ?? 0, streams: () => live.streamCount });
  const bus = metrics.counting(rawBus);
  const sessions = createSessionStore(db.prisma, rawBus, config.sessions);
  const services = { prisma: db.prisma, bus, presence, invites: createInviteDelivery(config), sessions };
  const yoga = createYogaServer(services, { corsOrigins: config.corsOrigins, plugins: [drain.plugin(), live.plugin(), metrics.plugin()] });
  const syncEvents = createRepositorySyncEvents(services, revocations);
  const transfer = createTransferRoutes(services);
  const probes = createProbes(db, rawBus, drain);
  const web = config.webDist && existsSync(config.webDist) ? sirv(config.webDist, { single: true, etag: true, gzip: true }) : null;

  const routes = [
    { paths: ["/graphql", "/graphql/"], handle: yoga, headers: "own" as const },
    { paths: [REPOSITORY_SYNC_EVENTS_PATH], handle: syncEvents.handle },
    { paths: [EXPORT_PATH, IMPORT_PATH], handle: transfer.handle },
    { paths: ["/health"], handle: (_req: IncomingMessage, res: ServerResponse) => probes.health(res) },
    { paths: ["/ready"], handle: (_req: IncomingMessage, res: ServerResponse) => probes.ready(res) },
    { paths: ["/metrics"], handle: (req: IncomingMessage, res: ServerResponse) => metrics.serve(req, res) },
  ];
  const server = createServer(createRouter(routes, { web, draining: () => drain.draining }));
  ws = attachWebSockets(server, yoga, services, sessionSockets, config.heartbeatMs);
  const sockets = ws;

  const start = async () => {
    // A reconnect storm (every client of a restarted instance at once) overflows Node's default backlog of 511.
    await new Promise<void>((resolve) => server.listen({ port: config.port, host: config.host, backlog: 4096 }, resolve));
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    logger.info({ url, database: db.kind, bus: rawBus.kind, web: !!web, metrics: config.metrics.enabled }, "taskgraph listening");
    return { url, port };
  };

  const stop = async (timeoutMs = config.shutdownTimeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    // 1. Stop accepting: no new connections; /ready answers 503; new operations get SHUTTING_DOWN.
    drain.begin();
    const closed = stopAccepting(server);
    // 2. What is running finishes and is answered (a mutation's result reaches its client).
    const settled = await drain.settled(Math.max(0, deadline - Date.now() - 500));
    if (!settled) logger.warn({ inFlight: drain.inFlight }, "shutdown: operations still running at the deadline");
    await new Promise((resolve) => setImmediate(resolve));
    // 3. Subscriptions end with a code that says "reconnect": ServiceRestart on sockets; SSE streams complete.
    sockets.closeAll(SocketClose.ServiceRestart, "Server restarting");
    live.endAll();
    syncEvents.endAll();
    await closeConnections(server, closed, deadline - 300);
    // 4. Then what the connections used.
    await sockets.close();
    await revocations.close();
    presence.close();
    stopSyncWatch();
    await sessions.close();
    await db.close();
    await rawBus.close();
  };

  let stopping: Promise<void> | undefined;
  return { start, stop: (timeoutMs) => (stopping ??= stop(timeoutMs)) };
}
