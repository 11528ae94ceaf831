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
  /** A provider the server calls for the caller (GitHub) failed; extensions.providerCode says how. */
  | "UPSTREAM_ERROR"
  | "LIMIT_EXCEEDED"
  | "SHUTTING_DOWN"
  | "REQUEST_ENTITY_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "CSRF_REFUSED";

/**
 * Every refusal's stable `extensions.reason`, beside its coarse `extensions.code`: clients switch on these,
 * never on message text. Each reason belongs to exactly one code, so naming the reason names the code.
 */
export const reasons = {
  // UNAUTHENTICATED
  SIGN_IN_REQUIRED: "UNAUTHENTICATED",
  INVALID_TOKEN: "UNAUTHENTICATED",
  SESSION_ENDED: "UNAUTHENTICATED",
  WRONG_CREDENTIALS: "UNAUTHENTICATED",
  // FORBIDDEN
  ROLE_TOO_LOW: "FORBIDDEN",
  /** Admins manage (invite, change, remove) only the roles below their own. */
  ROLE_OUT_OF_REACH: "FORBIDDEN",
  // NOT_FOUND: also what a non-member hears about a workspace's things (existence is not revealed)
  NOT_FOUND: "NOT_FOUND",
  // BAD_USER_INPUT
  INVALID_VALUE: "BAD_USER_INPUT",
  INVALID_ID: "BAD_USER_INPUT",
  EMPTY_TEXT: "BAD_USER_INPUT",
  TOO_LONG: "BAD_USER_INPUT",
  OUT_OF_RANGE: "BAD_USER_INPUT",
  MALFORMED_TEXT: "BAD_USER_INPUT",
  INVALID_EMAIL: "BAD_USER_INPUT",
  WEAK_PASSWORD: "BAD_USER_INPUT",
  EMAIL_TAKEN: "BAD_USER_INPUT",
  NOT_A_MEMBER: "BAD_USER_INPUT",
  INVALID_PLACEMENT: "BAD_USER_INPUT",
  // Raised by Yoga before execution; its own code is kept as the reason (yoga.ts withInputCode).
  BAD_REQUEST: "BAD_USER_INPUT",
  GRAPHQL_PARSE_FAILED: "BAD_USER_INPUT",
  GRAPHQL_VALIDATION_FAILED: "BAD_USER_INPUT",
  // CONFLICT
  STALE_VERSION: "CONFLICT",
  /** Undo, redo or restore would overwrite someone else's later change. */
  CHANGED_BY_OTHERS: "CONFLICT",
  NOTHING_TO_UNDO: "CONFLICT",
  NOTHING_TO_REDO: "CONFLICT",
  LAST_OWNER: "CONFLICT",
  ALREADY_MEMBER: "CONFLICT",
  MUTATION_ID_TAKEN: "CONFLICT",
  LABEL_NAME_TAKEN: "CONFLICT",
  CHECKPOINT_NAME_TAKEN: "CONFLICT",
  /** Archiving would leave the workspace without an open board. */
  LAST_BOARD: "CONFLICT",
  BOARD_ARCHIVED: "CONFLICT",
  /** Only a comment's author may edit it. */
  NOT_AUTHOR: "FORBIDDEN",
  // An invitation that is no longer open: its state, or EXPIRED.
  ACCEPTED: "CONFLICT",
  REVOKED: "CONFLICT",
  DECLINED: "CONFLICT",
  PENDING: "CONFLICT",
  EXPIRED: "CONFLICT",
  // Repository sync
  REPOSITORY_LINKED: "CONFLICT",
  /** A sync of the workspace is QUEUED or RUNNING. */
  SYNC_RUNNING: "CONFLICT",
  SYNC_ENDED: "CONFLICT",
  UPSTREAM_FAILED: "UPSTREAM_ERROR",
  // Limits and transport
  RATE_LIMITED: "RATE_LIMITED",
  TOO_MANY_OPERATIONS: "LIMIT_EXCEEDED",
  SHUTTING_DOWN: "SHUTTING_DOWN",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  CSRF_REFUSED: "CSRF_REFUSED",
} as const satisfies Record<string, ErrorCode>;

export type Reason = keyof typeof reasons;

/** A refusal: the code follows from the reason. */
export function refuse(reason: Reason, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code: reasons[reason], reason } });
}

/** Where an error points in the operation (nodes, source, positions, path), to raise another at the same place. */
export const placeOf = ({ nodes, source, positions, path }: GraphQLError) => ({ nodes, source, positions, path });

/** A refusal of the whole request: Yoga answers it with this HTTP status (and headers). */
export function httpError(reason: Reason, message: string, status: number, headers?: Record<string, string>): GraphQLError {
  return refuse(reason, message, { http: { status, ...(headers ? { headers } : {}) } });
}

export const unauthenticated = () => refuse("SIGN_IN_REQUIRED", "Sign in to do this.");
/** A token was sent but names no live session (unknown, revoked or expired): 401, as GitHub answers. */
export const invalidToken = () =>
  httpError("INVALID_TOKEN", "Your session has ended or the token is not valid. Sign in again.", 401, {
    "WWW-Authenticate": 'Bearer error="invalid_token"',
  });
export const sessionEnded = () => refuse("SESSION_ENDED", "Your session has ended. Sign in again.");
export const forbidden = (
  message = "Your role in this workspace does not allow this.",
  reason: "ROLE_TOO_LOW" | "ROLE_OUT_OF_REACH" = "ROLE_TOO_LOW",
) => refuse(reason, message);
export const notFound = (what: string) => refuse("NOT_FOUND", `${what} not found.`);
export const badInput = (message: string, field?: string, reason: Reason = "INVALID_VALUE") =>
  refuse(reason, message, field ? { field } : {});
export const conflict = (reason: Reason, message: string, extensions: Record<string, unknown> = {}) => refuse(reason, message, extensions);
export const limitExceeded = (message: string, limit: number) => refuse("TOO_MANY_OPERATIONS", message, { limit });
export const shuttingDown = () => httpError("SHUTTING_DOWN", "The server is restarting. Retry in a moment.", 503, { "Retry-After": "1" });

/**
 * RATE_LIMITED with `retryAfter` in whole seconds (at least 1). Over HTTP the response is a 429 with a
 * Retry-After header (Yoga reads `extensions.http` and leaves it out of the body); over graphql-ws the
 * socket layer drops HTTP details from every error (http/websocket.ts), so it is that operation's error.
 */
export function rateLimited(msBeforeNext: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const http = { status: 429, headers: { "Retry-After": String(retryAfter) } };
  return refuse("RATE_LIMITED", `Too many attempts. Try again in ${retryAfter} s.`, { retryAfter, http });
}
