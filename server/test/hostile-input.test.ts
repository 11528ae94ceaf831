import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspace, serverUrl, signUp, type TestUser, uniqueEmail, workspaceState, wsClient } from "./support/client.js";

// Text PostgreSQL cannot store (NUL) or Prisma cannot encode (unpaired UTF-16 surrogates) is BAD_USER_INPUT
// naming the argument path, before anything runs: in every string argument, inline or in variables, in the
// decoded text of IDs and cursors, over HTTP and graphql-ws, and nothing is written.

const NUL = "\u0000";
const HIGH = "\ud800";
const LOW = "\udc00";
const b64 = (text: string) => Buffer.from(text).toString("base64");

interface Raw {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** A raw GraphQL POST: hostile clients send what they like, so no typed documents here. */
async function post(query: string, variables: Record<string, unknown>, token?: string): Promise<Raw> {
  const response = await fetch(`${serverUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Raw["body"] };
}

interface Fixture {
  owner: TestUser;
  workspaceId: string;
  taskId: string;
}

interface Case {
  name: string;
  query: string;
  variables: (f: Fixture) => Record<string, unknown>;
  field: string;
}

const CreateTask = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
const UpdateTask = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`;
const MoveTask = `mutation($input: MoveTaskInput!) { moveTask(input: $input) { id } }`;
const DeleteTask = `mutation($input: DeleteTaskInput!) { deleteTask(input: $input) }`;
const Rename = `mutation($input: RenameWorkspaceInput!) { renameWorkspace(input: $input) { id } }`;
const Invite = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const SetPresence = `mutation($input: SetPresenceInput!) { setPresence(input: $input) }`;
const Tasks = `query($id: ID!, $after: String, $assigneeId: ID) {
  workspace(id: $id) { tasks(first: 5, after: $after, assigneeId: $assigneeId) { totalCount } }
}`;

const cases: Case[] = [
  {
    name: "createTask title with NUL",
    query: CreateTask,
    variables: (f) => ({ input: { workspaceId: f.workspaceId, title: `a${NUL}b` } }),
    field: "input.title",
  },
  {
    name: "createTask title with a lone high surrogate",
    query: CreateTask,
    variables: (f) => ({ input: { workspaceId: f.workspaceId, title: `a${HIGH}b` } }),
    field: "input.title",
  },
  {
    name: "createTask description with a lone low surrogate",
    query: CreateTask,
    variables: (f) => ({ input: { workspaceId: f.workspaceId, title: "ok", description: `${LOW}x` } }),
    field: "input.description",
  },
  {
    name: "createTask clientMutationId with NUL",
    query: CreateTask,
    variables: (f) => ({ input: { workspaceId: f.workspaceId, title: "ok", clientMutationId: `id${NUL}` } }),
    field: "input.clientMutationId",
  },
  {
    name: "createTask workspaceId decoding to NUL",
    query: CreateTask,
    variables: () => ({ input: { workspaceId: b64(`Workspace:w${NUL}`), title: "ok" } }),
    field: "input.workspaceId",
  },
  {
    name: "createTask assigneeId decoding to NUL",
    query: CreateTask,
    variables: (f) => ({ input: { workspaceId: f.workspaceId, title: "ok", assigneeId: b64(`User:${NUL}`) } }),
    field: "input.assigneeId",
  },
  {
    name: "createTask title inline literal with \\u0000",
    query: `mutation($ws: ID!) { createTask(input: { workspaceId: $ws, title: "a\\u0000b" }) { id } }`,
    variables: (f) => ({ ws: f.workspaceId }),
    field: "input.title",
  },
  {
    name: "updateTask description with NUL",
    query: UpdateTask,
    variables: (f) => ({ input: { id: f.taskId, title: "fine", description: `x${NUL}` } }),
    field: "input.description",
  },
  {
    name: "updateTask id decoding to NUL",
    query: UpdateTask,
    variables: () => ({ input: { id: b64(`Task:t${NUL}`), title: "fine" } }),
    field: "input.id",
  },
  {
    name: "moveTask afterId decoding to NUL",
    query: MoveTask,
    variables: (f) => ({ input: { id: f.taskId, status: "DONE", afterId: b64(`Task:${NUL}`) } }),
    field: "input.afterId",
  },
  { name: "deleteTask id with a raw NUL", query: DeleteTask, variables: () => ({ input: { id: `abc${NUL}` } }), field: "input.id" },
  {
    name: "renameWorkspace name with a lone surrogate",
    query: Rename,
    variables: (f) => ({ input: { workspaceId: f.workspaceId, name: `Acme${HIGH}` } }),
    field: "input.name",
  },
  {
    name: "inviteMember email with NUL",
    query: Invite,
    variables: (f) => ({ input: { workspaceId: f.workspaceId, email: `x${NUL}@example.com`, role: "MEMBER" } }),
    field: "input.email",
  },
  {
    name: "setPresence taskId decoding to NUL",
    query: SetPresence,
    variables: (f) => ({ input: { workspaceId: f.workspaceId, taskId: b64(`Task:${NUL}`) } }),
    field: "input.taskId",
  },
  {
    name: "workspace(id) decoding to NUL",
    query: `query($id: ID!) { workspace(id: $id) { id } }`,
    variables: () => ({ id: b64(`Workspace:${NUL}`) }),
    field: "id",
  },
  { name: "node(id) with a raw NUL", query: `query($id: ID!) { node(id: $id) { id } }`, variables: () => ({ id: `x${NUL}` }), field: "id" },
  {
    name: "tasks(after) cursor decoding to NUL",
    query: Tasks,
    variables: (f) => ({ id: f.workspaceId, after: b64(`GPC:S:${NUL}`) }),
    field: "after",
  },
  {
    name: "tasks(after) cursor with NUL escaped in its JSON",
    query: Tasks,
    variables: (f) => ({ id: f.workspaceId, after: b64('GPC:O:{"id":"\\u0000"}') }),
    field: "after",
  },
  {
    name: "tasks(assigneeId) decoding to NUL",
    query: Tasks,
    variables: (f) => ({ id: f.workspaceId, assigneeId: b64(`User:${NUL}`) }),
    field: "assigneeId",
  },
  {
    name: "NUL inside a fragment, behind an alias",
    query: `query($id: ID!) { ...Board } fragment Board on Query { w: workspace(id: $id) { id } }`,
    variables: () => ({ id: `W${NUL}` }),
    field: "id",
  },
];

describe("NUL and unpaired surrogates in arguments", () => {
  let fixture: Fixture;
  let before: Awaited<ReturnType<typeof workspaceState>>;

  beforeAll(async () => {
    const owner = await signUp("Hostile");
    const workspace = await createWorkspace(owner);
    const created = await post(CreateTask, { input: { workspaceId: workspace.id, title: "Existing" } }, owner.token);
    const taskId = (created.body.data as { createTask: { id: string } }).createTask.id;
    fixture = { owner, workspaceId: workspace.id, taskId };
    before = await workspaceState(owner, workspace.id);
  });

  it.each(cases)("over HTTP: $name is BAD_USER_INPUT naming $field", async ({ query, variables, field }) => {
    const { body } = await post(query, variables(fixture), fixture.owner.token);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(body.errors![0]!.message).toContain(field);
  });

  it.each(cases)("over graphql-ws: $name is BAD_USER_INPUT naming $field", async ({ query, variables, field }) => {
    const client = wsClient(fixture.owner.token);
    try {
      const result = await firstResult(client, query, variables(fixture));
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    } finally {
      await client.dispose();
    }
  });

  it("wrote nothing: log head, name, tasks, members and invitations are as before the cases", async () => {
    expect(await workspaceState(fixture.owner, fixture.workspaceId)).toEqual(before);
  });

  it("a subscription with NUL in its workspaceId is refused before it starts, and the socket lives on", async () => {
    const client = wsClient(fixture.owner.token);
    try {
      const refused = await firstResult(client, `subscription($ws: ID!) { taskChanged(workspaceId: $ws) { version } }`, {
        ws: `${fixture.workspaceId}${NUL}`,
      });
      expect(refused.errors?.[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "workspaceId" });
      const fine = await firstResult(client, `query { me { id } }`, {});
      expect(fine.data).toEqual({ me: { id: fixture.owner.id } });
    } finally {
      await client.dispose();
    }
  });

  it("signUp with NUL in the name creates no account: the email is still free afterwards", async () => {
    const email = uniqueEmail("nul-signup");
    const input = { email, password: "correct horse battery", name: `Eve${NUL}` };
    const refused = await post(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input });
    expect(refused.body.errors?.[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
    const signIn = await post(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email, password: input.password },
    });
    expect(signIn.body.errors?.[0]!.extensions?.code).toBe("UNAUTHENTICATED");
    const again = await post(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { ...input, name: "Eve" } });
    expect(again.body.errors).toBeUndefined();
  });

  it("signIn with NUL in the email is BAD_USER_INPUT, not a server error", async () => {
    const { body } = await post(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: `a${NUL}@example.com`, password: "whatever" },
    });
    expect(body.errors?.[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.email" });
  });

  it("well-formed text that merely looks odd is stored as sent", async () => {
    // Emoji are surrogate *pairs*; "AAAA" is valid base64 of NUL bytes, but a title is not an ID.
    for (const title of ["Ship 🚀 it", "日本語のタイトル", "AAAA", "tab\tand\nnewline", "\u00e9\u0301"]) {
      const { body } = await post(
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { title } }`,
        { input: { workspaceId: fixture.workspaceId, title } },
        fixture.owner.token,
      );
      expect(body.errors).toBeUndefined();
      expect((body.data as { createTask: { title: string } }).createTask.title).toBe(title);
    }
  });
});

// The check walks the argument types, whatever the schema: lists and nested input objects included. A small
// server with the list shapes Taskgraph's schema does not have yet, in its own process.
describe("the input check on any schema", () => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    child = spawn(process.execPath, ["--import", "tsx", "test/support/list-schema-server.ts"], {
      cwd: path.join(import.meta.dirname, ".."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
    url = (JSON.parse(line) as { url: string }).url;
  });

  afterAll(() => {
    child?.kill("SIGTERM");
  });

  const send = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Raw["body"];
  };
  const saves = async () => ((await send("{ saves }")).data as { saves: number }).saves;

  it.each([
    { input: { tags: [{ name: "a" }, { name: `b${NUL}` }] }, field: "input.tags[1].name" },
    { input: { tags: [{ name: "a", labels: ["x", "y", `z${LOW}`] }] }, field: "input.tags[0].labels[2]" },
    { input: { tags: [], ids: [b64("Task:1"), b64(`Task:${NUL}`)] }, field: "input.ids[1]" },
    { input: { tags: [], matrix: [["a"], [null, `${HIGH}`]] }, field: "input.matrix[1][1]" },
    // A single value where a list is expected is coerced to a one-item list.
    { input: { tags: { name: `${NUL}` } }, field: "input.tags[0].name" },
  ])("refuses $field and runs no resolver", async ({ input, field }) => {
    const before = await saves();
    const body = await send("mutation($input: Save!) { save(input: $input) }", { input });
    expect(body.errors?.[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await saves()).toBe(before);
  });

  it("lets well-formed input through", async () => {
    const body = await send("mutation($input: Save!) { save(input: $input) }", {
      input: { tags: [{ name: "a", labels: ["🚀"] }], ids: [b64("Task:1")], matrix: [["x"]] },
    });
    expect(body).toEqual({ data: { save: true } });
  });
});

type WsClient = ReturnType<typeof wsClient>;

/** The first result of an operation over graphql-ws (an error result is a result, not a socket error). */
function firstResult(client: WsClient, query: string, variables: Record<string, unknown>): Promise<Raw["body"]> {
  // Queries and mutations complete after their one result; the result is kept until then (disposing from
  // inside `next` races the server's own complete).
  return new Promise((resolve, reject) => {
    let result: Raw["body"] | undefined;
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          result = value as Raw["body"];
        },
        error: reject,
        complete: () => (result ? resolve(result) : reject(new Error("completed without a result"))),
      },
    );
  });
}
