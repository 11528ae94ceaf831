import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, inviteToken, ok, request, serverUrl, signUp, uniqueEmail, type Result, workspaceState } from "./support/client.js";
import { ChangeMemberRole, CreateTask, DeleteTask, MoveTask, RemoveMember, SignIn, SignUp, UpdateTask } from "./support/documents.js";

// Every bad input gets a clear error with extensions.code, and writes nothing: the workspace log version,
// its tasks, members and invitations (and, for accounts, the users) are exactly as before.

const Workspaces = graphql(`
  query BadWorkspaces {
    workspaces { id name version }
  }
`);

const WorkspaceById = graphql(`
  query BadWorkspaceById($id: ID!) {
    workspace(id: $id) { id }
  }
`);

const CreateWorkspace = graphql(`
  mutation BadCreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) { id }
  }
`);

const Rename = graphql(`
  mutation BadRename($input: RenameWorkspaceInput!) {
    renameWorkspace(input: $input) { id name }
  }
`);

const Invite = graphql(`
  mutation BadInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) { id email role inviteUrl }
  }
`);

const Accept = graphql(`
  mutation BadAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { id status }
  }
`);

const RevokeInvitation = graphql(`
  mutation BadRevokeInvitation($input: InvitationIdInput!) {
    revokeInvitation(input: $input) { id status }
  }
`);

const DeclineInvitation = graphql(`
  mutation BadDeclineInvitation($input: DeclineInvitationInput!) {
    declineInvitation(input: $input) { id status }
  }
`);

type Code = "BAD_USER_INPUT" | "NOT_FOUND" | "UNAUTHENTICATED" | "CONFLICT" | "FORBIDDEN";

/**
 * Asserts a request failed with exactly this code, a readable message, and no data: `data` is null, or for
 * a nullable root field such as `workspace(id)`, that field is null.
 */
function expectError(result: Result<unknown>, code: Code) {
  expect(result.errors, `expected ${code}, got data ${JSON.stringify(result.data)}`).toBeDefined();
  expect(result.errors![0].extensions?.code, JSON.stringify(result.errors)).toBe(code);
  expect(result.errors![0].message).toMatch(/\w/);
  const data = (result.data ?? null) as Record<string, unknown> | null;
  if (data !== null) expect(Object.values(data).every((v) => v === null), JSON.stringify(data)).toBe(true);
}

