/**
 * Every WebSocket close code the server sends, named once for the server and its clients: graphql-ws's own
 * where one fits (4401, 4403), ours in the 4000s otherwise. graphql-ws clients give up on 4401 and 4403;
 * they retry 1012 (a restart) and 4008 (after their back-off).
 */
export const SocketClose = {
  /** A frame over limits.wsFrameBytes: ws closes the socket before buffering it (ws maxPayload). */
  MessageTooBig: 1009,
  /** The server is shutting down; reconnect (to it once restarted, or to another instance). */
  ServiceRestart: 1012,
  /** More than limits.wsMessagesPerSecond messages in a second. */
  TooManyMessages: 4008,
  /** The session was signed out (or expired) while the socket was open (graphql-ws CloseCode.Unauthorized). */
  SignedOut: 4401,
  /** connection_init carried a token that names no live session (graphql-ws CloseCode.Forbidden). */
  InvalidToken: 4403,
} as const;

export type SocketCloseCode = (typeof SocketClose)[keyof typeof SocketClose];

/** The closes that mean "this token is no good": a client signs out instead of reconnecting with it. */
export const isRefusedTokenClose = (code: unknown): boolean => code === SocketClose.SignedOut || code === SocketClose.InvalidToken;
