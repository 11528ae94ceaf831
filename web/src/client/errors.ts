import type { CombinedError } from "urql";

const PLAIN: Record<string, string> = {
  UNAUTHENTICATED: "Your session has ended. Please sign in again.",
  FORBIDDEN: "You don't have permission to do that in this workspace.",
  NOT_FOUND: "That no longer exists — it may have been deleted by someone else.",
};

/** Refusals whose server message names the program's terms (an argument, an ID) rather than the user's. */
const IN_USER_WORDS: Record<string, string> = {
  INVALID_ID: "That link doesn't lead to anything here. Check the address, or pick a workspace from the sidebar.",
};

/** One plain sentence for an error, chosen by its extensions.code. */
export function describeError(error: CombinedError | Error | null | undefined): string {
  if (!error) return "";
  const combined = error as CombinedError;
  if (combined.networkError) return "Can't reach Taskgraph right now. Check your connection and try again.";
  const first = combined.graphQLErrors?.[0];
  if (!first) return error.message;
  const code = first.extensions?.code as string | undefined;
  const reason = first.extensions?.reason as string | undefined;
  if (reason && IN_USER_WORDS[reason]) return IN_USER_WORDS[reason];
  // The server's refusals of input and conflicts are sentences written for people ("That person is already a
  // member."): a prefix such as "That clashes with a change someone else just made" only misleads.
  if (code === "BAD_USER_INPUT" || code === "CONFLICT") return first.message;
  if (code && PLAIN[code]) return PLAIN[code];
  return "Something went wrong on our side. Please try again.";
}
