import type { Server } from "node:http";
import type { YogaServerInstance } from "graphql-yoga";
import { WebSocketServer } from "ws";
import type { Context, Services } from "../context.js";
import type { ServerContext } from "../yoga.js";
import { serveGraphqlWs } from "./graphql-ws.js";
import { startHeartbeat } from "./heartbeat.js";
import { limits } from "./limits.js";
import type { SessionSockets } from "./session-sockets.js";
import { guardSocket } from "./socket-limits.js";

export type WebSockets = ReturnType<typeof attachWebSockets>;

/** graphql-ws on the same path as HTTP: every socket guarded (socket-limits.ts) and kept alive (heartbeat.ts). */
export function attachWebSockets(
  server: Server,
  yoga: YogaServerInstance<ServerContext, Context>,
  services: Pick<Services, "sessions">,
  sessionSockets: SessionSockets,
  heartbeatMs: number,
) {
  // Frames over the limit close the socket (SocketClose.MessageTooBig) before ws buffers them.
  const wss = new WebSocketServer({ server, path: "/graphql", maxPayload: limits.wsFrameBytes });
  wss.on("connection", guardSocket);
  const stopHeartbeat = startHeartbeat(wss, heartbeatMs);
  const disposeGraphqlWs = serveGraphqlWs(wss, yoga, services.sessions, sessionSockets);

  return {
    get socketCount() {
      return wss.clients.size;
    },
    /** Closes every socket with a code that tells clients to reconnect. */
    closeAll(code: number, reason: string) {
      for (const socket of wss.clients) socket.close(code, reason);
    },
    async close() {
      stopHeartbeat();
      await disposeGraphqlWs();
      wss.close();
    },
  };
}
