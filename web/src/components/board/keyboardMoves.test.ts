import { describe, expect, it } from "vitest";
import type { TaskStatus } from "../../gql/graphql";
import type { Task } from "./boardModel";
import { nextTarget, overIdFor, startTarget } from "./keyboardMoves";

const card = (id: string, status: TaskStatus) => ({ id, status }) as Task;
const columns = {
  TODO: [card("a", "TODO"), card("b", "TODO"), card("c", "TODO"), card("d", "TODO")],
  IN_PROGRESS: [card("x", "IN_PROGRESS")],
  BLOCKED: [],
  DONE: [],
} as Record<TaskStatus, Task[]>;

describe("keyboard moves on the board", () => {
  it("→ goes to the next column at the same height, or its end; ← and → back land where the card started", () => {
    const start = startTarget(columns, card("c", "TODO"));
    const right = nextTarget(columns, "c", start, "ArrowRight");
    expect(right).toMatchObject({ status: "IN_PROGRESS", index: 1 });
    expect(overIdFor(columns, "c", right)).toBe("column:IN_PROGRESS");
    const back = nextTarget(columns, "c", right, "ArrowLeft");
    expect(back).toMatchObject({ status: "TODO", index: 2 });
    expect(overIdFor(columns, "c", back)).toBe("c");
  });

  it("↑ and ↓ move one place and stop at the column's ends", () => {
    const start = startTarget(columns, card("d", "TODO"));
    const up = nextTarget(columns, "d", start, "ArrowUp");
    expect(overIdFor(columns, "d", up)).toBe("c");
    expect(nextTarget(columns, "d", start, "ArrowDown")).toMatchObject({ index: 3 });
    const top = nextTarget(columns, "a", startTarget(columns, card("a", "TODO")), "ArrowUp");
    expect(top).toMatchObject({ status: "TODO", index: 0 });
    expect(nextTarget(columns, "a", top, "ArrowLeft")).toBe(top);
  });
});
