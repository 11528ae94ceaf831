import { describe, expect, it } from "vitest";
import { GAP, insertionIndex, positionAt, positionAtEnd, positionInSpreadColumn, spreadPosition } from "./positions.js";

const column = (...positions: number[]) => positions.map((position, i) => ({ id: `t${i}`, position }));

describe("positionAtEnd", () => {
  it("puts the first card at GAP and the next GAP below the last", () => {
    expect(positionAtEnd([])).toBe(GAP);
    expect(positionAtEnd(column(1024, 5000, 2048))).toBe(5000 + GAP);
    expect(positionAtEnd(column(-2048, -1024))).toBe(-1024 + GAP);
  });
});

describe("insertionIndex", () => {
  const cards = column(1024, 2048, 3072);
  it("is 0 for the top, one past the named card otherwise", () => {
    expect(insertionIndex(cards, null)).toBe(0);
    expect(insertionIndex(cards, undefined)).toBe(0);
    expect(insertionIndex(cards, "t1")).toBe(2);
    expect(insertionIndex(cards, "t2")).toBe(3);
  });
  it("is -1 for a card that is not in the column", () => {
    expect(insertionIndex(cards, "elsewhere")).toBe(-1);
  });
});

describe("positionAt", () => {
  const cards = column(1024, 2048);
  it("goes GAP above the top, GAP below the bottom, GAP in an empty column", () => {
    expect(positionAt(cards, 0)).toBe(0);
    expect(positionAt(cards, 2)).toBe(2048 + GAP);
    expect(positionAt([], 0)).toBe(GAP);
  });
  it("takes the midpoint between two neighbours", () => {
    expect(positionAt(cards, 1)).toBe(1536);
  });
  it("asks for a spread when the neighbours are too close for a safe midpoint", () => {
    expect(positionAt(column(1024, 1024 + 1e-7), 1)).toBeNull();
    expect(positionAt(column(0, 1e-10), 1)).toBeNull();
  });
  it("keeps halving for a long time before it asks for a spread", () => {
    let cards = column(1024, 2048);
    let halvings = 0;
    for (;;) {
      const position = positionAt(cards, 1);
      if (position === null) break;
      cards = [cards[0]!, { id: "new", position }];
      halvings++;
    }
    expect(halvings).toBeGreaterThan(25);
  });
});

describe("a spread column", () => {
  it("puts the i-th card at (i + 1) × GAP and the inserted card halfway into its gap", () => {
    expect([0, 1, 2].map(spreadPosition)).toEqual([GAP, 2 * GAP, 3 * GAP]);
    expect(positionInSpreadColumn(0)).toBe(GAP / 2);
    expect(positionInSpreadColumn(2)).toBe(2 * GAP + GAP / 2);
  });
  it("orders the inserted card between its spread neighbours", () => {
    const cards = column(1024, 1024 + 1e-7, 5000);
    expect(positionAt(cards, 1)).toBeNull();
    const position = positionInSpreadColumn(1);
    expect(spreadPosition(0)).toBeLessThan(position);
    expect(position).toBeLessThan(spreadPosition(1));
  });
});
