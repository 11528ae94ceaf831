import { describe, it } from "vitest";
import { as, type Board, board, CreateWorkspace, expectError, globalId, Invite, Rename, rawPost, rejects } from "./support/bad-input.js";
import { ok, request, signUp } from "./support/client.js";
import { CreateTask, MoveTask, UpdateTask } from "./support/documents.js";

// Bad task input (support/bad-input.ts): a clear code, and nothing written.

describe.concurrent("titles", () => {
  rejects([
    {
      title: "createTask with an empty title",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "" } }, b.owner.token),
    },
    {
      title: "createTask with a whitespace title",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "  \t\n " } }, b.owner.token),
    },
    {
      title: "createTask with a 501-character title",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x".repeat(501) } }, b.owner.token),
    },
    {
      title: "updateTask with an empty title",
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: b.todo.id, title: "" } }, b.owner.token),
    },
    {
      title: "updateTask with a whitespace title",
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: b.todo.id, title: "   " } }, b.owner.token),
    },
    {
      title: "updateTask with a 501-character title",
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: b.todo.id, title: "y".repeat(501) } }, b.owner.token),
    },
    {
      title: "updateTask with a bad title and a good priority",
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: b.todo.id, title: " ", priority: "URGENT" } }, b.owner.token),
    },
    {
      title: "createWorkspace with a whitespace name",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateWorkspace, { input: { name: "   " } }, b.owner.token),
    },
    {
      title: "renameWorkspace with an empty name",
      code: "BAD_USER_INPUT",
      run: (b) => request(Rename, { input: { workspaceId: b.workspace.id, name: "" } }, b.owner.token),
    },
  ]);

  it("a 500-character title is fine, and so is one padded with spaces that trims to 500", async ({ expect }) => {
    const b = await board();
    const exact = await ok(CreateTask, { input: { workspaceId: b.workspace.id, title: "a".repeat(500) } }, b.owner.token);
    expect(exact.createTask.title).toBe("a".repeat(500));
    const padded = await ok(CreateTask, { input: { workspaceId: b.workspace.id, title: `  ${"b".repeat(500)}  ` } }, b.owner.token);
    expect(padded.createTask.title).toBe("b".repeat(500));
    const updated = await ok(UpdateTask, { input: { id: b.todo.id, title: "c".repeat(500) } }, b.owner.token);
    expect(updated.updateTask.title).toBe("c".repeat(500));
  });
});

describe.concurrent("enums and types", () => {
  const literal = (query: string) => async (b: Board) =>
    (await rawPost(JSON.stringify({ query, variables: { ws: b.workspace.id, id: b.todo.id } }), b.owner.token)).result;

  rejects([
    {
      title: "an unknown status literal in createTask",
      code: "BAD_USER_INPUT",
      run: literal(`mutation ($ws: ID!) { createTask(input: { workspaceId: $ws, title: "x", status: DOING }) { id } }`),
    },
    {
      title: "an unknown priority literal in updateTask",
      code: "BAD_USER_INPUT",
      run: literal(`mutation ($id: ID!) { updateTask(input: { id: $id, priority: CRITICAL }) { id } }`),
    },
    {
      title: "an unknown status literal in moveTask",
      code: "BAD_USER_INPUT",
      run: literal(`mutation ($id: ID!) { moveTask(input: { id: $id, status: ARCHIVED }) { id } }`),
    },
    {
      title: "a status given as a string literal instead of an enum",
      code: "BAD_USER_INPUT",
      run: literal(`mutation ($id: ID!) { moveTask(input: { id: $id, status: "DONE" }) { id } }`),
    },
    {
      title: "an unknown status variable in createTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x", status: as("DOING") } }, b.owner.token),
    },
    {
      title: "an unknown priority variable in updateTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: b.todo.id, priority: as("CRITICAL") } }, b.owner.token),
    },
    {
      title: "an unknown status variable in moveTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: b.todo.id, status: as("ARCHIVED") } }, b.owner.token),
    },
    {
      title: "a lower-case status variable in moveTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: b.todo.id, status: as("done") } }, b.owner.token),
    },
    {
      title: "an unknown role variable in inviteMember",
      code: "BAD_USER_INPUT",
      run: (b) =>
        request(Invite, { input: { workspaceId: b.workspace.id, email: "someone@example.com", role: as("SUPERUSER") } }, b.owner.token),
    },
    {
      title: "a title given as a number variable",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: as(42) } }, b.owner.token),
    },
    {
      title: "a missing required input variable",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, as({}), b.owner.token),
    },
    {
      title: "an unknown input field",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: as({ workspaceId: b.workspace.id, title: "x", colour: "red" }) }, b.owner.token),
    },
  ]);
});

describe.concurrent("assignees", () => {
  rejects([
    {
      title: "createTask assigned to a non-member",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x", assigneeId: b.stranger.id } }, b.owner.token),
    },
    {
      title: "updateTask assigned to a non-member",
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: b.todo.id, assigneeId: b.stranger.id } }, b.owner.token),
    },
    {
      title: "updateTask assigned to a user that does not exist",
      code: "BAD_USER_INPUT",
      run: (b) =>
        request(
          UpdateTask,
          { input: { id: b.todo.id, assigneeId: globalId("User", "00000000-0000-4000-8000-000000000000") } },
          b.owner.token,
        ),
    },
  ]);

  it("an invited user who has not accepted yet cannot be assigned (BAD_USER_INPUT)", async ({ expect }) => {
    const b = await board();
    const invitee = await signUp("Invitee");
    await ok(Invite, { input: { workspaceId: b.workspace.id, email: invitee.email, role: "MEMBER" } }, b.owner.token);
    const before = await b.state();
    expectError(
      await request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x", assigneeId: invitee.id } }, b.owner.token),
      "BAD_USER_INPUT",
    );
    expectError(await request(UpdateTask, { input: { id: b.todo.id, assigneeId: invitee.id } }, b.owner.token), "BAD_USER_INPUT");
    expect(await b.state()).toEqual(before);
  });
});

describe.concurrent("moveTask placement", () => {
  rejects([
    {
      title: "moveTask after a task in another column",
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "DONE", afterId: b.doing.id } }, b.owner.token),
    },
    {
      title: "moveTask within its own column after a task of another column",
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "TODO", afterId: b.doing.id } }, b.owner.token),
    },
    {
      title: "moveTask after itself",
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "TODO", afterId: b.todo.id } }, b.owner.token),
    },
    {
      title: "moveTask after itself into another column",
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "IN_PROGRESS", afterId: b.todo.id } }, b.owner.token),
    },
  ]);

  it("moveTask after a task of the target column works (the control case)", async ({ expect }) => {
    const b = await board();
    const { moveTask } = await ok(MoveTask, { input: { id: b.todo.id, status: "IN_PROGRESS", afterId: b.doing.id } }, b.owner.token);
    expect(moveTask.status).toBe("IN_PROGRESS");
    const { mine } = await b.state();
    const column = mine.tasks.edges.map((e) => e.node).filter((t) => t.status === "IN_PROGRESS");
    expect(column.map((t) => t.id)).toEqual([b.doing.id, b.todo.id]);
  });
});