/** A POST whose body is exactly `body`, for requests no well-behaved client would send. */
async function rawPost(body: string, token?: string): Promise<{ status: number; result: Result<unknown> }> {
  const response = await fetch(`${serverUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, result: (await response.json()) as Result<unknown> };
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/**
 * The caller's workspace with a task in TODO and one in IN_PROGRESS, and a stranger with a workspace and
 * task of their own. `state()` reads both workspaces and the caller's workspace list, for before/after.
 */
async function board() {
  const owner = await signUp("Owner");
  const workspace = await createWorkspace(owner);
  const stranger = await signUp("Stranger");
  const foreignWorkspace = await createWorkspace(stranger, "Elsewhere");
  const todo = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Todo task" } }, owner.token)).createTask;
  const doing = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Doing task", status: "IN_PROGRESS" } }, owner.token)).createTask;
  const foreignTask = (await ok(CreateTask, { input: { workspaceId: foreignWorkspace.id, title: "Foreign task" } }, stranger.token)).createTask;
  const state = async () => ({
    mine: await workspaceState(owner, workspace.id),
    foreign: await workspaceState(stranger, foreignWorkspace.id),
    myWorkspaces: (await ok(Workspaces, {}, owner.token)).workspaces,
    strangerWorkspaces: (await ok(Workspaces, {}, stranger.token)).workspaces,
  });
  return { owner, workspace, stranger, foreignWorkspace, todo, doing, foreignTask, state };
}

type Board = Awaited<ReturnType<typeof board>>;

interface Case {
  title: string;
  code: Code;
  run(b: Board): Promise<Result<unknown>>;
}

/** Runs each case on a fresh board: the exact code, no data, and both workspaces unchanged. */
function rejects(cases: Case[]) {
  for (const { title, code, run } of cases) {
    it(`${title} → ${code}`, async ({ expect }) => {
      const b = await board();
      const before = await b.state();
      expectError(await run(b), code);
      const after = await b.state();
      expect(after.mine.version).toBe(before.mine.version);
      expect(after.foreign.version).toBe(before.foreign.version);
      expect(after).toEqual(before);
    });
  }
}

const as = (value: unknown) => value as never;

describe.concurrent("titles", () => {
  rejects([
    { title: "createTask with an empty title", code: "BAD_USER_INPUT", run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "" } }, b.owner.token) },
    { title: "createTask with a whitespace title", code: "BAD_USER_INPUT", run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "  \t\n " } }, b.owner.token) },
    { title: "createTask with a 501-character title", code: "BAD_USER_INPUT", run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x".repeat(501) } }, b.owner.token) },
    { title: "updateTask with an empty title", code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: b.todo.id, title: "" } }, b.owner.token) },
    { title: "updateTask with a whitespace title", code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: b.todo.id, title: "   " } }, b.owner.token) },
    { title: "updateTask with a 501-character title", code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: b.todo.id, title: "y".repeat(501) } }, b.owner.token) },
    { title: "updateTask with a bad title and a good priority", code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: b.todo.id, title: " ", priority: "URGENT" } }, b.owner.token) },
    { title: "createWorkspace with a whitespace name", code: "BAD_USER_INPUT", run: (b) => request(CreateWorkspace, { input: { name: "   " } }, b.owner.token) },
    { title: "renameWorkspace with an empty name", code: "BAD_USER_INPUT", run: (b) => request(Rename, { input: { workspaceId: b.workspace.id, name: "" } }, b.owner.token) },
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
      run: (b) => request(Invite, { input: { workspaceId: b.workspace.id, email: "someone@example.com", role: as("SUPERUSER") } }, b.owner.token),
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

describe.concurrent("malformed IDs", () => {
  rejects([
    { title: '"nope" as workspaceId in createTask', code: "BAD_USER_INPUT", run: (b) => request(CreateTask, { input: { workspaceId: "nope", title: "x" } }, b.owner.token) },
    { title: '"" as workspaceId in createTask', code: "BAD_USER_INPUT", run: (b) => request(CreateTask, { input: { workspaceId: "", title: "x" } }, b.owner.token) },
    { title: "a Task ID as workspaceId in createTask", code: "BAD_USER_INPUT", run: (b) => request(CreateTask, { input: { workspaceId: b.todo.id, title: "x" } }, b.owner.token) },
    { title: '"nope" as assigneeId in createTask', code: "BAD_USER_INPUT", run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x", assigneeId: "nope" } }, b.owner.token) },
    { title: "a Workspace ID as assigneeId in createTask", code: "BAD_USER_INPUT", run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x", assigneeId: b.workspace.id } }, b.owner.token) },
    { title: '"nope" as id in updateTask', code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: "nope", title: "x" } }, b.owner.token) },
    { title: "a Workspace ID as id in updateTask", code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: b.workspace.id, title: "x" } }, b.owner.token) },
    { title: "a User ID as id in updateTask", code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: b.owner.id, title: "x" } }, b.owner.token) },
    { title: "a Task ID as assigneeId in updateTask", code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: b.todo.id, assigneeId: b.doing.id } }, b.owner.token) },
    { title: '"nope" as id in moveTask', code: "BAD_USER_INPUT", run: (b) => request(MoveTask, { input: { id: "nope", status: "DONE" } }, b.owner.token) },
    { title: "a Workspace ID as id in moveTask", code: "BAD_USER_INPUT", run: (b) => request(MoveTask, { input: { id: b.workspace.id, status: "DONE" } }, b.owner.token) },
    { title: '"nope" as afterId in moveTask', code: "BAD_USER_INPUT", run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "IN_PROGRESS", afterId: "nope" } }, b.owner.token) },
    { title: "a Workspace ID as afterId in moveTask", code: "BAD_USER_INPUT", run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "IN_PROGRESS", afterId: b.workspace.id } }, b.owner.token) },
    { title: '"nope" as id in deleteTask', code: "BAD_USER_INPUT", run: (b) => request(DeleteTask, { input: { id: "nope" } }, b.owner.token) },
    { title: "a Workspace ID as id in deleteTask", code: "BAD_USER_INPUT", run: (b) => request(DeleteTask, { input: { id: b.workspace.id } }, b.owner.token) },
    { title: '"nope" as workspaceId in renameWorkspace', code: "BAD_USER_INPUT", run: (b) => request(Rename, { input: { workspaceId: "nope", name: "x" } }, b.owner.token) },
    { title: "a Task ID as workspaceId in renameWorkspace", code: "BAD_USER_INPUT", run: (b) => request(Rename, { input: { workspaceId: b.todo.id, name: "x" } }, b.owner.token) },
    { title: "a Task ID as workspaceId in inviteMember", code: "BAD_USER_INPUT", run: (b) => request(Invite, { input: { workspaceId: b.todo.id, email: "a@example.com", role: "MEMBER" } }, b.owner.token) },
    { title: "a Workspace ID as userId in changeMemberRole", code: "BAD_USER_INPUT", run: (b) => request(ChangeMemberRole, { input: { workspaceId: b.workspace.id, userId: b.workspace.id, role: "VIEWER" } }, b.owner.token) },
    { title: '"nope" as userId in removeMember', code: "BAD_USER_INPUT", run: (b) => request(RemoveMember, { input: { workspaceId: b.workspace.id, userId: "nope" } }, b.owner.token) },
    { title: "a Task ID as invitationId in revokeInvitation", code: "BAD_USER_INPUT", run: (b) => request(RevokeInvitation, { input: { invitationId: b.todo.id } }, b.owner.token) },
    { title: '"nope" as invitationId in declineInvitation', code: "BAD_USER_INPUT", run: (b) => request(DeclineInvitation, { input: { invitationId: "nope" } }, b.owner.token) },
    { title: '"nope" as id in workspace(id)', code: "BAD_USER_INPUT", run: (b) => request(WorkspaceById, { id: "nope" }, b.owner.token) },
    { title: "a Task ID as id in workspace(id)", code: "BAD_USER_INPUT", run: (b) => request(WorkspaceById, { id: b.todo.id }, b.owner.token) },
  ]);
});

describe.concurrent("foreign and missing IDs", () => {
  rejects([
    { title: "createTask in a foreign workspace", code: "NOT_FOUND", run: (b) => request(CreateTask, { input: { workspaceId: b.foreignWorkspace.id, title: "x" } }, b.owner.token) },
    { title: "renameWorkspace of a foreign workspace", code: "NOT_FOUND", run: (b) => request(Rename, { input: { workspaceId: b.foreignWorkspace.id, name: "Mine now" } }, b.owner.token) },
    { title: "inviteMember into a foreign workspace", code: "NOT_FOUND", run: (b) => request(Invite, { input: { workspaceId: b.foreignWorkspace.id, email: b.owner.email, role: "OWNER" } }, b.owner.token) },
    { title: "removeMember from a foreign workspace", code: "NOT_FOUND", run: (b) => request(RemoveMember, { input: { workspaceId: b.foreignWorkspace.id, userId: b.stranger.id } }, b.owner.token) },
    { title: "changeMemberRole in a foreign workspace", code: "NOT_FOUND", run: (b) => request(ChangeMemberRole, { input: { workspaceId: b.foreignWorkspace.id, userId: b.stranger.id, role: "VIEWER" } }, b.owner.token) },
    { title: "updateTask of a foreign task", code: "NOT_FOUND", run: (b) => request(UpdateTask, { input: { id: b.foreignTask.id, title: "Mine now" } }, b.owner.token) },
    { title: "moveTask of a foreign task", code: "NOT_FOUND", run: (b) => request(MoveTask, { input: { id: b.foreignTask.id, status: "DONE" } }, b.owner.token) },
    { title: "deleteTask of a foreign task", code: "NOT_FOUND", run: (b) => request(DeleteTask, { input: { id: b.foreignTask.id } }, b.owner.token) },
    { title: "createTask in a workspace that does not exist", code: "NOT_FOUND", run: (b) => request(CreateTask, { input: { workspaceId: globalId("Workspace", "00000000-0000-4000-8000-000000000000"), title: "x" } }, b.owner.token) },
    { title: "updateTask of a task that does not exist", code: "NOT_FOUND", run: (b) => request(UpdateTask, { input: { id: globalId("Task", "00000000-0000-4000-8000-000000000000"), title: "x" } }, b.owner.token) },
    { title: "deleteTask of a task ID that is not even a UUID", code: "NOT_FOUND", run: (b) => request(DeleteTask, { input: { id: globalId("Task", "no-such-task") } }, b.owner.token) },
    { title: "changeMemberRole of a user who is not a member", code: "NOT_FOUND", run: (b) => request(ChangeMemberRole, { input: { workspaceId: b.workspace.id, userId: b.stranger.id, role: "VIEWER" } }, b.owner.token) },
  ]);

  // Non-members must not learn that a workspace, or a task in it, exists: same code, same words.
  const probes: { mutation: string; run: (b: Board, id: string) => Promise<Result<unknown>> }[] = [
    { mutation: "updateTask", run: (b, id) => request(UpdateTask, { input: { id, title: "x" } }, b.owner.token) },
    { mutation: "moveTask", run: (b, id) => request(MoveTask, { input: { id, status: "DONE" } }, b.owner.token) },
    { mutation: "deleteTask", run: (b, id) => request(DeleteTask, { input: { id } }, b.owner.token) },
  ];
  for (const { mutation, run } of probes) {
    it(`${mutation} of a foreign task is NOT_FOUND with the same message as a task that does not exist`, async ({ expect }) => {
      const b = await board();
      const foreign = await run(b, b.foreignTask.id);
      const missing = await run(b, globalId("Task", "00000000-0000-4000-8000-000000000000"));
      expectError(foreign, "NOT_FOUND");
      expectError(missing, "NOT_FOUND");
      expect(foreign.errors![0].message).toBe(missing.errors![0].message);
    });
  }

  it("a deleted task is NOT_FOUND for further edits", async ({ expect }) => {
    const b = await board();
    await ok(DeleteTask, { input: { id: b.todo.id } }, b.owner.token);
    const before = await b.state();
    expectError(await request(UpdateTask, { input: { id: b.todo.id, title: "Back" } }, b.owner.token), "NOT_FOUND");
    expectError(await request(DeleteTask, { input: { id: b.todo.id } }, b.owner.token), "NOT_FOUND");
    expect(await b.state()).toEqual(before);
  });
});

describe.concurrent("assignees", () => {
  rejects([
    { title: "createTask assigned to a non-member", code: "BAD_USER_INPUT", run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x", assigneeId: b.stranger.id } }, b.owner.token) },
    { title: "updateTask assigned to a non-member", code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: b.todo.id, assigneeId: b.stranger.id } }, b.owner.token) },
    { title: "updateTask assigned to a user that does not exist", code: "BAD_USER_INPUT", run: (b) => request(UpdateTask, { input: { id: b.todo.id, assigneeId: globalId("User", "00000000-0000-4000-8000-000000000000") } }, b.owner.token) },
  ]);

  it("an invited user who has not accepted yet cannot be assigned (BAD_USER_INPUT)", async ({ expect }) => {
    const b = await board();
    const invitee = await signUp("Invitee");
    await ok(Invite, { input: { workspaceId: b.workspace.id, email: invitee.email, role: "MEMBER" } }, b.owner.token);
    const before = await b.state();
    expectError(await request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x", assigneeId: invitee.id } }, b.owner.token), "BAD_USER_INPUT");
    expectError(await request(UpdateTask, { input: { id: b.todo.id, assigneeId: invitee.id } }, b.owner.token), "BAD_USER_INPUT");
    expect(await b.state()).toEqual(before);
  });
});

describe.concurrent("moveTask placement", () => {
  rejects([
    { title: "moveTask after a task in another column", code: "BAD_USER_INPUT", run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "DONE", afterId: b.doing.id } }, b.owner.token) },
    { title: "moveTask within its own column after a task of another column", code: "BAD_USER_INPUT", run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "TODO", afterId: b.doing.id } }, b.owner.token) },
    { title: "moveTask after itself", code: "BAD_USER_INPUT", run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "TODO", afterId: b.todo.id } }, b.owner.token) },
    { title: "moveTask after itself into another column", code: "BAD_USER_INPUT", run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "IN_PROGRESS", afterId: b.todo.id } }, b.owner.token) },
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

describe.concurrent("members and invitations", () => {
  rejects([
    { title: "inviting an existing member", code: "CONFLICT", run: (b) => request(Invite, { input: { workspaceId: b.workspace.id, email: b.owner.email, role: "VIEWER" } }, b.owner.token) },
    { title: "inviting an existing member by a differently cased email", code: "CONFLICT", run: (b) => request(Invite, { input: { workspaceId: b.workspace.id, email: `  ${b.owner.email.toUpperCase()} `, role: "VIEWER" } }, b.owner.token) },
    { title: "inviting a malformed email", code: "BAD_USER_INPUT", run: (b) => request(Invite, { input: { workspaceId: b.workspace.id, email: "not-an-email", role: "VIEWER" } }, b.owner.token) },
  ]);

  it("inviting a member who joined → CONFLICT, and nothing changes", async ({ expect }) => {
    const b = await board();
    const joined = await signUp("Joined");
    await addMember(b.owner, b.workspace.id, joined, "MEMBER");
    const before = await b.state();
    expectError(await request(Invite, { input: { workspaceId: b.workspace.id, email: joined.email, role: "ADMIN" } }, b.owner.token), "CONFLICT");
    const after = await b.state();
    expect(after).toEqual(before);
    expect(after.mine.members.find((m) => m.user.id === joined.id)?.role).toBe("MEMBER");
  });

  it("accepting with a token that is not the invite link's → NOT_FOUND; the invitation stays pending for the link", async ({ expect }) => {
    const b = await board();
    const invitee = await signUp("Invitee");
    const { inviteMember } = await ok(Invite, { input: { workspaceId: b.workspace.id, email: invitee.email, role: "MEMBER" } }, b.owner.token);
    const before = await b.state();
    expect(before.mine.invitations).toEqual([{ id: inviteMember.id, email: invitee.email, role: "MEMBER", status: "PENDING" }]);

    const token = inviteToken(inviteMember.inviteUrl);
    // A near miss, the invitation's ID, an empty and an absurdly long token: all indistinguishable from no invitation.
    for (const wrong of [`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, inviteMember.id, "", "x".repeat(5000)]) {
      expectError(await request(Accept, { input: { token: wrong } }, b.stranger.token), "NOT_FOUND");
      expectError(await request(Accept, { input: { token: wrong } }, invitee.token), "NOT_FOUND");
    }
    const after = await b.state();
    expect(after).toEqual(before);
    expect(after.mine.members.map((m) => m.user.id)).not.toContain(b.stranger.id);
    expect((await ok(WorkspaceById, { id: b.workspace.id }, b.stranger.token)).workspace).toBeNull();

    // The link itself still works.
    expect((await ok(Accept, { input: { token } }, invitee.token)).acceptInvitation.status).toBe("ACCEPTED");
  });

  it("accepting an invitation twice → CONFLICT, and nothing changes", async ({ expect }) => {
    const b = await board();
    const invitee = await signUp("Invitee");
    const { inviteMember } = await ok(Invite, { input: { workspaceId: b.workspace.id, email: invitee.email, role: "VIEWER" } }, b.owner.token);
    await ok(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }, invitee.token);
    const before = await b.state();
    expectError(await request(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }, invitee.token), "CONFLICT");
    expect(await b.state()).toEqual(before);
  });

  it("a signed-out acceptInvitation → UNAUTHENTICATED, and nothing changes", async ({ expect }) => {
    const b = await board();
    const invitee = await signUp("Invitee");
    const { inviteMember } = await ok(Invite, { input: { workspaceId: b.workspace.id, email: invitee.email, role: "VIEWER" } }, b.owner.token);
    const before = await b.state();
    expectError(await request(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }), "UNAUTHENTICATED");
    expect(await b.state()).toEqual(before);
  });
});

