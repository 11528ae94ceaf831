import type { Server } from "node:http";
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { YogaServerInstance } from "graphql-yoga";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import type { Context, Services } from "../context.js";
import { limitExceeded } from "../errors.js";
import { authorizationFrom, withInputCode, type ServerContext } from "../yoga.js";
import { SocketClose } from "./close-codes.js";
import { limits } from "./limits.js";
import type { LiveStreams } from "./live-streams.js";

interface Envelope {
  execute: (args: ExecutionArgs) => never;
  subscribe: (args: ExecutionArgs) => never;
}

/**
 * graphql-ws on the same path as HTTP. Each operation runs through Yoga's envelope (armor, masking,
 * context, metrics, stream tracking), so both transports enforce the same rules.
 */
export function attachWebSockets(
  server: Server,
  yoga: YogaServerInstance<ServerContext, Context>,
  services: Pick<Services, "prisma" | "sessions">,
  live: LiveStreams,
  heartbeatMs: number,
) {
  // Frames over the limit close the socket (SocketClose.MessageTooBig) before ws buffers them.
  const wss = new WebSocketServer({ server, path: "/graphql", maxPayload: limits.wsFrameBytes });

  // Heartbeat: ping every socket every heartbeatMs (10 s); one silent for two intervals is terminated,
  // so a silent client is gone (and its subscriptions, presence included, cleaned up) within 30 s.
  const lastPong = new WeakMap<WebSocket, number>();
  wss.on("connection", (socket) => {
    lastPong.set(socket, Date.now());
    socket.on("pong", () => lastPong.set(socket, Date.now()));
    // A frame over maxPayload: ws has sent MessageTooBig and discards the rest; do not wait (up to 30 s) for the
    // sender to finish uploading it before the connection goes.
    socket.on("error", (error: Error & { code?: string }) => {
      if (error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") setTimeout(() => socket.terminate(), 500).unref();
    });
    // A flood is closed, not queued: a fixed one-second window per socket.
    let windowStart = Date.now();
    let count = 0;
    socket.on("message", () => {
      const now = Date.now();
      if (now - windowStart >= 1000) {
        windowStart = now;
        count = 0;
      }
      if (++count > limits.wsMessagesPerSecond && socket.readyState === socket.OPEN) {
        socket.close(SocketClose.TooManyMessages, "Too many messages");
      }
    });
  });
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (Date.now() - (lastPong.get(socket) ?? 0) > 2 * heartbeatMs) socket.terminate();
      else socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  const graphqlWs = useServer(
    {
      execute: (args: ExecutionArgs) => (args.rootValue as Envelope).execute(args),
      subscribe: (args: ExecutionArgs) => (args.rootValue as Envelope).subscribe(args),
      // A token that does not resolve closes the socket (SocketClose.InvalidToken); no token is a signed-out connection.
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const hasToken = Object.keys(params).some((k) => /^(authorization|headers)$/i.test(k));
        if (!hasToken) return true;
        const auth = await services.sessions.authenticate(authorizationFrom(undefined, params));
        if (!auth) return false;
        // Signing out closes that session's open sockets (SocketClose.SignedOut) on every instance, subscriptions and all.
        const socket = ctx.extra.socket;
        const untrack = live.trackSocket(auth.sessionId, () => socket.close(SocketClose.SignedOut, "Signed out"));
        socket.once("close", untrack);
        return true;
      },
      // Execution results over the socket get what HTTP results get from Yoga: a code on every error
      // (variables that do not coerce are BAD_USER_INPUT), and no HTTP-only extensions.
      onNext: (_ctx, _id, _payload, _args, result) => {
        const errors = (result as ExecutionResult).errors;
        if (errors?.length) return { ...result, errors: errors.map(forSocket) } as never;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // graphql-ws has already reserved this operation's id in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limits.operationsPerSocket) {
          return [limitExceeded(`At most ${limits.operationsPerSocket} operations may be open on one socket.`, limits.operationsPerSocket)];
        }
        const envelope = yoga.getEnveloped({ ...ctx, connectionParams: ctx.connectionParams ?? {}, params: payload } as never);
        // Anything parse or validate throws (a limit plugin among them) is this operation's error, not the socket's.
        try {
          const document = envelope.parse(payload.query);
          const errors = envelope.validate(envelope.schema, document);
          if (errors.length) return errors.map(forSocket);
          const args: ExecutionArgs = {
            schema: envelope.schema,
            operationName: payload.operationName,
            document,
            variableValues: payload.variables,
            contextValue: await envelope.contextFactory(),
            rootValue: { execute: envelope.execute, subscribe: envelope.subscribe },
          };
          return args;
        } catch (error) {
          if (error instanceof GraphQLError) return [forSocket(error)];
          throw error;
        }
      },
    },
    wss,
  );

  return {
    get socketCount() {
      return wss.clients.size;
    },
    /** Closes every socket with a code that tells clients to reconnect. */
    closeAll(code: number, reason: string) {
      for (const socket of wss.clients) socket.close(code, reason);
    },
    async close() {
      clearInterval(heartbeat);
      await graphqlWs.dispose();
      wss.close();
    },
  };
}

function forSocket(error: GraphQLError): GraphQLError {
  const coded = withInputCode(error);
  if (!coded.extensions?.http) return coded;
  const { http: _http, ...extensions } = coded.extensions;
  return new GraphQLError(coded.message, { nodes: coded.nodes, source: coded.source, positions: coded.positions, path: coded.path, originalError: coded.originalError, extensions });
}
