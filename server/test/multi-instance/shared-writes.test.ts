import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.js";
import { ok, request } from "../support/client.js";
import { CreateTask, MoveTask, SignUp, UpdateTask } from "../support/documents.js";
import { type TwoInstances, twoInstances } from "../support/instances.js";

// Plain edits of a batch commit in one statement that reads as of its start (domain/changes.ts commitShared);
// another instance's commit while it waits for the workspace lock makes it write nothing and go again. Two
// instances racing on one workspace must still give one gap-free log in which every change is once.
const CreateWorkspace = graphql(`
  mutation SharedInstancesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }
`);
const Log = graphql(`
  query SharedInstancesLog($id: ID!, $since: Int!) {
    workspace(id: $id) {
      version
      events(since: $since, first: 500) { events { version action entityId before after } }
    }
  }
`);

describe("shared commits on two instances", () => {
  let instances: TwoInstances;

  beforeAll(async () => {
    instances = await twoInstances({ REDIS_URL: "" });
  }, 120_000);
  afterAll(async () => {
    await instances?.stop();
  });

  it("edits of one workspace racing through both instances: each once, versions gap-free, each task's entries chained", async () => {
    const { a, b } = instances;
    const email = `shared-instances-${Date.now()}@example.com`;
    const { signUp } = await ok(SignUp, { input: { email, password: "correct horse battery staple", name: "Racer" } }, undefined, a.url);
    const token = signUp.token;
    const { createWorkspace: ws } = await ok(CreateWorkspace, { input: { name: "Race" } }, token, a.url);
    const made = [];
    for (let i = 0; i < 16; i++)
      made.push((await ok(CreateTask, { input: { workspaceId: ws.id, title: `t${i}` } }, token, a.url)).createTask);
    const start = (await ok(Log, { id: ws.id, since: 0 }, token, a.url)).workspace!.version;

    const sent = made.flatMap((t, i) => [
      request(UpdateTask, { input: { id: t.id, title: `via A ${i}` } }, token, a.url),
      request(UpdateTask, { input: { id: t.id, priority: "HIGH" } }, token, b.url),
      ...(i % 4 === 0 ? [request(MoveTask, { input: { id: t.id, status: "DONE" } }, token, i % 8 ? a.url : b.url)] : []),
    ]);
    const answers = await Promise.all(sent);
    expect(answers.map((x) => x.errors)).toEqual(answers.map(() => undefined));

    const { workspace } = await ok(Log, { id: ws.id, since: start }, token, b.url);
    const entries = workspace!.events.events;
    expect(entries.map((e) => e.version)).toEqual(Array.from({ length: answers.length }, (_, i) => start + 1 + i));
    expect(workspace!.version).toBe(start + answers.length);
    const last = new Map<string, number>();
    for (const e of entries) {
      const before = e.before as { version: number };
      const after = e.after as { version: number };
      expect(before.version, `entry ${e.version}`).toBe(last.get(e.entityId) ?? 1);
      expect(after.version).toBe(before.version + 1);
      last.set(e.entityId, after.version);
    }
  }, 120_000);
});
