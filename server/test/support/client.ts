import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type GraphQLFormattedError, print } from "graphql";
import { type Client, createClient } from "graphql-ws";
import { inject } from "vitest";
import WebSocket from "ws";
import { graphql } from "../gql/index.js";
import { SignUp } from "./documents.js";

export const serverUrl = () => inject("serverUrl");

export interface Result<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** One GraphQL request over real HTTP, as any client would send it. */
export async function request<T, V>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  token?: string,
  url = serverUrl(),
): Promise<Result<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as Result<T>;
}

/** Data of a request that must succeed; fails the test with the server's errors otherwise. */
export async function ok<T, V>(document: TypedDocumentNode<T, V>, variables: V, token?: string, url?: string): Promise<T> {
  const result = await request(document, variables, token, url);
  if (result.errors?.length || !result.data) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The extensions.code of a request that must fail. */
export async function errorCode<T, V>(document: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<string | undefined> {
  const result = await request(document, variables, token);
  if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return result.errors[0]!.extensions?.code as string | undefined;
}

/** A refusal as clients switch on it: its coarse code and its stable reason (src/errors.ts). */
export async function refusal<T, V>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  token?: string,
): Promise<{ code: unknown; reason: unknown }> {
  const result = await request(document, variables, token);
  if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return { code: result.errors[0]!.extensions?.code, reason: result.errors[0]!.extensions?.reason };
}

const CreateWorkspace = graphql(`
  mutation TestCreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) { id name version }
  }
`);

const Invite = graphql(`
  mutation TestInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) { id role inviteUrl }
  }
`);

const Accept = graphql(`
  mutation TestAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { id status }
  }
`);

const WorkspaceState = graphql(`
  query TestWorkspaceState($id: ID!) {
    workspace(id: $id) {
      id
      name
      version
      members { role user { id email } }
      invitations { id email role status }
      tasks(first: 100) {
        totalCount
        edges { node { id title description status priority position version assignee { id } } }
      }
    }
  }
`);

/** Everything a rejected mutation must leave as it was: log head, name, members, invitations, tasks. */
export async function workspaceState(user: TestUser, workspaceId: string) {
  const { workspace } = await ok(WorkspaceState, { id: workspaceId }, user.token);
  if (!workspace) throw new Error("this user cannot see the workspace");
  return workspace;
}

let counter = 0;
export const uniqueEmail = (name: string) => `${name.toLowerCase()}-${process.pid}-${Date.now()}-${++counter}@example.com`;

export interface TestUser {
  token: string;
  id: string;
  name: string;
  email: string;
}

export async function signUp(name = "User"): Promise<TestUser> {
  const { signUp } = await ok(SignUp, { input: { email: uniqueEmail(name), password: "correct horse battery", name } });
  return { token: signUp.token, ...signUp.user };
}

export async function createWorkspace(owner: TestUser, name = "Acme") {
  return (await ok(CreateWorkspace, { input: { name } }, owner.token)).createWorkspace;
}

/** The token in an invite link (PUBLIC_URL/invite/<token>). */
export function inviteToken(inviteUrl: string | null | undefined): string {
  const match = /\/invite\/([^/?#]+)$/.exec(inviteUrl ?? "");
  if (!match) throw new Error(`not an invite link: ${inviteUrl}`);
  return match[1]!;
}

/** Invites a user with a role and has them accept through the invite link, the way people join. */
export async function addMember(
  owner: TestUser,
  workspaceId: string,
  member: TestUser,
  role: "OWNER" | "ADMIN" | "MEMBER" | "VIEWER",
  url?: string,
) {
  const { inviteMember } = await ok(Invite, { input: { workspaceId, email: member.email, role } }, owner.token, url);
  await ok(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }, member.token, url);
}

/** A workspace with one user per role. */
export async function team() {
  const owner = await signUp("Owner");
  const workspace = await createWorkspace(owner);
  const admin = await signUp("Admin");
  const member = await signUp("Member");
  const viewer = await signUp("Viewer");
  const outsider = await signUp("Outsider");
  await addMember(owner, workspace.id, admin, "ADMIN");
  await addMember(owner, workspace.id, member, "MEMBER");
  await addMember(owner, workspace.id, viewer, "VIEWER");
  return { owner, admin, member, viewer, outsider, workspace };
}

/** A real graphql-ws client over a real socket. */
export function wsClient(token?: string, url = serverUrl(), options: Partial<Parameters<typeof createClient>[0]> = {}): Client {
  return createClient({
    url: `${url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // Tests read a close through on("closed") and each subscription's error; by default a non-lazy client
    // also prints the whole CloseEvent, a hundred and fifty lines of noise in the run's log per expected close.
    onNonLazyError: () => {},
    ...options,
  });
}

/** Collects a subscription's results so a test can wait for them and see how it ended. */
export class Subscription<T> {
  readonly results: Result<T>[] = [];
  readonly done: Promise<"complete" | "error">;
  error: unknown;
  private waiters: (() => void)[] = [];
  readonly dispose: () => void;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any operation's variables
  constructor(client: Client, document: TypedDocumentNode<T, any>, variables: Record<string, unknown>) {
    let settle!: (how: "complete" | "error") => void;
    this.done = new Promise((resolve) => (settle = resolve));
    this.dispose = client.subscribe<T>(
      { query: print(document), variables },
      {
        next: (value) => {
          this.results.push(value as Result<T>);
          for (const wake of this.waiters.splice(0)) wake();
        },
        error: (error) => {
          this.error = error;
          settle("error");
          for (const wake of this.waiters.splice(0)) wake();
        },
        complete: () => {
          settle("complete");
          for (const wake of this.waiters.splice(0)) wake();
        },
      },
    );
  }

  get data(): T[] {
    return this.results.filter((r) => r.data).map((r) => r.data as T);
  }

  /** Resolves once `count` results have arrived; rejects after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 5_000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.results.length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`waited ${timeoutMs} ms for ${count} results, got ${this.results.length}: ${JSON.stringify(this.results)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.data;
  }
}

/** How the server answers `me` for a token over raw HTTP: the user, or the status and code it refused with. */
export async function meOf(url: string, token: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "query { me { id } }" }),
  });
  const body = (await response.json()) as { data?: { me: { id: string } | null }; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, id: body.data?.me?.id ?? null, code: body.errors?.[0]?.extensions?.code ?? null };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
