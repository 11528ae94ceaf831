import { describe, expect, it } from "vitest";
import { isRefusedTokenClose, SocketClose } from "./closeCodes.js";

describe("isRefusedTokenClose", () => {
  it("is true for a signed-out or refused token, false for closes worth a reconnect", () => {
    expect(isRefusedTokenClose(SocketClose.SignedOut)).toBe(true);
    expect(isRefusedTokenClose(SocketClose.InvalidToken)).toBe(true);
    for (const code of [SocketClose.ServiceRestart, SocketClose.TooManyMessages, SocketClose.MessageTooBig, 1001, 1006, undefined]) {
      expect(isRefusedTokenClose(code)).toBe(false);
    }
  });
});
