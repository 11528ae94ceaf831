import type { IncomingMessage, ServerResponse } from "node:http";
import { json } from "./probes.js";
import { setSecurityHeaders } from "./security-headers.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
type WebHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => unknown;

export interface Route {
  /** Exact paths, and prefixes (those ending with "/"). */
  paths: string[];
  handle: Handler;
  /** Which security headers the route's responses get; "own" when the handler sets them (Yoga does). */
  headers?: "api" | "own";
}

const matches = (route: Route, path: string) => route.paths.some((p) => (p.endsWith("/") ? path.startsWith(p) : path === p));

/**
 * HTTP routing: the first route whose path matches handles the request; anything else goes to the web UI
 * (when built) or is a JSON 404. While draining, keep-alive connections close after their current response.
 */
export function createRouter(routes: Route[], options: { web: WebHandler | null; draining: () => boolean }) {
  const notFound = (res: ServerResponse) => json(res, 404, { error: "not found" });
  return (req: IncomingMessage, res: ServerResponse) => {
    if (options.draining()) res.setHeader("connection", "close");
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const route = routes.find((r) => matches(r, path));
    if (route) {
      if (route.headers !== "own") setSecurityHeaders(req, res, "api");
      return void route.handle(req, res);
    }
    if (!options.web) {
      setSecurityHeaders(req, res, "api");
      return notFound(res);
    }
    setSecurityHeaders(req, res, "web");
    options.web(req, res, () => notFound(res));
  };
}
