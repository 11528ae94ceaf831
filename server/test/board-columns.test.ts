import { describe, expect, it } from "vitest";
import type { BoardColumnsPageQuery } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { createWorkspace, ok, refusal, request, signUp } from "./support/client.js";
import { CreateBoard, CreateTask, MoveTask, UpdateTask } from "./support/documents.js";

// Issue #11, item 1: the web board loads each column (a status of a board) on its own, a page at a time, and
// its header shows the server's count for that column. This is the API it reads.
const Column = graphql(`
  query BoardColumnsPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String) {
    workspace(id: $id) {
      tasks(boardId: $boardId, status: $status, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id title status position board { id } } }
      }
    }
  }
`);

type Status = "TODO" | "IN_PROGRESS" | "BLOCKED" | "DONE";

async function seed() {
  const owner = await signUp("Columns");
  const workspace = await createWorkspace(owner, "Columns");
  const counts: [Status, number][] = [
    ["TODO", 12],
    ["IN_PROGRESS", 5],
    ["DONE", 3],
  ];
  let boardId = "";
  for (const [status, n] of counts) {
    for (let i = 0; i < n; i++) {
      const { createTask } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: `${status} ${i}`, status } }, owner.token);
      boardId = createTask.board.id;
    }
  }
  // A second board's cards never count in the first board's columns.
  const { createBoard } = await ok(CreateBoard, { input: { workspaceId: workspace.id, name: "Other" } }, owner.token);
  await ok(CreateTask, { input: { workspaceId: workspace.id, boardId: createBoard.id, title: "elsewhere", status: "TODO" } }, owner.token);
  return { owner, workspace, boardId };
}

type ColumnPage = NonNullable<BoardColumnsPageQuery["workspace"]>["tasks"];

/** Every page of a column, following endCursor. */
async function pagesOf(token: string, id: string, boardId: string, status: Status, first: number) {
  const pages: ColumnPage[] = [];
  let after: string | null = null;
  for (;;) {
    const result: BoardColumnsPageQuery = await ok(Column, { id, boardId, status, first, after }, token);
    const page = result.workspace!.tasks;
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor!;
  }
}

const BoardFiltered = graphql(`
  query BoardColumnFiltered($id: ID!, $unassigned: Boolean, $assigneeId: ID) {
    node(id: $id) { ... on Board { tasks(first: 5, unassigned: $unassigned, assigneeId: $assigneeId) { totalCount } } }
  }
`);

