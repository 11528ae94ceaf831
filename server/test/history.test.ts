import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, ok, request, signUp } from "./support/client.js";
import { CreateTask, DeleteTask, MoveTask, Redo, Undo, UpdateTask } from "./support/documents.js";

const Restore = graphql(`
  mutation HistoryRestore($input: RestoreTaskInput!) {
    restoreTask(input: $input) { id title status deleted }
  }
`);
const Board = graphql(`
  query HistoryBoard($id: ID!, $at: Int) {
    workspace(id: $id) {
      version
      board(atVersion: $at) { taskId title status }
      tasks(first: 100) { edges { node { id title status } } }
    }
  }
`);
const TaskHistory = graphql(`
  query HistoryOfTask($id: ID!) {
    node(id: $id) {
      ... on Task { history { version action actor { name } before after } }
    }
  }
`);

async function setup() {
  const owner = await signUp("Owner");
  const ws = await createWorkspace(owner);
  const create = async (title: string, token = owner.token) =>
    (await ok(CreateTask, { input: { workspaceId: ws.id, title } }, token)).createTask;
  const board = async (at?: number) => (await ok(Board, { id: ws.id, at }, owner.token)).workspace!;
  return { owner, ws, create, board };
}

describe("undo and redo", () => {
  it("undoes the caller's own changes newest first by appending inverse events, and redoes them", async () => {
    const { owner, ws, create, board } = await setup();
    const task = await create("Draft");
    await ok(UpdateTask, { input: { id: task.id, title: "Final" } }, owner.token);
    await ok(MoveTask, { input: { id: task.id, status: "DONE" } }, owner.token);
    const versionBefore = (await board()).version;

    expect((await ok(Undo, { input: { workspaceId: ws.id } }, owner.token)).undo).toMatchObject({ title: "Final", status: "TODO" });
    expect((await ok(Undo, { input: { workspaceId: ws.id } }, owner.token)).undo).toMatchObject({ title: "Draft", status: "TODO" });
    expect((await ok(Undo, { input: { workspaceId: ws.id } }, owner.token)).undo).toMatchObject({ deleted: true });
    // History is never rewritten: three undos are three new events.
    expect((await board()).version).toBe(versionBefore + 3);
    const nothing = await request(Undo, { input: { workspaceId: ws.id } }, owner.token);
    expect(nothing.errors?.[0]!.extensions?.code).toBe("CONFLICT");

    expect((await ok(Redo, { input: { workspaceId: ws.id } }, owner.token)).redo).toMatchObject({ title: "Draft", deleted: false });
    expect((await ok(Redo, { input: { workspaceId: ws.id } }, owner.token)).redo).toMatchObject({ title: "Final", status: "TODO" });
    expect((await ok(Redo, { input: { workspaceId: ws.id } }, owner.token)).redo).toMatchObject({ title: "Final", status: "DONE" });
  });

  it("undo is per user: it never reverts someone else's change", async () => {
    const { owner, ws, create } = await setup();
    const other = await signUp("Other");
    await addMember(owner, ws.id, other, "MEMBER");
    const mine = await create("mine");
    await create("theirs", other.token);
    const { undo } = await ok(Undo, { input: { workspaceId: ws.id } }, owner.token);
    expect(undo).toMatchObject({ id: mine.id, deleted: true });
  });

  it("undo of a change someone else has since overwritten fails with CONFLICT and writes nothing", async () => {
    const { owner, ws, create, board } = await setup();
    const other = await signUp("Other");
    await addMember(owner, ws.id, other, "MEMBER");
    const task = await create("v1");
    await ok(UpdateTask, { input: { id: task.id, title: "mine" } }, owner.token);
    await ok(UpdateTask, { input: { id: task.id, title: "theirs" } }, other.token);
    const before = await board();
    const result = await request(Undo, { input: { workspaceId: ws.id } }, owner.token);
    expect(result.errors?.[0]!.extensions?.code).toBe("CONFLICT");
    expect(result.errors?.[0]!.extensions?.current).toMatchObject({ title: "theirs" });
    expect(await board()).toEqual(before);
  });

  it("a new change clears what could be redone", async () => {
    const { owner, ws, create } = await setup();
    await create("a");
    await ok(Undo, { input: { workspaceId: ws.id } }, owner.token);
    await create("b");
    const result = await request(Redo, { input: { workspaceId: ws.id } }, owner.token);
    expect(result.errors?.[0]!.extensions?.code).toBe("CONFLICT");
  });

  it("a VIEWER cannot undo (FORBIDDEN)", async () => {
    const { owner, ws } = await setup();
    const viewer = await signUp("Viewer");
    await addMember(owner, ws.id, viewer, "VIEWER");
    expect((await request(Undo, { input: { workspaceId: ws.id } }, viewer.token)).errors?.[0]!.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("history", () => {
  it("Task.history lists the task's events with actor and before/after values", async () => {
    const { owner, create } = await setup();
    const task = await create("one");
    await ok(UpdateTask, { input: { id: task.id, title: "two" } }, owner.token);
    const { node } = await ok(TaskHistory, { id: task.id }, owner.token);
    const history = (node as { history: { action: string; actor: { name: string }; before: unknown; after: { title: string } }[] }).history;
    expect(history.map((h) => h.action)).toEqual(["TASK_CREATED", "TASK_UPDATED"]);
    expect(history[1]).toMatchObject({ actor: { name: "Owner" }, before: { title: "one" }, after: { title: "two" } });
  });

  it("board(atVersion) returns the tasks as they were at each version", async () => {
    const { owner, ws, create, board } = await setup();
    const a = await create("a");
    const at1 = (await board()).version;
    await create("b");
    await ok(MoveTask, { input: { id: a.id, status: "DONE" } }, owner.token);
    await ok(DeleteTask, { input: { id: a.id } }, owner.token);
    const then = await board(at1);
    expect(then.board.map((t) => [t.title, t.status])).toEqual([["a", "TODO"]]);
    const now = await board();
    expect(now.board.map((t) => t.title)).toEqual(now.tasks.edges.map((e) => e.node.title));
    expect(now.board.map((t) => t.title)).toEqual(["b"]);
    expect((await request(Board, { id: ws.id, at: now.version + 1 }, owner.token)).errors?.[0]!.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("board(atVersion) agrees with the live board at every version across snapshot boundaries", async () => {
    // The test server snapshots every 10 versions: 25 changes cross two snapshots.
    const { owner, ws, create, board } = await setup();
    const live: { version: number; titles: string[] }[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      // Spread cards over columns, so the rebuilt board's column order is checked too.
      if (i % 4 === 3 && ids.length)
        await ok(MoveTask, { input: { id: ids[0]!, status: (["DONE", "BLOCKED", "IN_PROGRESS"] as const)[i % 3]! } }, owner.token);
      else if (i % 3 === 2 && ids.length) await ok(UpdateTask, { input: { id: ids[ids.length - 1]!, title: `renamed ${i}` } }, owner.token);
      else if (i % 5 === 4 && ids.length) await ok(DeleteTask, { input: { id: ids.shift()! } }, owner.token);
      else ids.push((await create(`t${i}`)).id);
      const now = await board();
      live.push({ version: now.version, titles: now.tasks.edges.map((e) => e.node.title) });
    }
    for (const { version, titles } of live) expect((await board(version)).board.map((t) => t.title)).toEqual(titles);
    void ws;
  }, 60_000);

  it("restoreTask brings a deleted task back as it was, with new events", async () => {
    const { owner, create, board } = await setup();
    const task = await create("keep me");
    const at = (await board()).version;
    await ok(UpdateTask, { input: { id: task.id, title: "ruined" } }, owner.token);
    await ok(DeleteTask, { input: { id: task.id } }, owner.token);
    const { restoreTask } = await ok(Restore, { input: { id: task.id, version: at } }, owner.token);
    expect(restoreTask).toMatchObject({ title: "keep me", status: "TODO", deleted: false });
    expect((await board()).tasks.edges.map((e) => e.node.title)).toEqual(["keep me"]);
    // Before the task existed, or past the head: refused, and nothing is written.
    const head = await board();
    for (const version of [1, head.version + 1]) {
      expect((await request(Restore, { input: { id: task.id, version } }, owner.token)).errors?.[0]!.extensions?.code).toBe(
        "BAD_USER_INPUT",
      );
    }
    expect(await board()).toEqual(head);
  });
});
