import { describe, it } from "vitest";
import {
  type Board,
  board,
  DeclineInvitation,
  expectError,
  globalId,
  Invite,
  Rename,
  RevokeInvitation,
  rejects,
  WorkspaceById,
} from "./support/bad-input.js";
import { ok, type Result, request } from "./support/client.js";
import { ChangeMemberRole, CreateTask, DeleteTask, MoveTask, RemoveMember, UpdateTask } from "./support/documents.js";

// IDs that are malformed, of another type, foreign or gone (support/bad-input.ts): a clear code, nothing written.

describe.concurrent("malformed IDs", () => {
  rejects([
    {
      title: '"nope" as workspaceId in createTask',
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: "nope", title: "x" } }, b.owner.token),
    },
    {
      title: '"" as workspaceId in createTask',
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: "", title: "x" } }, b.owner.token),
    },
    {
      title: "a Task ID as workspaceId in createTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: b.todo.id, title: "x" } }, b.owner.token),
    },
    {
      title: '"nope" as assigneeId in createTask',
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x", assigneeId: "nope" } }, b.owner.token),
    },
    {
      title: "a Workspace ID as assigneeId in createTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(CreateTask, { input: { workspaceId: b.workspace.id, title: "x", assigneeId: b.workspace.id } }, b.owner.token),
    },
    {
      title: '"nope" as id in updateTask',
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: "nope", title: "x" } }, b.owner.token),
    },
    {
      title: "a Workspace ID as id in updateTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: b.workspace.id, title: "x" } }, b.owner.token),
    },
    {
      title: "a User ID as id in updateTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: b.owner.id, title: "x" } }, b.owner.token),
    },
    {
      title: "a Task ID as assigneeId in updateTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(UpdateTask, { input: { id: b.todo.id, assigneeId: b.doing.id } }, b.owner.token),
    },
    {
      title: '"nope" as id in moveTask',
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: "nope", status: "DONE" } }, b.owner.token),
    },
    {
      title: "a Workspace ID as id in moveTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: b.workspace.id, status: "DONE" } }, b.owner.token),
    },
    {
      title: '"nope" as afterId in moveTask',
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "IN_PROGRESS", afterId: "nope" } }, b.owner.token),
    },
    {
      title: "a Workspace ID as afterId in moveTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(MoveTask, { input: { id: b.todo.id, status: "IN_PROGRESS", afterId: b.workspace.id } }, b.owner.token),
    },
    {
      title: '"nope" as id in deleteTask',
      code: "BAD_USER_INPUT",
      run: (b) => request(DeleteTask, { input: { id: "nope" } }, b.owner.token),
    },
    {
      title: "a Workspace ID as id in deleteTask",
      code: "BAD_USER_INPUT",
      run: (b) => request(DeleteTask, { input: { id: b.workspace.id } }, b.owner.token),
    },
    {
      title: '"nope" as workspaceId in renameWorkspace',
      code: "BAD_USER_INPUT",
      run: (b) => request(Rename, { input: { workspaceId: "nope", name: "x" } }, b.owner.token),
    },
    {
      title: "a Task ID as workspaceId in renameWorkspace",
      code: "BAD_USER_INPUT",
      run: (b) => request(Rename, { input: { workspaceId: b.todo.id, name: "x" } }, b.owner.token),
    },
    {
      title: "a Task ID as workspaceId in inviteMember",
      code: "BAD_USER_INPUT",
      run: (b) => request(Invite, { input: { workspaceId: b.todo.id, email: "a@example.com", role: "MEMBER" } }, b.owner.token),
    },
    {
      title: "a Workspace ID as userId in changeMemberRole",
      code: "BAD_USER_INPUT",
      run: (b) =>
        request(ChangeMemberRole, { input: { workspaceId: b.workspace.id, userId: b.workspace.id, role: "VIEWER" } }, b.owner.token),
    },
    {
      title: '"nope" as userId in removeMember',
      code: "BAD_USER_INPUT",
      run: (b) => request(RemoveMember, { input: { workspaceId: b.workspace.id, userId: "nope" } }, b.owner.token),
    },
    {
      title: "a Task ID as invitationId in revokeInvitation",
      code: "BAD_USER_INPUT",
      run: (b) => request(RevokeInvitation, { input: { invitationId: b.todo.id } }, b.owner.token),
    },
    {
      title: '"nope" as invitationId in declineInvitation',
      code: "BAD_USER_INPUT",
      run: (b) => request(DeclineInvitation, { input: { invitationId: "nope" } }, b.owner.token),
    },
    { title: '"nope" as id in workspace(id)', code: "BAD_USER_INPUT", run: (b) => request(WorkspaceById, { id: "nope" }, b.owner.token) },
    {
      title: "a Task ID as id in workspace(id)",
      code: "BAD_USER_INPUT",
      run: (b) => request(WorkspaceById, { id: b.todo.id }, b.owner.token),
    },
  ]);
});

