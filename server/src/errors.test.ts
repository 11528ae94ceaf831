import { describe, expect, it } from "vitest";
import { badInput, conflict, rateLimited, reasons, refuse } from "./errors.js";

describe("refusals", () => {
  it("carry their reason and the code that reason belongs to", () => {
    expect(refuse("NOTHING_TO_UNDO", "Nothing to undo.").extensions).toEqual({ code: "CONFLICT", reason: "NOTHING_TO_UNDO" });
    expect(conflict("STALE_VERSION", "Changed.", { current: 1 }).extensions).toEqual({
      code: "CONFLICT",
      reason: "STALE_VERSION",
      current: 1,
    });
    expect(badInput("title must not be empty.", "title", "EMPTY_TEXT").extensions).toEqual({
      code: "BAD_USER_INPUT",
      reason: "EMPTY_TEXT",
      field: "title",
    });
    expect(badInput("Bad.").extensions).toEqual({ code: "BAD_USER_INPUT", reason: "INVALID_VALUE" });
  });

  it("an extension cannot overwrite the code or the reason", () => {
    expect(refuse("LAST_OWNER", "No.", { code: "OTHER", reason: "OTHER" }).extensions).toMatchObject({
      code: "CONFLICT",
      reason: "LAST_OWNER",
    });
  });

  it("rate limits round the wait up to whole seconds, at least one", () => {
    expect(rateLimited(10).extensions).toMatchObject({
      code: "RATE_LIMITED",
      retryAfter: 1,
      http: { status: 429, headers: { "Retry-After": "1" } },
    });
    expect(rateLimited(2_001).extensions).toMatchObject({ retryAfter: 3 });
  });

  it("every reason names a code clients rely on", () => {
    for (const code of Object.values(reasons)) expect(code).toMatch(/^[A-Z_]+$/);
  });
});
