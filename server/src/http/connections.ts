import type { Server } from "node:http";

/** No new connections from now on; resolves once every open one has closed. */
export function stopAccepting(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  return closed;
}

/**
 * Keep-alive connections go as soon as their last response is out (SSE streams that just ended included);
 * whatever is still open at `deadline` is cut.
 */
export async function closeConnections(server: Server, closed: Promise<void>, deadline: number): Promise<void> {
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())))]);
  clearInterval(sweep);
  server.closeAllConnections();
}
