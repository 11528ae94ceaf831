import type { IncomingMessage } from "node:http";
import { type ExecutionArgs, type ExecutionResult, GraphQLError } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { YogaServerInstance } from "graphql-yoga";
import type { WebSocketServer } from "ws";
import type { Context, Services } from "../context.js";
import { limitExceeded, placeOf } from "../errors.js";
import type { SharedResultSink } from "../realtime/shared-execution.js";
import { authorizationFrom, type ServerContext, withInputCode } from "../yoga.js";
import { SocketClose } from "./close-codes.js";
import { limits } from "./limits.js";
import type { SessionSockets } from "./session-sockets.js";
import { sharedFrameSender } from "./shared-frames.js";

interface Envelope {
  execute: (args: ExecutionArgs) => never;
  subscribe: (args: ExecutionArgs) => never;
}

/**
 * graphql-ws on a WebSocket server. Each operation runs through Yoga's envelope (armor, masking, context,
 * metrics, stream tracking), so both transports enforce the same rules. Returns the disposer.
 */
export function serveGraphqlWs(
  wss: WebSocketServer,
  yoga: YogaServerInstance<ServerContext, Context>,
  sessions: Services["sessions"],
  sessionSockets: SessionSockets,
): () => Promise<void> {
  const server = useServer(
    {
      execute: (args: ExecutionArgs) => (args.rootValue as Envelope).execute(args),
      subscribe: (args: ExecutionArgs) => (args.rootValue as Envelope).subscribe(args),
      // A token that does not resolve closes the socket (SocketClose.InvalidToken); no token is a signed-out connection.
      onConnect: async (ctx) => {
        keepWhatLimitsRead(ctx.extra);
        const params = ctx.connectionParams ?? {};
        const hasToken = Object.keys(params).some((k) => /^(authorization|headers)$/i.test(k));
        if (!hasToken) return true;
        const auth = await sessions.authenticate(authorizationFrom(undefined, params));
        if (!auth) return false;
        // Signing out closes that session's open sockets (SocketClose.SignedOut) on every instance, subscriptions and all.
        const socket = ctx.extra.socket;
        const untrack = sessionSockets.track(auth.sessionId, () => socket.close(SocketClose.SignedOut, "Signed out"));
        socket.once("close", untrack);
        return true;
      },
      // Execution results over the socket get what HTTP results get from Yoga: a code on every error
      // (variables that do not coerce are BAD_USER_INPUT), and no HTTP-only extensions.
      onNext: (_ctx, _id, _payload, _args, result) => {
        const errors = (result as ExecutionResult).errors;
        if (errors?.length) return { ...result, errors: errors.map(forSocket) } as never;
      },
      onSubscribe: async (ctx, id, payload) => {
        // graphql-ws has already reserved this operation's id in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limits.operationsPerSocket) {
          return [limitExceeded(`At most ${limits.operationsPerSocket} operations may be open on one socket.`, limits.operationsPerSocket)];
        }
        // Results shared by an audience go out as one serialization per event (shared-frames.ts).
        const sink: SharedResultSink = { sendSharedResult: sharedFrameSender(ctx.extra.socket, id, () => id in ctx.subscriptions) };
        const envelope = yoga.getEnveloped({ ...ctx, connectionParams: ctx.connectionParams ?? {}, params: payload, ...sink } as never);
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
    // No keep-alive timer per socket: heartbeat.ts pings every socket from one timer.
    0,
  );
  return async () => {
    await server.dispose();
  };
}

/**
 * The upgrade request stays with the socket for its whole life (graphql-ws's `extra`), yet only the rate
 * limits read it, for the client's address: keep that (the peer address and X-Forwarded-For) and let the
 * request, its headers and raw headers go — about a kilobyte and a half per socket, ten thousand sockets.
 */
function keepWhatLimitsRead(extra: { request: IncomingMessage }): void {
  const { request } = extra;
  const forwardedFor = request.headers["x-forwarded-for"];
  extra.request = {
    socket: { remoteAddress: request.socket.remoteAddress },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  } as IncomingMessage;
}

/** An error as a socket client sees it: coded like over HTTP, without the HTTP-only extensions. */
function forSocket(error: GraphQLError): GraphQLError {
  const coded = withInputCode(error);
  if (!coded.extensions?.http) return coded;
  const { http: _http, ...extensions } = coded.extensions;
  return new GraphQLError(coded.message, { ...placeOf(coded), originalError: coded.originalError, extensions });
}
