import type { WebSocket, WebSocketServer } from "ws";

/**
 * Pings every socket every `intervalMs`; one silent for two intervals is terminated, so a silent client is
 * gone (and its subscriptions, presence included, cleaned up) within three intervals. Returns the stopper.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  wss.on("connection", (socket: Alive) => {
    socket[lastPong] = Date.now();
    // One listener function for every socket (it reads `this`), not a closure each: ten thousand sockets.
    socket.on("pong", heardPong);
  });
  const timer = setInterval(() => {
    for (const socket of wss.clients as Set<Alive>) {
      if (Date.now() - (socket[lastPong] ?? 0) > 2 * intervalMs) socket.terminate();
      else socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

const lastPong = Symbol("lastPong");
type Alive = WebSocket & { [lastPong]?: number };

function heardPong(this: Alive) {
  this[lastPong] = Date.now();
}