describe.concurrent("foreign and missing IDs", () => {
  rejects([
    {
      title: "createTask in a foreign workspace",
      code: "NOT_FOUND",
      run: (b) => request(CreateTask, { input: { workspaceId: b.foreignWorkspace.id, title: "x" } }, b.owner.token),
    },
    {
      title: "renameWorkspace of a foreign workspace",
      code: "NOT_FOUND",
      run: (b) => request(Rename, { input: { workspaceId: b.foreignWorkspace.id, name: "Mine now" } }, b.owner.token),
    },
    {
      title: "inviteMember into a foreign workspace",
      code: "NOT_FOUND",
      run: (b) => request(Invite, { input: { workspaceId: b.foreignWorkspace.id, email: b.owner.email, role: "OWNER" } }, b.owner.token),
    },
    {
      title: "removeMember from a foreign workspace",
      code: "NOT_FOUND",
      run: (b) => request(RemoveMember, { input: { workspaceId: b.foreignWorkspace.id, userId: b.stranger.id } }, b.owner.token),
    },
    {
      title: "changeMemberRole in a foreign workspace",
      code: "NOT_FOUND",
      run: (b) =>
        request(ChangeMemberRole, { input: { workspaceId: b.foreignWorkspace.id, userId: b.stranger.id, role: "VIEWER" } }, b.owner.token),
    },
    {
      title: "updateTask of a foreign task",
      code: "NOT_FOUND",
      run: (b) => request(UpdateTask, { input: { id: b.foreignTask.id, title: "Mine now" } }, b.owner.token),
    },
    {
      title: "moveTask of a foreign task",
      code: "NOT_FOUND",
      run: (b) => request(MoveTask, { input: { id: b.foreignTask.id, status: "DONE" } }, b.owner.token),
    },
    {
      title: "deleteTask of a foreign task",
      code: "NOT_FOUND",
      run: (b) => request(DeleteTask, { input: { id: b.foreignTask.id } }, b.owner.token),
    },
    {
      title: "createTask in a workspace that does not exist",
      code: "NOT_FOUND",
      run: (b) =>
        request(
          CreateTask,
          { input: { workspaceId: globalId("Workspace", "00000000-0000-4000-8000-000000000000"), title: "x" } },
          b.owner.token,
        ),
    },
    {
      title: "updateTask of a task that does not exist",
      code: "NOT_FOUND",
      run: (b) =>
        request(UpdateTask, { input: { id: globalId("Task", "00000000-0000-4000-8000-000000000000"), title: "x" } }, b.owner.token),
    },
    {
      title: "deleteTask of a task ID that is not even a UUID",
      code: "NOT_FOUND",
      run: (b) => request(DeleteTask, { input: { id: globalId("Task", "no-such-task") } }, b.owner.token),
    },
    {
      title: "changeMemberRole of a user who is not a member",
      code: "NOT_FOUND",
      run: (b) =>
        request(ChangeMemberRole, { input: { workspaceId: b.workspace.id, userId: b.stranger.id, role: "VIEWER" } }, b.owner.token),
    },
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
      expect(foreign.errors![0]!.message).toBe(missing.errors![0]!.message);
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
