import { describe, expect, it } from "vitest";
import { z } from "zod";
import { between, text, validationRefusal } from "./validation.js";

const refusalFor = (schema: z.ZodType, value: unknown, field: string) => {
  const result = z.object({ input: z.object({ [field]: schema }) }).safeParse({ input: { [field]: value } });
  if (result.success) throw new Error("expected a failure");
  const error = validationRefusal(result.error);
  return { message: error.message, ...error.extensions };
};

describe("validationRefusal", () => {
  it("names the field, says what is wrong, and gives a stable reason", () => {
    expect(refusalFor(text.required(500), "   ", "title")).toEqual({
      message: "title must not be empty.",
      code: "BAD_USER_INPUT",
      reason: "EMPTY_TEXT",
      field: "title",
    });
    expect(refusalFor(text.required(3), "four", "name")).toEqual({
      message: "name must be at most 3 characters.",
      code: "BAD_USER_INPUT",
      reason: "TOO_LONG",
      field: "name",
    });
    expect(refusalFor(between(1, 500), 501, "first")).toEqual({
      message: "first must be between 1 and 500.",
      code: "BAD_USER_INPUT",
      reason: "OUT_OF_RANGE",
      field: "first",
    });
  });

  it("a required text is measured after trimming; an optional one as given", () => {
    expect(text.required(3).safeParse("  abc  ").success).toBe(true);
    expect(text.optional(3).safeParse("").success).toBe(true);
    expect(text.optional(3).safeParse("abcd").success).toBe(false);
  });
});
