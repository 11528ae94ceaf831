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
