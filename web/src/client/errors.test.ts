import { GraphQLError } from "graphql";
import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { describeError } from "./errors";

const refusal = (message: string, code: string, reason: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, reason } })] });

// Issue #11, item 7: every message says what happened in the user's words.
describe("describeError", () => {
  it("says the server's sentence without a misleading prefix", () => {
    expect(describeError(refusal("That person is already a member of this workspace.", "CONFLICT", "ALREADY_MEMBER"))).toBe(
      "That person is already a member of this workspace.",
    );
    expect(describeError(refusal("An account with this email already exists.", "BAD_USER_INPUT", "EMAIL_TAKEN"))).toBe(
      "An account with this email already exists.",
    );
  });

  it("never shows an argument name: a link to nothing says so", () => {
    expect(describeError(refusal("id is not a valid ID.", "BAD_USER_INPUT", "INVALID_ID"))).toMatch(
      /^That link doesn't lead to anything here/,
    );
  });
});
