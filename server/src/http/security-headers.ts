import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type GraphiQLOptions, type Plugin, renderGraphiQL } from "graphql-yoga";

/** Headers every response carries, whatever it is. */
const baseHeaders = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** JSON and event streams render nothing: a browser that opens one directly may load nothing from it. */
const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The web UI keeps its token in localStorage, so no script but its own bundle may run: no inline script,
 * no eval, no other origin. It talks to its own origin only (HTTP and WebSocket).
 */
function webPolicy(host: string | undefined) {
  const sockets = host && /^[\w.:[\]-]+$/.test(host) ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sets the headers of a response the Node handler writes itself (the web UI, probes, metrics). */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, page: "web" | "api") {
  for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
  res.setHeader("Content-Security-Policy", page === "web" ? webPolicy(req.headers.host) : apiPolicy);
}

/**
 * GraphiQL as Yoga ships it: assets from unpkg.com and two inline scripts. It is rendered once at start,
 * so its CSP can allow exactly those two scripts by hash instead of 'unsafe-inline'. Its editor runs its
 * workers from blob: URLs built from scripts it fetches from unpkg.com.
 */
export function graphiqlPage(options: GraphiQLOptions) {
  const html = renderGraphiQL(options);
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, script]) =>
      `'sha256-${createHash("sha256")
        .update(script ?? "")
        .digest("base64")}'`,
  );
  const cdn = "https://unpkg.com";
  const policy = [
    "default-src 'none'",
    `script-src ${cdn} ${hashes.join(" ")}`,
    `style-src ${cdn} 'unsafe-inline'`,
    `font-src ${cdn} data:`,
    "img-src 'self' data: https://raw.githubusercontent.com",
    `connect-src 'self' ${cdn}`,
    "worker-src blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return { html, policy };
}

/** Yoga's own responses: the GraphiQL page gets its policy, everything else the API's. */
export function useSecurityHeaders(graphiqlPolicy: string): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(baseHeaders)) response.headers.set(name, value);
      const html = response.headers.get("content-type")?.startsWith("text/html");
      response.headers.set("Content-Security-Policy", html ? graphiqlPolicy : apiPolicy);
    },
  };
}

/**
 * CORS: the server's own origin needs none; other origins only when listed in CORS_ORIGINS. Tokens travel
 * in the Authorization header, never in cookies, so credentials are never allowed.
 */
export function corsFor(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (request: Request) => {
    const origin = request.headers.get("origin");
    if (!origin || !allowed.has(origin)) return false as const;
    return {
      origin: [origin],
      credentials: false,
      methods: ["GET", "POST"],
      allowedHeaders: ["authorization", "content-type", "accept"],
      maxAge: 600,
    };
  };
}