describe("a board's columns, paged one status at a time", () => {
  it("counts each column on every page and pages it in disjoint pages ordered by position", async () => {
    const { owner, workspace, boardId } = await seed();
    const todo = await pagesOf(owner.token, workspace.id, boardId, "TODO", 5);
    expect(todo.map((p) => p.edges.length)).toEqual([5, 5, 2]);
    expect(todo.map((p) => p.totalCount)).toEqual([12, 12, 12]);
    const cards = todo.flatMap((p) => p.edges.map((e) => e.node));
    expect(new Set(cards.map((c) => c.id)).size).toBe(12);
    expect(cards.every((c) => c.status === "TODO" && c.board.id === boardId)).toBe(true);
    const positions = cards.map((c) => c.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(cards.map((c) => c.title)).toEqual(Array.from({ length: 12 }, (_, i) => `TODO ${i}`));

    const first = async (status: Status) =>
      (await ok(Column, { id: workspace.id, boardId, status, first: 1 }, owner.token)).workspace!.tasks;
    expect((await first("IN_PROGRESS")).totalCount).toBe(5);
    expect((await first("DONE")).totalCount).toBe(3);
    expect((await first("BLOCKED")).totalCount).toBe(0);
    expect((await first("BLOCKED")).pageInfo.hasNextPage).toBe(false);
  });

  it("moves a card's count from one column to the other at once, and the next page starts after the loaded part", async () => {
    const { owner, workspace, boardId } = await seed();
    const [page1] = await pagesOf(owner.token, workspace.id, boardId, "TODO", 5).then((p) => p.slice(0, 1));
    const moved = page1!.edges[2]!.node;
    await ok(MoveTask, { input: { id: moved.id, status: "DONE", afterId: null } }, owner.token);

    const todo = await pagesOf(owner.token, workspace.id, boardId, "TODO", 5);
    expect(todo[0]!.totalCount).toBe(11);
    const titles = todo.flatMap((p) => p.edges.map((e) => e.node.title));
    expect(titles).toHaveLength(11);
    expect(titles).not.toContain(moved.title);
    const done = await pagesOf(owner.token, workspace.id, boardId, "DONE", 5);
    expect(done[0]!.totalCount).toBe(4);
    expect(done[0]!.edges[0]!.node.id).toBe(moved.id); // afterId null: the top of the column

    // A client that loaded the first page before the move asks for the next one after its last card.
    const { workspace: next } = await ok(
      Column,
      { id: workspace.id, boardId, status: "TODO", first: 5, after: page1!.pageInfo.endCursor },
      owner.token,
    );
    expect(next!.tasks.edges.map((e) => e.node.title)).toEqual(["TODO 5", "TODO 6", "TODO 7", "TODO 8", "TODO 9"]);
    expect(next!.tasks.totalCount).toBe(11);
  });

  // Issue #11: a filtered column asks the server for its matching cards, so its count is the filtered total at once.
  const Filtered = graphql(`
    query FilteredColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $unassigned: Boolean, $noDueDate: Boolean, $assigneeId: ID, $overdue: Boolean) {
      workspace(id: $id) {
        tasks(boardId: $boardId, status: $status, first: $first, unassigned: $unassigned, noDueDate: $noDueDate, assigneeId: $assigneeId, overdue: $overdue) {
          totalCount
          edges { node { id title } }
        }
      }
    }
  `);

  it("filters a column to unassigned cards and to cards without a due date, counting only those", async () => {
    const { owner, workspace, boardId } = await seed();
    const todo = (await pagesOf(owner.token, workspace.id, boardId, "TODO", 20))[0]!.edges.map((e) => e.node);
    // Two of the twelve get an assignee, one a due date.
    for (const card of todo.slice(0, 2)) await ok(UpdateTask, { input: { id: card.id, assigneeId: owner.id } }, owner.token);
    await ok(UpdateTask, { input: { id: todo[5]!.id, dueAt: "2030-01-01T00:00:00.000Z" } }, owner.token);
    const column = async (extra: { unassigned?: boolean; noDueDate?: boolean }) =>
      (await ok(Filtered, { id: workspace.id, boardId, status: "TODO", first: 5, ...extra }, owner.token)).workspace!.tasks;

    const unassigned = await column({ unassigned: true });
    expect(unassigned.totalCount).toBe(10);
    expect(unassigned.edges.map((e) => e.node.title)).toEqual(["TODO 2", "TODO 3", "TODO 4", "TODO 5", "TODO 6"]);
    const noDue = await column({ noDueDate: true });
    expect(noDue.totalCount).toBe(11);
    expect(noDue.edges.map((e) => e.node.title)).not.toContain("TODO 5");
    expect((await column({ unassigned: true, noDueDate: true })).totalCount).toBe(9);
    expect((await column({ unassigned: false })).totalCount).toBe(12);
  });

  it("refuses contradictory filters as BAD_USER_INPUT, naming the argument", async () => {
    const { owner, workspace, boardId } = await seed();
    const base = { id: workspace.id, boardId, status: "TODO" as const, first: 5 };
    expect(await refusal(Filtered, { ...base, unassigned: true, assigneeId: owner.id }, owner.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "INVALID_VALUE",
    });
    expect(await refusal(Filtered, { ...base, noDueDate: true, overdue: true }, owner.token)).toMatchObject({ code: "BAD_USER_INPUT" });
    const result = await request(Filtered, { ...base, unassigned: true, assigneeId: owner.id }, owner.token);
    expect(result.errors?.[0]?.message).toContain("unassigned");
    // Board.tasks takes the same filters and refuses the same contradictions.
    expect(await refusal(BoardFiltered, { id: boardId, unassigned: true, assigneeId: owner.id }, owner.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "INVALID_VALUE",
    });
  });
});
