import type { WebSocket } from "ws";
import { SocketClose } from "./close-codes.js";
import { limits } from "./limits.js";

/** What one socket may send, enforced on the socket itself before graphql-ws reads a message. */
export function guardSocket(socket: WebSocket): void {
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
}
