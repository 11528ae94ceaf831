import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, ok, signUp } from "./support/client.js";
import { CreateTask, DeleteTask, MoveTask, UpdateTask } from "./support/documents.js";

const Board = graphql(`
  query TasksBoard($id: ID!, $status: TaskStatus, $assigneeId: ID, $first: Int, $after: String) {
    workspace(id: $id) {
      version
      tasks(status: $status, assigneeId: $assigneeId, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id title status position } }
      }
    }
  }
`);

const Activity = graphql(`
  query TasksActivity($id: ID!, $first: Int) {
    workspace(id: $id) {
      activity(first: $first) {
        edges { node { version action entityType entityId actor { id } metadata } }
      }
    }
  }
`);

const RebuiltBoard = graphql(`
  query TasksRebuiltBoard($id: ID!) {
    workspace(id: $id) {
      board { title status }
      activity(first: 200) { edges { node { action metadata } } }
    }
  }
`);

const NodeQuery = graphql(`
  query TasksNode($id: ID!) {
    node(id: $id) { id ... on Task { title } }
  }
`);

async function setup() {
  const owner = await signUp("Owner");
  const workspace = await createWorkspace(owner);
  const create = async (title: string, status?: "TODO" | "IN_PROGRESS" | "DONE" | "BLOCKED") =>
    (await ok(CreateTask, { input: { workspaceId: workspace.id, title, status } }, owner.token)).createTask;
  const column = async (status: "TODO" | "IN_PROGRESS" | "DONE" | "BLOCKED") =>
    (await ok(Board, { id: workspace.id, status, first: 100 }, owner.token)).workspace!.tasks.edges.map((e) => e.node.title);
  return { owner, workspace, create, column };
}

