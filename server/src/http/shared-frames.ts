import type { Socket } from "node:net";
import type WebSocket from "ws";

/**
 * A graphql-ws operation's sender of shared results (shared-execution.ts): the result's JSON, serialized once
 * per event and audience, spliced into this operation's `next` frame and sent straight to the socket: no
 * per-subscriber stringify, message validation or send promise. It goes through the socket's one queue, as
 * graphql-ws's own frames do, so order holds. `open` says whether graphql-ws still holds the operation.
 */
export function sharedFrameSender(socket: WebSocket, id: string, open: () => boolean): (json: string) => void {
  const framePrefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  return (json) => {
    // Nothing after the client completed the operation, or after the socket closed.
    if (socket.readyState !== socket.OPEN || !open()) return;
    corkForThisTurn(socket);
    socket.send(`${framePrefix}${json}}`);
  };
}

/**
 * A frame costs one system call, and on a busy server that call is most of its cost. Frames sent to one
 * socket in one turn of the event loop (a subscriber catching up on several events, or several operations
 * of one socket hearing the same event) leave in one write: the TCP socket under the WebSocket is corked
 * at the first and uncorked when the turn ends. The more a server falls behind, the more each write carries.
 */
function corkForThisTurn(socket: WebSocket): void {
  // ws keeps its TCP socket as `_socket`; it corks it around each frame itself, and corks nest.
  const tcp = (socket as unknown as { _socket?: Socket })._socket;
  if (!tcp || corked.has(tcp)) return;
  tcp.cork();
  corked.add(tcp);
  if (corked.size === 1) setImmediate(uncorkAll);
}

const corked = new Set<Socket>();

function uncorkAll(): void {
  for (const tcp of corked) tcp.uncork();
  corked.clear();
}
