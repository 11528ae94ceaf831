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
  (socket as Counted)[messageWindow] = { start: Date.now(), count: 0 };
  socket.on("message", countMessage as (this: WebSocket) => void);
}

const messageWindow = Symbol("messageWindow");
type Counted = WebSocket & { [messageWindow]: { start: number; count: number } };

/** One listener function for every socket (it reads `this`), not a closure each: ten thousand sockets. */
function countMessage(this: Counted) {
  const now = Date.now();
  const current = this[messageWindow];
  if (now - current.start >= 1000) {
    current.start = now;
    current.count = 0;
  }
  if (++current.count > limits.wsMessagesPerSecond && this.readyState === this.OPEN) {
    this.close(SocketClose.TooManyMessages, "Too many messages");
  }
}