describe.concurrent("accounts", () => {
  const password = "correct horse battery";

  it("signUp with a taken email → BAD_USER_INPUT; the account and its password are untouched", async ({ expect }) => {
    const email = uniqueEmail("taken");
    const first = (await ok(SignUp, { input: { email, password, name: "First" } })).signUp;
    for (const attempt of [email, `  ${email.toUpperCase()}  `]) {
      expectError(await request(SignUp, { input: { email: attempt, password: "another password 123", name: "Second" } }), "BAD_USER_INPUT");
    }
    // The rejected credentials do not work; the original ones still do, for the same, unrenamed user.
    expectError(await request(SignIn, { input: { email, password: "another password 123" } }), "UNAUTHENTICATED");
    const again = (await ok(SignIn, { input: { email, password } })).signIn;
    expect(again.user).toEqual(first.user);
    expect(again.user.name).toBe("First");
  });

  it("signUp with a 7-character password → BAD_USER_INPUT and no account; 8 uncommon characters are fine", async ({ expect }) => {
    const email = uniqueEmail("short");
    expectError(await request(SignUp, { input: { email, password: "1234567", name: "Short" } }), "BAD_USER_INPUT");
    expectError(await request(SignIn, { input: { email, password: "1234567" } }), "UNAUTHENTICATED");
    // Nothing was written: the email is still free.
    const { signUp: created } = await ok(SignUp, { input: { email, password: "xk2#pq9z", name: "Short" } });
    expect(created.user.email).toBe(email);
  });

  const badSignUps: { title: string; input: { email: string; password: string; name: string } }[] = [
    { title: "an empty password", input: { email: "", password: "", name: "X" } },
    { title: "a malformed email", input: { email: "no-at-sign", password, name: "X" } },
    { title: "a whitespace name", input: { email: "", password, name: "   " } },
  ];
  for (const { title, input } of badSignUps) {
    it(`signUp with ${title} → BAD_USER_INPUT and no account`, async ({ expect }) => {
      const attempt = { ...input, email: input.email || uniqueEmail("bad") };
      expectError(await request(SignUp, { input: attempt }), "BAD_USER_INPUT");
      expectError(await request(SignIn, { input: { email: attempt.email, password: attempt.password } }), "UNAUTHENTICATED");
    });
  }

  it("a wrong password → UNAUTHENTICATED with the same message as an unknown email, and no token", async ({ expect }) => {
    const user = await signUp("Victim");
    const wrong = await request(SignIn, { input: { email: user.email, password: "wrong password!" } });
    const unknown = await request(SignIn, { input: { email: uniqueEmail("nobody"), password: "wrong password!" } });
    expectError(wrong, "UNAUTHENTICATED");
    expectError(unknown, "UNAUTHENTICATED");
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.errors).toEqual(unknown.errors);
    // The right password still works.
    expect((await ok(SignIn, { input: { email: user.email, password } })).signIn.user.id).toBe(user.id);
  });
});

