import { CloseCode } from "graphql-ws";

/** What one client may send. Generous for the web UI and GraphiQL; small enough that abuse costs little. */
export const limits = {
  /** HTTP request bodies; larger ones are refused with 413 before they are read in full. */
  httpBodyBytes: 1_000_000,
  /** One WebSocket frame (ws maxPayload); larger ones close the socket with 1009 before they are buffered. */
  wsFrameBytes: 1_000_000,
  /** Operations open at once on one socket (subscriptions, plus queries and mutations in flight). */
  operationsPerSocket: 100,
  /** Messages a socket may send per second; more closes it (TooManyMessages). */
  wsMessagesPerSecond: 200,
} as const;

/**
 * WebSocket close codes the server uses: graphql-ws's own where one fits, ours in the 4000s otherwise.
 * graphql-ws clients give up on 4401; they retry 1012 (a restart) and our 4008 (after their back-off).
 */
export const SocketClose = {
  /** The session was signed out (or expired) while the socket was open. */
  SignedOut: CloseCode.Unauthorized,
  /** connection_init carried a token that names no live session. */
  InvalidToken: CloseCode.Forbidden,
  /** The server is shutting down; reconnect (to it once restarted, or to another instance). */
  ServiceRestart: 1012,
  /** More than limits.wsMessagesPerSecond messages in a second. */
  TooManyMessages: 4008,
} as const;
