import { describe, expect, it } from "vitest";
import { afterPoll, isLive } from "./connection";

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

describe("isLive", () => {
  it("only a socket that is up (or opening for the first time) makes presence current", () => {
    expect(isLive("live")).toBe(true);
    expect(isLive("connecting")).toBe(true);
    expect(isLive("reconnecting")).toBe(false);
    expect(isLive("polling")).toBe(false);
    expect(isLive("offline")).toBe(false);
  });
});
