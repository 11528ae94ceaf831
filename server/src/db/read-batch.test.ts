import { describe, expect, it } from "vitest";
import { batchedReads } from "./read-batch.js";

describe("batchedReads", () => {
  it("reads asked for in one turn of the event loop go in one call, each answered with its own result", async () => {
    const calls: number[][] = [];
    const read = batchedReads(async (keys: number[]) => {
      calls.push(keys);
      return keys.map((k) => k * 10);
    });
    expect(await Promise.all([read(1), read(2), read(3)])).toEqual([10, 20, 30]);
    expect(await read(4)).toBe(40);
    expect(calls).toEqual([[1, 2, 3], [4]]);
  });

  it("splits more than max keys into several calls, and a failed call rejects only its own keys", async () => {
    const read = batchedReads(async (keys: number[]) => {
      if (keys.includes(3)) throw new Error("boom");
      return keys;
    }, 2);
    const answers = await Promise.allSettled([read(1), read(2), read(3), read(4), read(5)]);
    expect(answers.map((a) => a.status)).toEqual(["fulfilled", "fulfilled", "rejected", "rejected", "fulfilled"]);
  });
});
