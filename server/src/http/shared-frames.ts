import type WebSocket from "ws";

/**
 * A graphql-ws operation's sender of shared results (shared-execution.ts): the result's JSON, serialized once
 * per event and audience, spliced into this operation's `next` frame and sent straight to the socket: no
 * per-subscriber stringify, message validation or send promise. It goes through the socket's one queue, as
 * graphql-ws's own frames do, so order holds.
 */
export function sharedFrameSender(socket: WebSocket, id: string): (json: string) => void {
  const framePrefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  return (json) => {
    if (socket.readyState === socket.OPEN) socket.send(`${framePrefix}${json}}`);
  };
}