describe.concurrent("unparsable requests", () => {
  it("a malformed JSON body → BAD_USER_INPUT and no data", async ({ expect }) => {
    const { status, result } = await rawPost("{bad");
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expectError(result, "BAD_USER_INPUT");
    expect(result).not.toHaveProperty("data");
  });

  it("a truncated JSON body carrying a mutation → BAD_USER_INPUT, and the mutation does not run", async ({ expect }) => {
    const b = await board();
    const before = await b.state();
    const body = JSON.stringify({ query: `mutation { createWorkspace(input: { name: "Sneaky" }) { id } }` }).slice(0, -1);
    const { result } = await rawPost(body, b.owner.token);
    expectError(result, "BAD_USER_INPUT");
    expect(result).not.toHaveProperty("data");
    expect(await b.state()).toEqual(before);
  });

  it("a syntactically broken query → BAD_USER_INPUT, and nothing runs", async ({ expect }) => {
    const b = await board();
    const before = await b.state();
    const query = `mutation { createTask(input: { workspaceId: "${b.workspace.id}", title: "x" }) { id }`;
    const { result } = await rawPost(JSON.stringify({ query }), b.owner.token);
    expectError(result, "BAD_USER_INPUT");
    expect(result).not.toHaveProperty("data");
    expect(await b.state()).toEqual(before);
  });

  it("a body without a query → BAD_USER_INPUT", async ({ expect }) => {
    const { result } = await rawPost(JSON.stringify({ variables: {} }));
    expectError(result, "BAD_USER_INPUT");
  });
});
