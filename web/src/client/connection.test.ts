import { describe, expect, it } from "vitest";
import { afterPoll } from "./connection";

// Issue #11, item 9: the badge says "Offline" while every request fails, not "Polling".
describe("afterPoll", () => {
  it("a failed poll means offline; one that gets through means polling again; the socket's news wins", () => {
    expect(afterPoll("polling", false)).toBe("offline");
    expect(afterPoll("reconnecting", false)).toBe("offline");
    expect(afterPoll("offline", true)).toBe("polling");
    expect(afterPoll("polling", true)).toBe("polling");
    expect(afterPoll("live", false)).toBe("live");
  });
});
