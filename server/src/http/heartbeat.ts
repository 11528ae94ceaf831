import type { WebSocket, WebSocketServer } from "ws";

/**
 * Pings every socket every `intervalMs`; one silent for two intervals is terminated, so a silent client is
 * gone (and its subscriptions, presence included, cleaned up) within three intervals. Returns the stopper.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const lastPong = new WeakMap<WebSocket, number>();
  wss.on("connection", (socket) => {
    lastPong.set(socket, Date.now());
    socket.on("pong", () => lastPong.set(socket, Date.now()));
  });
  const timer = setInterval(() => {
    for (const socket of wss.clients) {
      if (Date.now() - (lastPong.get(socket) ?? 0) > 2 * intervalMs) socket.terminate();
      else socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
