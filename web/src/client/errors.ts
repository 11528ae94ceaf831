import type { CombinedError } from "urql";

const PLAIN: Record<string, string> = {
  UNAUTHENTICATED: "Your session has ended. Please sign in again.",
  FORBIDDEN: "You don't have permission to do that in this workspace.",
  NOT_FOUND: "That no longer exists — it may have been deleted by someone else.",
  BAD_USER_INPUT: "That input wasn't accepted",
  CONFLICT: "That clashes with a change someone else just made",
};

/** One plain sentence for an error, chosen by its extensions.code. */
export function describeError(error: CombinedError | Error | null | undefined): string {
  if (!error) return "";
  const combined = error as CombinedError;
  if (combined.networkError) return "Can't reach Taskgraph right now. Check your connection and try again.";
  const first = combined.graphQLErrors?.[0];
  if (!first) return error.message;
  const code = first.extensions?.code as string | undefined;
  if (code === "BAD_USER_INPUT" || code === "CONFLICT") return `${PLAIN[code]}: ${first.message}`;
  if (code && PLAIN[code]) return PLAIN[code];
  return "Something went wrong on our side. Please try again.";
}