describe("tasks", () => {
  it("creates a task with defaults, the creator recorded and one log event appended", async () => {
    const { owner, workspace, create } = await setup();
    const task = await create("  Write the spec  ");
    expect(task).toMatchObject({
      title: "Write the spec",
      description: "",
      status: "TODO",
      priority: "MEDIUM",
      version: 1,
      assignee: null,
    });
    expect(task.createdBy.id).toBe(owner.id);
    expect(task.workspace.version).toBe(workspace.version + 1);
    const { workspace: ws } = await ok(Activity, { id: workspace.id, first: 1 }, owner.token);
    expect(ws!.activity.edges[0]!.node).toMatchObject({ version: 2, action: "TASK_CREATED", entityType: "Task", entityId: task.id });
  });

  it("updates only what changed, bumps the task version and records before and after", async () => {
    const { owner, workspace, create } = await setup();
    const member = await signUp("Member");
    await addMember(owner, workspace.id, member, "MEMBER");
    const task = await create("Draft");
    const { updateTask } = await ok(
      UpdateTask,
      { input: { id: task.id, title: "Final", priority: "URGENT", assigneeId: member.id } },
      owner.token,
    );
    expect(updateTask).toMatchObject({ title: "Final", priority: "URGENT", version: 2, assignee: { id: member.id } });
    const { workspace: ws } = await ok(Activity, { id: workspace.id, first: 1 }, owner.token);
    const { metadata } = ws!.activity.edges[0]!.node as {
      metadata: { before: { title: string }; after: { title: string }; changed: string[] };
    };
    expect(metadata.before.title).toBe("Draft");
    expect(metadata.after.title).toBe("Final");
    expect(metadata.changed.sort()).toEqual(["assigneeId", "priority", "title"]);

    const unassigned = await ok(UpdateTask, { input: { id: task.id, assigneeId: null } }, owner.token);
    expect(unassigned.updateTask.assignee).toBeNull();
  });

  it("an update that changes nothing appends no event", async () => {
    const { owner, workspace, create } = await setup();
    const task = await create("Same");
    const before = (await ok(Board, { id: workspace.id }, owner.token)).workspace!.version;
    const { updateTask } = await ok(UpdateTask, { input: { id: task.id, title: "Same" } }, owner.token);
    expect(updateTask.version).toBe(1);
    expect((await ok(Board, { id: workspace.id }, owner.token)).workspace!.version).toBe(before);
  });

  it("moves a task within its column and across columns, in the order asked for", async () => {
    const { owner, create, column } = await setup();
    const a = await create("A");
    const b = await create("B");
    const c = await create("C");
    expect(await column("TODO")).toEqual(["A", "B", "C"]);

    await ok(MoveTask, { input: { id: c.id, status: "TODO", afterId: a.id } }, owner.token);
    expect(await column("TODO")).toEqual(["A", "C", "B"]);
    await ok(MoveTask, { input: { id: b.id, status: "TODO" } }, owner.token);
    expect(await column("TODO")).toEqual(["B", "A", "C"]);

    const d = await create("D", "DONE");
    const { moveTask } = await ok(MoveTask, { input: { id: a.id, status: "DONE", afterId: d.id } }, owner.token);
    expect(moveTask).toMatchObject({ status: "DONE", version: 2 });
    expect(await column("TODO")).toEqual(["B", "C"]);
    expect(await column("DONE")).toEqual(["D", "A"]);
  });

  it("keeps order through many moves into the same gap", async () => {
    const { owner, workspace, create, column } = await setup();
    const first = await create("first");
    await create("last");
    // Each new card lands right below `first`: the gap halves every time until the column is renumbered.
    const titles: string[] = [];
    for (let i = 0; i < 60; i++) {
      const task = await create(`n${i}`);
      await ok(MoveTask, { input: { id: task.id, status: "TODO", afterId: first.id } }, owner.token);
      titles.unshift(`n${i}`);
    }
    expect(await column("TODO")).toEqual(["first", ...titles, "last"]);
    // The column was spread out on the way; those moves are in the log, so the board rebuilt from it agrees.
    const { workspace: rebuilt } = await ok(RebuiltBoard, { id: workspace.id }, owner.token);
    expect(rebuilt!.board.filter((t) => t.status === "TODO").map((t) => t.title)).toEqual(["first", ...titles, "last"]);
    expect(rebuilt!.activity.edges.some((e) => (e.node.metadata as { renumbered?: boolean }).renumbered)).toBe(true);
  }, 60_000);

  it("deletes a task: it leaves the board and the node lookup, and its ID is returned", async () => {
    const { owner, create, column } = await setup();
    const task = await create("Doomed");
    const { deleteTask } = await ok(DeleteTask, { input: { id: task.id } }, owner.token);
    expect(deleteTask).toBe(task.id);
    expect(await column("TODO")).toEqual([]);
    expect((await ok(NodeQuery, { id: task.id }, owner.token)).node).toBeNull();
  });

  it("filters by status and assignee and pages with cursors", async () => {
    const { owner, workspace, create } = await setup();
    for (const title of ["1", "2", "3", "4", "5"]) await create(title);
    const mine = await create("mine", "BLOCKED");
    await ok(UpdateTask, { input: { id: mine.id, assigneeId: owner.id } }, owner.token);

    const page1 = (await ok(Board, { id: workspace.id, status: "TODO", first: 2 }, owner.token)).workspace!.tasks;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges.map((e) => e.node.title)).toEqual(["1", "2"]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await ok(Board, { id: workspace.id, status: "TODO", first: 2, after: page1.pageInfo.endCursor }, owner.token)).workspace!
      .tasks;
    expect(page2.edges.map((e) => e.node.title)).toEqual(["3", "4"]);

    const assigned = (await ok(Board, { id: workspace.id, assigneeId: owner.id }, owner.token)).workspace!.tasks;
    expect(assigned.edges.map((e) => e.node.title)).toEqual(["mine"]);
  });

  it("50 concurrent createTask calls get log versions with no gap and no repeat", async () => {
    const { owner, workspace } = await setup();
    const start = workspace.version;
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) => ok(CreateTask, { input: { workspaceId: workspace.id, title: `t${i}` } }, owner.token)),
    );
    expect(created).toHaveLength(50);
    const { workspace: ws } = await ok(Activity, { id: workspace.id, first: 100 }, owner.token);
    const versions = ws!.activity.edges
      .map((e) => e.node.version)
      .filter((v) => v > start)
      .sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 50 }, (_, i) => start + 1 + i));
    expect(new Set(ws!.activity.edges.filter((e) => e.node.action === "TASK_CREATED").map((e) => e.node.entityId)).size).toBe(50);
  }, 60_000);
});
