import { GraphQLError } from "graphql";

/**
 * RATE_LIMITED with `retryAfter` in whole seconds (at least 1). Over HTTP the response is a 429 with a
 * Retry-After header (Yoga reads `extensions.http` and leaves it out of the body); over graphql-ws it is
 * the error result of that one operation, so no HTTP details are added there.
 */
export function rateLimited(msBeforeNext: number, transport: "http" | "websocket"): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new GraphQLError(`Too many attempts. Try again in ${retryAfter} s.`, {
    extensions: {
      code: "RATE_LIMITED",
      retryAfter,
      ...(transport === "http" ? { http: { status: 429, headers: { "Retry-After": String(retryAfter) } } } : {}),
    },
  });
}
