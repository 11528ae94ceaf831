import { describe, expect, it } from "vitest";
import { STATUSES } from "../../model/displayNames";
import { type Columns, columnCards, dropTarget, type Filters, isNoop, matches, type Task } from "./boardModel";

const ada = { id: "U1", name: "Ada", email: "ada@example.com" };

function task(id: string, status: Task["status"], position: number, extra: Partial<Task> = {}): Task {
  return {
    id,
    title: id,
    description: "",
    status,
    priority: "MEDIUM",
    position,
    version: 1,
    deleted: false,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    assignee: null,
    workspace: { id: "W1" },
    board: { id: "B1" },
    labels: [],
    dueAt: null,
    ...extra,
  } as Task;
}

const columnsOf = (tasks: Task[]) => Object.fromEntries(STATUSES.map((s) => [s, columnCards(tasks, s, "B1")])) as Columns;

// TODO: a, b, c top to bottom; DONE: d.
const board = (): Columns =>
  columnsOf([task("c", "TODO", 3072), task("a", "TODO", 1024), task("d", "DONE", 1024), task("b", "TODO", 2048)]);

describe("columnCards", () => {
  it("keeps a column's live cards of its board once each, in position order", () => {
    const pages = [
      task("b", "TODO", 2),
      task("x", "TODO", 1, { deleted: true }),
      task("a", "TODO", 1),
      task("d", "DONE", 5),
      task("b", "TODO", 2),
      task("o", "TODO", 0, { board: { id: "B2" } }),
    ];
    expect(columnCards(pages, "TODO", "B1").map((t) => t.id)).toEqual(["a", "b"]);
    expect(columnCards(pages, "DONE", "B1").map((t) => t.id)).toEqual(["d"]);
    expect(columnCards(pages, "BLOCKED", "B1")).toEqual([]);
  });
});

// Only the assignee and priority filters; every other filter left open.
const only = (assignee: string, priority: Filters["priority"]) => ({ assignee, priority, labels: [], due: "" }) as unknown as Filters;

describe("matches", () => {
  const mine = task("m", "TODO", 1, { assignee: ada, priority: "HIGH" });
  const nobody = task("n", "TODO", 2);
  it("filters by assignee (anyone, unassigned, a person) and by priority", () => {
    expect(matches(mine, only("", ""))).toBe(true);
    expect(matches(nobody, only("none", ""))).toBe(true);
    expect(matches(mine, only("none", ""))).toBe(false);
    expect(matches(mine, only("U1", ""))).toBe(true);
    expect(matches(nobody, only("U1", ""))).toBe(false);
    expect(matches(mine, only("", "LOW"))).toBe(false);
    expect(matches(mine, only("U1", "HIGH"))).toBe(true);
  });
});

describe("dropTarget", () => {
  it("puts a card dropped on a column at its bottom", () => {
    expect(dropTarget(board(), "a", "column:DONE")).toEqual({ status: "DONE", afterId: "d" });
    expect(dropTarget(board(), "d", "column:IN_PROGRESS")).toEqual({ status: "IN_PROGRESS", afterId: null });
    // Dropped on its own column: below the others, not below itself.
    expect(dropTarget(board(), "a", "column:TODO")).toEqual({ status: "TODO", afterId: "c" });
  });

  it("within a column, takes the place of the card it is dropped on", () => {
    expect(dropTarget(board(), "a", "c")).toEqual({ status: "TODO", afterId: "c" }); // down to the bottom
    expect(dropTarget(board(), "c", "a")).toEqual({ status: "TODO", afterId: null }); // up to the top
    expect(dropTarget(board(), "c", "b")).toEqual({ status: "TODO", afterId: "a" });
  });

  it("into another column, lands above the card it is dropped on", () => {
    expect(dropTarget(board(), "d", "a")).toEqual({ status: "TODO", afterId: null });
    expect(dropTarget(board(), "d", "b")).toEqual({ status: "TODO", afterId: "a" });
  });

  it("ignores a card or target it does not know", () => {
    expect(dropTarget(board(), "gone", "a")).toBeNull();
    expect(dropTarget(board(), "a", "gone")).toBeNull();
  });
});

describe("isNoop", () => {
  it("is true only when the task would stay below the same card", () => {
    expect(isNoop(board(), "b", { status: "TODO", afterId: "a" })).toBe(true);
    expect(isNoop(board(), "a", { status: "TODO", afterId: null })).toBe(true);
    expect(isNoop(board(), "b", { status: "TODO", afterId: null })).toBe(false);
    expect(isNoop(board(), "a", { status: "DONE", afterId: "d" })).toBe(false);
  });
});
