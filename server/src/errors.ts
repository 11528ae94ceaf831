import { GraphQLError } from "graphql";

/** The codes clients can rely on; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT";

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = () => apiError("UNAUTHENTICATED", "Sign in to do this.");
export const forbidden = (message = "Your role in this workspace does not allow this.") => apiError("FORBIDDEN", message);
export const notFound = (what: string) => apiError("NOT_FOUND", `${what} not found.`);
export const badInput = (message: string, field?: string) =>
  apiError("BAD_USER_INPUT", message, field ? { field } : {});
export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  apiError("CONFLICT", message, extensions);
