import { describe, expect, it } from "vitest";
import { reasons } from "../../server/src/errors";
import { HANDLED_REASONS } from "../src/client/reasons";

// The UI switches on reasons; a reason renamed or moved to another code on the server must fail here.
describe("the reasons the UI handles", () => {
  it("are reasons the server gives, with the same code", () => {
    for (const [reason, code] of Object.entries(HANDLED_REASONS)) {
      expect({ reason, code: (reasons as Record<string, string>)[reason] }).toEqual({ reason, code });
    }
  });
});
