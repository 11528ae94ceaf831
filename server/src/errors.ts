import { GraphQLError } from "graphql";

/**
 * The codes clients can rely on; anything else is masked as INTERNAL_SERVER_ERROR. The transport codes
 * (last line) answer a refused request before any resolver runs, with the HTTP status named below.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "LIMIT_EXCEEDED"
  | "SHUTTING_DOWN"
  | "REQUEST_ENTITY_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "CSRF_REFUSED";

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A refusal of the whole request: Yoga answers it with this HTTP status (and headers). */
export function httpError(code: ErrorCode, message: string, status: number, headers?: Record<string, string>): GraphQLError {
  return apiError(code, message, { http: { status, ...(headers ? { headers } : {}) } });
}

export const unauthenticated = () => apiError("UNAUTHENTICATED", "Sign in to do this.");
/** A token was sent but names no live session (unknown, revoked or expired): 401, as GitHub answers. */
export const invalidToken = () =>
  httpError("UNAUTHENTICATED", "Your session has ended or the token is not valid. Sign in again.", 401, {
    "WWW-Authenticate": 'Bearer error="invalid_token"',
  });
export const sessionEnded = () => apiError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
export const forbidden = (message = "Your role in this workspace does not allow this.") => apiError("FORBIDDEN", message);
export const notFound = (what: string) => apiError("NOT_FOUND", `${what} not found.`);
export const badInput = (message: string, field?: string) =>
  apiError("BAD_USER_INPUT", message, field ? { field } : {});
export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  apiError("CONFLICT", message, extensions);
export const limitExceeded = (message: string, limit: number) => apiError("LIMIT_EXCEEDED", message, { limit });
export const shuttingDown = () =>
  httpError("SHUTTING_DOWN", "The server is restarting. Retry in a moment.", 503, { "Retry-After": "1" });

/**
 * RATE_LIMITED with `retryAfter` in whole seconds (at least 1). Over HTTP the response is a 429 with a
 * Retry-After header (Yoga reads `extensions.http` and leaves it out of the body); over graphql-ws the
 * socket layer drops HTTP details from every error (http/websocket.ts), so it is that operation's error.
 */
export function rateLimited(msBeforeNext: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const http = { status: 429, headers: { "Retry-After": String(retryAfter) } };
  return apiError("RATE_LIMITED", `Too many attempts. Try again in ${retryAfter} s.`, { retryAfter, http });
}
