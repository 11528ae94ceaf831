import { describe, expect, it } from "vitest";
import { level, toWeeks } from "./heatmap";

describe("toWeeks", () => {
  it("pads the first week so the first day sits on its weekday, Sunday first", () => {
    // 2026-01-01 is a Thursday: four empty cells (Sun–Wed) come first.
    const days = ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"].map((date) => ({ date, count: 1 }));
    const weeks = toWeeks(days);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]?.slice(0, 4)).toEqual([null, null, null, null]);
    expect(weeks[0]?.[4]?.date).toBe("2026-01-01");
    expect(weeks[1]?.[0]?.date).toBe("2026-01-04");
  });

  it("gives no weeks for no days", () => {
    expect(toWeeks([])).toEqual([]);
  });
});

describe("level", () => {
  it("is 0 without activity and 1–4 by quarter of the busiest day", () => {
    expect(level(0, 10)).toBe(0);
    expect(level(5, 0)).toBe(0);
    expect(level(1, 100)).toBe(1);
    expect(level(50, 100)).toBe(2);
    expect(level(75, 100)).toBe(3);
    expect(level(100, 100)).toBe(4);
  });
});
