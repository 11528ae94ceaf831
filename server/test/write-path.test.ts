import { decodeGlobalID } from "@pothos/plugin-relay";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { graphql } from "./gql/index.js";
import { ok, request, sleep, team } from "./support/client.js";
import { CreateTask, MoveTask, Undo } from "./support/documents.js";

// Its own selection: the test below compares the whole answer.
const UpdateTask = graphql(`
  mutation WritePathUpdate($input: UpdateTaskInput!) {
    updateTask(input: $input) { id title version assignee { id name } workspace { id } }
  }
`);
const Log = graphql(`
  query WritePathLog($id: ID!, $since: Int!) {
    workspace(id: $id) {
      version
      events(since: $since, first: 500) { events { version action entityId createdAt actor { id } } }
      tasks(first: 100) { edges { node { id title version assignee { id } } } }
    }
  }
`);

async function log(token: string, workspaceId: string, since: number) {
  return (await ok(Log, { id: workspaceId, since }, token)).workspace!;
}

async function tasks(token: string, workspaceId: string, count: number) {
  const made = [];
  for (let i = 0; i < count; i++) made.push((await ok(CreateTask, { input: { workspaceId, title: `t${i}` } }, token)).createTask);
  return made;
}

describe("group commit", () => {
  it("concurrent changes to one workspace are each answered on its own; bad ones fail alone and write nothing", async () => {
    const { owner, member, outsider, workspace } = await team();
    const made = await tasks(owner.token, workspace.id, 24);
    const head = (await log(owner.token, workspace.id, 0)).version;

    const good = made.map((t, i) => request(UpdateTask, { input: { id: t.id, title: `edited ${i}` } }, i % 2 ? member.token : owner.token));
    const stale = request(UpdateTask, { input: { id: made[0]!.id, title: "stale", expectedVersion: 7 } }, owner.token);
    const foreignAssignee = request(UpdateTask, { input: { id: made[1]!.id, assigneeId: outsider.id } }, member.token);
    const badNeighbour = request(MoveTask, { input: { id: made[2]!.id, status: "DONE", afterId: made[3]!.id } }, owner.token);
    const [answers, staleAnswer, foreignAnswer, moveAnswer] = await Promise.all([Promise.all(good), stale, foreignAssignee, badNeighbour]);

    answers.forEach((answer, i) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.updateTask).toMatchObject({ id: made[i]!.id, title: `edited ${i}`, version: 2 });
    });
    expect(staleAnswer.errors?.[0]!.extensions?.code).toBe("CONFLICT");
    expect(foreignAnswer.errors?.[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "assigneeId" });
    expect(moveAnswer.errors?.[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "afterId" });

    const after = await log(owner.token, workspace.id, head);
    // Every good change exactly once, versions gap-free after the old head; nothing from the refused ones.
    expect(after.version).toBe(head + 24);
    expect(after.events.events.map((e) => e.version)).toEqual(Array.from({ length: 24 }, (_, i) => head + 1 + i));
    expect(after.events.events.every((e) => e.action === "TASK_UPDATED")).toBe(true);
    expect(new Set(after.events.events.map((e) => e.entityId)).size).toBe(24);
    const byId = new Map(after.tasks.edges.map((e) => [e.node.id, e.node]));
    made.forEach((t, i) => {
      expect(byId.get(t.id)).toMatchObject({ title: `edited ${i}`, version: 2, assignee: null });
    });
  }, 60_000);

  it.runIf(inject("databaseUrl"))(
    "changes queued behind the workspace lock commit in one transaction (PostgreSQL)",
    async () => {
      const { owner, workspace } = await team();
      const made = await tasks(owner.token, workspace.id, 20);
      const head = (await log(owner.token, workspace.id, 0)).version;
      // Hold the workspace row lock from outside, as another instance's batch would.
      const locker = new pg.Client({ connectionString: inject("databaseUrl")! });
      await locker.connect();
      await locker.query("BEGIN");
      await locker.query(`SELECT id FROM "Workspace" WHERE id = $1 FOR UPDATE`, [decodeGlobalID(workspace.id).id]);
      const answers = Promise.all(made.map((t, i) => ok(UpdateTask, { input: { id: t.id, title: `queued ${i}` } }, owner.token)));
      await sleep(2000);
      await locker.query("COMMIT");
      await locker.end();
      expect((await answers).map((a) => a.updateTask.version)).toEqual(Array(20).fill(2));
      const events = (await log(owner.token, workspace.id, head)).events.events;
      expect(events.map((e) => e.version)).toEqual(Array.from({ length: 20 }, (_, i) => head + 1 + i));
      // A transaction's events share its timestamp: the first change waited on the lock alone, the rest as a batch.
      expect(new Set(events.map((e) => e.createdAt)).size).toBeLessThanOrEqual(3);
    },
    60_000,
  );

  it("retries of one update racing each other apply once and all get the first answer", async () => {
    const { owner, workspace } = await team();
    const [task] = await tasks(owner.token, workspace.id, 1);
    const head = (await log(owner.token, workspace.id, 0)).version;
    const input = { id: task!.id, title: "once", clientMutationId: "same-retry" };
    const answers = await Promise.all(Array.from({ length: 8 }, () => ok(UpdateTask, { input }, owner.token)));
    expect(answers.map((a) => a.updateTask.version)).toEqual(Array(8).fill(2));
    const after = await log(owner.token, workspace.id, head);
    expect(after.events.events).toHaveLength(1);
    expect(after.version).toBe(head + 1);
  });

  it("answers with the written task, relations included, without a second read going stale", async () => {
    const { owner, member, workspace } = await team();
    const [task] = await tasks(owner.token, workspace.id, 1);
    const { updateTask } = await ok(UpdateTask, { input: { id: task!.id, title: "assigned", assigneeId: member.id } }, owner.token);
    expect(updateTask).toEqual({
      id: task!.id,
      title: "assigned",
      version: 2,
      assignee: { id: member.id, name: member.name },
      workspace: { id: workspace.id },
    });
  });

  it("undo after concurrent changes reverts the caller's newest change in log order", async () => {
    const { owner, member, workspace } = await team();
    const made = await tasks(owner.token, workspace.id, 6);
    const head = (await log(owner.token, workspace.id, 0)).version;
    await Promise.all(
      made.map((t, i) => ok(UpdateTask, { input: { id: t.id, title: `c${i}` } }, i % 3 === 0 ? member.token : owner.token)),
    );
    const events = (await log(owner.token, workspace.id, head)).events.events;
    const newestOfOwner = events.filter((e) => e.actor.id === owner.id).at(-1)!;
    const { undo } = await ok(Undo, { input: { workspaceId: workspace.id } }, owner.token);
    expect(undo.id).toBe(newestOfOwner.entityId);
    expect(undo.title).toBe(`t${made.findIndex((t) => t.id === undo.id)}`);
  });
});
