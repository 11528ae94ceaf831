import { describe, expect, it } from "vitest";
import { describeEntry } from "./useTaskHistory";

describe("describeEntry", () => {
  it("lists the fields a change made different", () => {
    const entry = {
      before: { title: "A", status: "TODO", position: 1024 },
      after: { title: "B", status: "DONE", position: 1024 },
      metadata: {},
    };
    expect(describeEntry(entry)).toMatchObject({ fields: ["title", "status"] });
  });

  it("lists no fields for a delete, whose after-state is only the deletion", () => {
    const entry = { before: { title: "A", status: "TODO", position: 1024 }, after: { deleted: true, version: 2 } };
    expect(describeEntry(entry).fields).toEqual([]);
  });
});
