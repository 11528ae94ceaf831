import { describe, expect, it } from "vitest";
import { columnFilter, type Filters, filtersFromUrl, filtersToSearch, matches, NO_FILTERS, type Task, thisWeek } from "./boardModel";

const bug = { id: "L1", name: "Bug", color: "#ff0000" };
const ui = { id: "L2", name: "UI", color: "#0000ff" };
const task = (extra: Partial<Task>) =>
  ({ id: "T", title: "T", status: "TODO", priority: "MEDIUM", assignee: null, labels: [], dueAt: null, ...extra }) as Task;
const now = new Date(2026, 10, 26, 12); // a Thursday, local time
const f = (extra: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...extra });

describe("label and due filters", () => {
  it("labels match any of those chosen; every other filter must also hold", () => {
    expect(matches(task({ labels: [bug] }), f({ labels: ["L1", "L2"] }), now)).toBe(true);
    expect(matches(task({ labels: [ui] }), f({ labels: ["L1"] }), now)).toBe(false);
    expect(matches(task({ labels: [bug], priority: "LOW" }), f({ labels: ["L1"], priority: "HIGH" }), now)).toBe(false);
  });

  it("due: overdue (past and not done), this week (Monday to Sunday, local), none", () => {
    const yesterday = new Date(2026, 10, 25, 9).toISOString();
    const sunday = new Date(2026, 10, 29, 23).toISOString();
    const nextMonday = new Date(2026, 10, 30, 0, 0, 1).toISOString();
    expect(matches(task({ dueAt: yesterday }), f({ due: "overdue" }), now)).toBe(true);
    expect(matches(task({ dueAt: yesterday, status: "DONE" }), f({ due: "overdue" }), now)).toBe(false);
    expect(matches(task({ dueAt: sunday }), f({ due: "week" }), now)).toBe(true);
    expect(matches(task({ dueAt: nextMonday }), f({ due: "week" }), now)).toBe(false);
    expect(matches(task({}), f({ due: "none" }), now)).toBe(true);
    expect(matches(task({ dueAt: sunday }), f({ due: "none" }), now)).toBe(false);
    expect(thisWeek(now).map((d) => d.getDate())).toEqual([23, 30]);
  });

  it("round-trips through the URL, keeping other parameters", () => {
    const filters = f({ assignee: "none", priority: "HIGH", labels: ["L1", "L2"], due: "overdue" });
    const search = filtersToSearch(filters, "?task=T9");
    expect(new URLSearchParams(search).get("task")).toBe("T9");
    expect(filtersFromUrl(search)).toEqual(filters);
    expect(filtersToSearch(NO_FILTERS, "")).toBe("");
    expect(filtersFromUrl("?due=someday").due).toBe("");
  });
});

describe("the board's filters as the column query's arguments", () => {
  it("sends each filter the toolbar offers, and nothing when none is on", () => {
    expect(columnFilter(NO_FILTERS, now)).toEqual({});
    expect(columnFilter(f({ assignee: "none", due: "none" }), now)).toEqual({ unassigned: true, noDueDate: true });
    expect(columnFilter(f({ assignee: "U7", priority: "HIGH", labels: ["L2", "L1"], due: "overdue" }), now)).toEqual({
      assigneeId: "U7",
      priorities: ["HIGH"],
      labelIds: ["L1", "L2"],
      overdue: true,
    });
    const [start, end] = thisWeek(now);
    expect(columnFilter(f({ due: "week" }), now)).toEqual({ dueAfter: start.toISOString(), dueBefore: end.toISOString() });
  });
});
