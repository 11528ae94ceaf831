import { describe, expect, it } from "vitest";
import { getOrCreate } from "./get-or-create.js";

describe("getOrCreate", () => {
  it("makes a value once per key and keeps it, in a Map and a WeakMap", () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const map = new Map<string, { n: number }>();
    expect(getOrCreate(map, "a", make)).toBe(getOrCreate(map, "a", make));
    expect(getOrCreate(map, "b", make).n).toBe(2);
    const weak = new WeakMap<object, { n: number }>();
    const key = {};
    expect(getOrCreate(weak, key, make)).toBe(weak.get(key));
    expect(made).toBe(3);
  });
});
