import { CloseCode } from "graphql-ws";

/**
 * Every WebSocket close code the server sends: graphql-ws's own where one fits, ours in the 4000s otherwise.
 * graphql-ws clients give up on 4401 and 4403; they retry 1012 (a restart) and 4008 (after their back-off).
 */
export const SocketClose = {
  /** A frame over limits.wsFrameBytes: ws closes the socket before buffering it (ws maxPayload). */
  MessageTooBig: 1009,
  /** The server is shutting down; reconnect (to it once restarted, or to another instance). */
  ServiceRestart: 1012,
  /** More than limits.wsMessagesPerSecond messages in a second. */
  TooManyMessages: 4008,
  /** The session was signed out (or expired) while the socket was open. */
  SignedOut: CloseCode.Unauthorized,
  /** connection_init carried a token that names no live session (graphql-ws closes with it when onConnect refuses). */
  InvalidToken: CloseCode.Forbidden,
} as const;

export type SocketCloseCode = (typeof SocketClose)[keyof typeof SocketClose];
