import WebSocket from "ws";
import { serverUrl, sleep } from "./client.js";

export interface Frame {
  type: string;
  id?: string;
  payload?: unknown;
}

/**
 * A raw graphql-transport-ws socket, acknowledged: for frames a client library would never send, or to see
 * exactly what the server sends. It returns once the server has sent connection_ack, since the protocol
 * forbids subscribing before (the server closes with 4401, which a slow server makes likely).
 */
export async function rawSocket(token?: string, url = serverUrl()) {
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  const messages: Frame[] = [];
  socket.on("message", (data) => messages.push(JSON.parse(String(data))));
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  socket.send(JSON.stringify({ type: "connection_init", payload: token ? { authorization: `Bearer ${token}` } : {} }));
  const deadline = Date.now() + 5_000;
  while (!messages.some((m) => m.type === "connection_ack")) {
    if (Date.now() > deadline) throw new Error(`no connection_ack; got ${JSON.stringify(messages)}`);
    await sleep(20);
  }
  return { socket, closed, messages };
}
