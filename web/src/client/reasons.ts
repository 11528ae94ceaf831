import type { CombinedError } from "urql";

/**
 * The refusals the UI reacts to by name. The server gives every refusal a stable `extensions.reason`
 * (all of them are listed in server/src/errors.ts; web/test/reasons.test.ts checks these against it);
 * the UI switches on those, never on message text.
 */
export const HANDLED_REASONS = {
  /** Sign-in with an email and password that do not match. */
  WRONG_CREDENTIALS: "UNAUTHENTICATED",
  /** Your edit was based on an older version: the error's extensions.current is the task now. */
  STALE_VERSION: "CONFLICT",
  /** Undo or redo would overwrite someone else's later change (extensions.current is the task now). */
  CHANGED_BY_OTHERS: "CONFLICT",
  NOTHING_TO_UNDO: "CONFLICT",
  NOTHING_TO_REDO: "CONFLICT",
  // An invitation that is no longer open, or you are in the workspace already.
  ACCEPTED: "CONFLICT",
  REVOKED: "CONFLICT",
  DECLINED: "CONFLICT",
  EXPIRED: "CONFLICT",
  ALREADY_MEMBER: "CONFLICT",
} as const;

export type HandledReason = keyof typeof HANDLED_REASONS;

/** The first GraphQL error's reason, if it has one. */
export const errorReason = (error: CombinedError | null | undefined): string | undefined =>
  error?.graphQLErrors?.[0]?.extensions?.reason as string | undefined;

/** Whether the error is a refusal for one of `reasons`. */
export const hasReason = (error: CombinedError | null | undefined, ...reasons: HandledReason[]): boolean =>
  (reasons as string[]).includes(errorReason(error) ?? "");

/** The invitation can no longer be accepted (answered, withdrawn, expired, or you joined already). */
export const INVITATION_CLOSED: HandledReason[] = ["ACCEPTED", "REVOKED", "DECLINED", "EXPIRED", "ALREADY_MEMBER"];
