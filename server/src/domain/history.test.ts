import { describe, expect, it } from "vitest";
import { applyEvent, type TaskState } from "./history.js";

const created = {
  id: "t1",
  title: "Ship",
  description: "",
  status: "TODO",
  priority: "MEDIUM",
  assigneeId: null,
  position: 1024,
  version: 1,
};

describe("applyEvent", () => {
  it("a creation puts the task on the board; an update patches only the fields it logged", () => {
    const board = new Map<string, TaskState>();
    applyEvent(board, { entityType: "Task", entityId: "t1", metadata: { after: created } });
    applyEvent(board, {
      entityType: "Task",
      entityId: "t1",
      metadata: { before: { title: "Ship" }, after: { title: "Ship it", version: 2 } },
    });
    expect(board.get("t1")).toEqual({ ...created, title: "Ship it", version: 2 });
  });

  it("a deletion takes the task off the board; a later restore brings it back with the restored fields", () => {
    const board = new Map<string, TaskState>([["t1", created]]);
    applyEvent(board, { entityType: "Task", entityId: "t1", metadata: { before: created, after: { deleted: true, version: 2 } } });
    expect(board.has("t1")).toBe(false);
    applyEvent(board, { entityType: "Task", entityId: "t1", metadata: { after: { ...created, version: 3, deleted: false } } });
    expect(board.get("t1")).toEqual({ ...created, version: 3 });
  });

  it("events of other entities and task events without `after` leave the board as it is", () => {
    const board = new Map<string, TaskState>([["t1", created]]);
    applyEvent(board, { entityType: "Member", entityId: "t1", metadata: { after: { title: "no" } } });
    applyEvent(board, { entityType: "Task", entityId: "t1", metadata: { renamed: true } });
    applyEvent(board, { entityType: "Task", entityId: "t1", metadata: null });
    expect(board.get("t1")).toEqual(created);
  });
});
