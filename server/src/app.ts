import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ExecutionArgs } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import sirv from "sirv";
import { WebSocketServer, type WebSocket } from "ws";
import { authenticate } from "./auth/sessions.js";
import type { Config } from "./config.js";
import { openDatabase } from "./db/database.js";
import { logger } from "./logger.js";
import { createInviteDelivery } from "./mail/invite-delivery.js";
import { createPresenceRegistry } from "./realtime/presence.js";
import { createEventBus } from "./realtime/pubsub.js";
import { authorizationFrom, createYogaServer, withInputCode } from "./yoga.js";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const bus = createEventBus(config.redisUrl);
  const db = await openDatabase(config);
  const presence = createPresenceRegistry();
  const services = { prisma: db.prisma, bus, presence, invites: createInviteDelivery(config) };
  const yoga = createYogaServer(services);
  const web = config.webDist && existsSync(config.webDist) ? sirv(config.webDist, { single: true, etag: true, gzip: true }) : null;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/health") {
      db.prisma.$queryRaw`SELECT 1`.then(
        () => json(res, 200, { status: "ok", database: db.kind }),
        () => json(res, 503, { status: "unavailable", database: db.kind }),
      );
      return;
    }
    if (path.startsWith("/graphql") || !web) return yoga(req, res);
    web(req, res, () => json(res, 404, { error: "not found" }));
  });

  // graphql-ws on the same path as HTTP; each operation runs through Yoga's envelope (armor, masking, context).
  const wss = new WebSocketServer({ server, path: "/graphql" });
  // Heartbeat: ping every socket every heartbeatMs (10 s); one silent for two intervals is terminated,
  // so a silent client is gone (and its subscriptions, presence included, cleaned up) within 30 s.
  const lastPong = new WeakMap<WebSocket, number>();
  wss.on("connection", (socket) => {
    lastPong.set(socket, Date.now());
    socket.on("pong", () => lastPong.set(socket, Date.now()));
  });
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (Date.now() - (lastPong.get(socket) ?? 0) > 2 * config.heartbeatMs) socket.terminate();
      else socket.ping();
    }
  }, config.heartbeatMs);
  heartbeat.unref();
  // Signing out closes that session's open sockets (4401) on every instance, subscriptions and all.
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const socketsOf = (sessionId: string) => {
    let sockets = socketsBySession.get(sessionId);
    if (!sockets) socketsBySession.set(sessionId, (sockets = new Set()));
    return sockets;
  };
  const revocations = bus.sessionRevocations();
  void (async () => {
    for await (const sessionId of revocations) {
      for (const socket of socketsBySession.get(sessionId) ?? []) socket.close(4401, "Signed out");
      socketsBySession.delete(sessionId);
    }
  })();
  const wsServer = useServer(
    {
      execute: (args: ExecutionArgs) => (args.rootValue as Envelope).execute(args),
      subscribe: (args: ExecutionArgs) => (args.rootValue as Envelope).subscribe(args),
      // A token that does not resolve closes the socket (4403); no token is a signed-out connection.
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const hasToken = Object.keys(params).some((k) => /^(authorization|headers)$/i.test(k));
        if (!hasToken) return true;
        const auth = await authenticate(db.prisma, authorizationFrom(undefined, params));
        if (!auth) return false;
        socketsOf(auth.sessionId).add(ctx.extra.socket);
        ctx.extra.socket.once("close", () => socketsBySession.get(auth.sessionId)?.delete(ctx.extra.socket));
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const envelope = yoga.getEnveloped({ ...ctx, connectionParams: ctx.connectionParams ?? {}, params: payload } as never);
        let document;
        try {
          document = envelope.parse(payload.query);
        } catch (error) {
          return [withInputCode(error as never)];
        }
        const args: ExecutionArgs = {
          schema: envelope.schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await envelope.contextFactory(),
          rootValue: { execute: envelope.execute, subscribe: envelope.subscribe },
        };
        const errors = envelope.validate(args.schema, args.document);
        if (errors.length) return errors.map(withInputCode);
        return args;
      },
    },
    wss,
  );

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ url, database: db.kind, bus: bus.kind, web: !!web }, "taskgraph listening");

  return {
    url,
    port,
    close: async () => {
      clearInterval(heartbeat);
      await revocations.return?.();
      presence.close();
      await wsServer.dispose();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      await bus.close();
    },
  };
}

interface Envelope {
  execute: (args: ExecutionArgs) => never;
  subscribe: (args: ExecutionArgs) => never;
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
