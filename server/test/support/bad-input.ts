import { expect, it } from "vitest";
import { graphql } from "../gql/index.js";
import { createWorkspace, ok, type Result, serverUrl, signUp, workspaceState } from "./client.js";
import { CreateTask } from "./documents.js";

// Shared by the bad-input-*.test.ts suites. Every bad input gets a clear error with extensions.code, and writes
// nothing: the workspace log version, its tasks, members and invitations (and, for accounts, the users) are
// exactly as before.

export const Workspaces = graphql(`
  query BadWorkspaces {
    workspaces { id name version }
  }
`);

export const WorkspaceById = graphql(`
  query BadWorkspaceById($id: ID!) {
    workspace(id: $id) { id }
  }
`);

export const CreateWorkspace = graphql(`
  mutation BadCreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) { id }
  }
`);

export const Rename = graphql(`
  mutation BadRename($input: RenameWorkspaceInput!) {
    renameWorkspace(input: $input) { id name }
  }
`);

export const Invite = graphql(`
  mutation BadInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) { id email role inviteUrl }
  }
`);

export const Accept = graphql(`
  mutation BadAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { id status }
  }
`);

export const RevokeInvitation = graphql(`
  mutation BadRevokeInvitation($input: InvitationIdInput!) {
    revokeInvitation(input: $input) { id status }
  }
`);

export const DeclineInvitation = graphql(`
  mutation BadDeclineInvitation($input: DeclineInvitationInput!) {
    declineInvitation(input: $input) { id status }
  }
`);

export type Code = "BAD_USER_INPUT" | "NOT_FOUND" | "UNAUTHENTICATED" | "CONFLICT" | "FORBIDDEN";

/**
 * Asserts a request failed with exactly this code, a readable message, and no data: `data` is null, or for
 * a nullable root field such as `workspace(id)`, that field is null.
 */
export function expectError(result: Result<unknown>, code: Code) {
  expect(result.errors, `expected ${code}, got data ${JSON.stringify(result.data)}`).toBeDefined();
  expect(result.errors![0]!.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  expect(result.errors![0]!.message).toMatch(/\w/);
  const data = (result.data ?? null) as Record<string, unknown> | null;
  if (data !== null)
    expect(
      Object.values(data).every((v) => v === null),
      JSON.stringify(data),
    ).toBe(true);
}

/** A POST whose body is exactly `body`, for requests no well-behaved client would send. */
export async function rawPost(body: string, token?: string): Promise<{ status: number; result: Result<unknown> }> {
  const response = await fetch(`${serverUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, result: (await response.json()) as Result<unknown> };
}

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/**
 * The caller's workspace with a task in TODO and one in IN_PROGRESS, and a stranger with a workspace and
 * task of their own. `state()` reads both workspaces and the caller's workspace list, for before/after.
 */
export async function board() {
  const owner = await signUp("Owner");
  const workspace = await createWorkspace(owner);
  const stranger = await signUp("Stranger");
  const foreignWorkspace = await createWorkspace(stranger, "Elsewhere");
  const todo = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Todo task" } }, owner.token)).createTask;
  const doing = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Doing task", status: "IN_PROGRESS" } }, owner.token))
    .createTask;
  const foreignTask = (await ok(CreateTask, { input: { workspaceId: foreignWorkspace.id, title: "Foreign task" } }, stranger.token))
    .createTask;
  const state = async () => ({
    mine: await workspaceState(owner, workspace.id),
    foreign: await workspaceState(stranger, foreignWorkspace.id),
    myWorkspaces: (await ok(Workspaces, {}, owner.token)).workspaces,
    strangerWorkspaces: (await ok(Workspaces, {}, stranger.token)).workspaces,
  });
  return { owner, workspace, stranger, foreignWorkspace, todo, doing, foreignTask, state };
}

export type Board = Awaited<ReturnType<typeof board>>;

export interface Case {
  title: string;
  code: Code;
  run(b: Board): Promise<Result<unknown>>;
}

/** Runs each case on a fresh board: the exact code, no data, and both workspaces unchanged. */
export function rejects(cases: Case[]) {
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

export const as = (value: unknown) => value as never;
