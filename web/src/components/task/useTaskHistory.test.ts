import { describe, expect, it } from "vitest";
import { describeEntry } from "./useTaskHistory";

describe("describeEntry", () => {
  it("lists the fields a change made different", () => {
    const entry = {
      before: { title: "A", status: "TODO", position: 1024 },
      after: { title: "B", status: "DONE", position: 1024 },
      metadata: {},
    };
    expect(describeEntry(entry)).toMatchObject({ fields: ["title", "status"], reordered: false, how: null });
  });

  it("calls a move within a column a reorder", () => {
    const entry = { before: { status: "TODO", position: 1024 }, after: { status: "TODO", position: 2048 }, metadata: null };
    expect(describeEntry(entry)).toMatchObject({ fields: [], reordered: true });
  });

  it("says when the change was an undo, a redo or a restore", () => {
    const same = { before: { title: "A" }, after: { title: "B" } };
    expect(describeEntry({ ...same, metadata: { undo: true } }).how).toBe("undid a change");
    expect(describeEntry({ ...same, metadata: { redo: true } }).how).toBe("redid a change");
    expect(describeEntry({ ...same, metadata: { restoredFrom: 3 } }).how).toBe("restored v3");
  });
});
