import { decodeGlobalID } from "@pothos/plugin-relay";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { graphql } from "./gql/index.js";
import { ok, request, sleep, team } from "./support/client.js";
import { CreateTask, DeleteTask } from "./support/documents.js";

// Plain edits of a batch are written together in one statement (SharedWrite in domain/changes.ts), ahead of
// the batch's other changes; a batch in which a change fails runs again, each change in a savepoint. Whatever
// path a change takes, the log must read as if the changes had been made one at a time.
const TaskLog = graphql(`
  query SharedWriteLog($id: ID!, $since: Int!) {
    workspace(id: $id) {
      version
      events(since: $since, first: 500) { events { version action entityId before after } }
    }
  }
`);

// Scalars only: a relation of the answer is read after the commit, and a racing delete may have removed the task by then.
const UpdateTask = graphql(`
  mutation SharedWriteUpdate($input: UpdateTaskInput!) {
    updateTask(input: $input) { id title description priority version }
  }
`);
const MoveTask = graphql(`
  mutation SharedWriteMove($input: MoveTaskInput!) {
    moveTask(input: $input) { id status version }
  }
`);

type Entry = { version: number; action: string; entityId: string; before: unknown; after: unknown };
type State = { version: number; title?: string; priority?: string; status?: string };

async function entriesSince(token: string, workspaceId: string, since: number) {
  const { workspace } = await ok(TaskLog, { id: workspaceId, since }, token);
  return { head: workspace!.version, entries: workspace!.events.events as Entry[] };
}

/** Each task's entries start from the state the one before left it in: versions and fields alike. */
function expectChained(entries: Entry[]) {
  const last = new Map<string, State>();
  for (const entry of entries) {
    const before = entry.before as State;
    const after = entry.after as State;
    const previous = last.get(entry.entityId);
    if (previous) {
      expect(before.version, `${entry.action} at ${entry.version}`).toBe(previous.version);
      for (const field of ["title", "priority", "status"] as const)
        if (previous[field] !== undefined && before[field] !== undefined) expect(before[field]).toBe(previous[field]);
    }
    expect(after.version).toBe(before.version + 1);
    last.set(entry.entityId, { ...previous, ...after });
  }
}

async function tasks(token: string, workspaceId: string, count: number) {
  const made = [];
  for (let i = 0; i < count; i++) made.push((await ok(CreateTask, { input: { workspaceId, title: `t${i}` } }, token)).createTask);
  return made;
}

describe("changes written together", () => {
  it("racing edits, a move and a delete of one task chain in the log: each entry starts where the one before ended", async () => {
    const { owner, member, workspace } = await team();
    const [task] = await tasks(owner.token, workspace.id, 1);
    const { head: start } = await entriesSince(owner.token, workspace.id, 0);

    const sent = [
      ...Array.from({ length: 8 }, (_, i) =>
        request(UpdateTask, { input: { id: task!.id, title: `edit ${i}` } }, i % 2 ? member.token : owner.token),
      ),
      request(UpdateTask, { input: { id: task!.id, priority: "URGENT" } }, member.token),
      request(MoveTask, { input: { id: task!.id, status: "IN_PROGRESS" } }, owner.token),
      request(UpdateTask, { input: { id: task!.id, title: "last" } }, owner.token),
      request(DeleteTask, { input: { id: task!.id } }, owner.token),
    ];
    const answers = await Promise.all(sent);
    // Changes after the delete find no task; everything before it applied.
    const applied = answers.filter((a) => !a.errors);
    for (const refused of answers.filter((a) => a.errors)) expect(refused.errors![0]!.extensions?.code).toBe("NOT_FOUND");

    const { head, entries } = await entriesSince(owner.token, workspace.id, start);
    expect(entries.map((e) => e.version)).toEqual(Array.from({ length: applied.length }, (_, i) => start + 1 + i));
    expect(head).toBe(start + applied.length);
    expect(entries.map((e) => e.action).filter((a) => a === "TASK_DELETED")).toHaveLength(1);
    expectChained(entries);
  }, 60_000);

  it.runIf(inject("databaseUrl"))(
    "one batch with edits written together, a refused change and a failing one: each answered alone, each written once, in a chained log (PostgreSQL)",
    async () => {
      const { owner, member, viewer, outsider, workspace } = await team();
      const made = await tasks(owner.token, workspace.id, 14);
      const { head: start } = await entriesSince(owner.token, workspace.id, 0);
      // Hold the workspace row lock from outside, as another instance's batch would: what queues behind it is one batch.
      const locker = new pg.Client({ connectionString: inject("databaseUrl")! });
      await locker.connect();
      await locker.query("BEGIN");
      await locker.query(`SELECT id FROM "Workspace" WHERE id = $1 FOR UPDATE`, [decodeGlobalID(workspace.id).id]);

      const edits = made
        .slice(0, 12)
        .map((t, i) => request(UpdateTask, { input: { id: t.id, title: `batched ${i}` } }, i % 2 ? member.token : owner.token));
      // Two edits of one task (one statement can write only one of them), and a delete of an edited task.
      const second = request(UpdateTask, { input: { id: made[0]!.id, description: "second edit" } }, member.token);
      const deleted = request(DeleteTask, { input: { id: made[1]!.id } }, owner.token);
      const refused = request(UpdateTask, { input: { id: made[12]!.id, title: "viewer" } }, viewer.token);
      const failing = request(UpdateTask, { input: { id: made[13]!.id, assigneeId: outsider.id } }, owner.token);
      await sleep(1500);
      await locker.query("COMMIT");
      await locker.end();

      const [editAnswers, secondAnswer, deleteAnswer, refusedAnswer, failingAnswer] = await Promise.all([
        Promise.all(edits),
        second,
        deleted,
        refused,
        failing,
      ]);
      // The batch's order is the order the changes reached the queue: the delete of task 1 may come before its edit.
      const editOfDeleted = editAnswers[1]!;
      if (editOfDeleted.errors) expect(editOfDeleted.errors[0]!.extensions?.code).toBe("NOT_FOUND");
      editAnswers.forEach((a, i) => {
        if (i === 1 && a.errors) return;
        expect(a.errors).toBeUndefined();
        expect(a.data?.updateTask).toMatchObject({ title: `batched ${i}` });
        // Written once, though the batch's first, optimistic run was rolled back: version 2, or 3 for the task edited twice.
        if (i !== 0) expect(a.data?.updateTask.version).toBe(2);
      });
      expect(secondAnswer.errors).toBeUndefined();
      expect([editAnswers[0]!.data?.updateTask.version, secondAnswer.data?.updateTask.version].sort()).toEqual([2, 3]);
      expect(secondAnswer.data?.updateTask.description).toBe("second edit");
      expect(deleteAnswer.errors).toBeUndefined();
      expect(refusedAnswer.errors?.[0]!.extensions?.code).toBe("FORBIDDEN");
      expect(failingAnswer.errors?.[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "assigneeId" });

      const written = 14 - (editOfDeleted.errors ? 1 : 0);
      const { head, entries } = await entriesSince(owner.token, workspace.id, start);
      expect(entries.map((e) => e.version)).toEqual(Array.from({ length: written }, (_, i) => start + 1 + i));
      expect(head).toBe(start + written);
      expect(entries.filter((e) => e.entityId === made[12]!.id || e.entityId === made[13]!.id)).toEqual([]);
      expectChained(entries);
    },
    60_000,
  );

  it.runIf(inject("databaseUrl"))(
    "a batch of edits written together with a second edit, a move and a delete of the same tasks: each once, the log chained (PostgreSQL)",
    async () => {
      const { owner, member, workspace } = await team();
      const made = await tasks(owner.token, workspace.id, 10);
      const { head: start } = await entriesSince(owner.token, workspace.id, 0);
      const locker = new pg.Client({ connectionString: inject("databaseUrl")! });
      await locker.connect();
      await locker.query("BEGIN");
      await locker.query(`SELECT id FROM "Workspace" WHERE id = $1 FOR UPDATE`, [decodeGlobalID(workspace.id).id]);
      // The first change to arrive forms a batch of its own and waits at the lock; what comes next is one batch.
      const first = request(MoveTask, { input: { id: made[9]!.id, status: "BLOCKED" } }, owner.token);
      await sleep(300);
      // The move and the delete queue first, yet the edits written together land first: the log must say so.
      const sent = [
        request(MoveTask, { input: { id: made[1]!.id, status: "DONE" } }, owner.token),
        request(DeleteTask, { input: { id: made[2]!.id } }, owner.token),
        request(UpdateTask, { input: { id: made[0]!.id, priority: "LOW" } }, member.token),
      ];
      await sleep(300);
      sent.push(
        ...made.map((t, i) => request(UpdateTask, { input: { id: t.id, title: `together ${i}` } }, i % 2 ? member.token : owner.token)),
      );
      await sleep(1500);
      await locker.query("COMMIT");
      await locker.end();
      const answers = await Promise.all([first, ...sent]);
      const applied = answers.filter((a) => !a.errors).length;
      // Even the edit of the task deleted in the same batch: it was written first.
      expect(answers.map((a) => a.errors)).toEqual(answers.map(() => undefined));
      const { head, entries } = await entriesSince(owner.token, workspace.id, start);
      expect(entries.map((e) => e.version)).toEqual(Array.from({ length: applied }, (_, i) => start + 1 + i));
      expect(head).toBe(start + applied);
      expectChained(entries);
      // Each task ends at 1 + its entries: nothing was written twice or left out of the log.
      const perTask = new Map<string, number>();
      for (const e of entries) perTask.set(e.entityId, (perTask.get(e.entityId) ?? 0) + 1);
      for (const e of entries) expect((e.after as State).version).toBeLessThanOrEqual(1 + perTask.get(e.entityId)!);
    },
    60_000,
  );

  it.runIf(inject("databaseUrl"))(
    "edits waiting at the lock while another instance removes their author: the removed member's edit is refused (PostgreSQL)",
    async () => {
      const { owner, member, workspace } = await team();
      const made = await tasks(owner.token, workspace.id, 2);
      const { head: start } = await entriesSince(owner.token, workspace.id, 0);
      const workspaceId = decodeGlobalID(workspace.id).id;
      // Another instance's transaction: it holds the lock while both edits queue behind it, then removes the member.
      const other = new pg.Client({ connectionString: inject("databaseUrl")! });
      await other.connect();
      await other.query("BEGIN");
      await other.query(`SELECT id FROM "Workspace" WHERE id = $1 FOR UPDATE`, [workspaceId]);
      const byMember = request(UpdateTask, { input: { id: made[0]!.id, title: "by the removed member" } }, member.token);
      const byOwner = request(UpdateTask, { input: { id: made[1]!.id, title: "by the owner" } }, owner.token);
      await sleep(800);
      const memberId = decodeGlobalID(member.id).id;
      await other.query(`DELETE FROM "Membership" WHERE "workspaceId" = $1 AND "userId" = $2`, [workspaceId, memberId]);
      await other.query(
        `WITH head AS (UPDATE "Workspace" SET version = version + 1 WHERE id = $1 RETURNING version)
         INSERT INTO "Event" (id, "workspaceId", version, action, "actorId", "entityType", "entityId", metadata)
         SELECT gen_random_uuid()::text, $1, head.version, 'MEMBER_REMOVED', $3, 'Member', $2, '{}' FROM head`,
        [workspaceId, memberId, decodeGlobalID(owner.id).id],
      );
      await other.query("COMMIT");
      await other.end();

      const [memberAnswer, ownerAnswer] = await Promise.all([byMember, byOwner]);
      expect(memberAnswer.errors?.[0]!.extensions?.code).toBe("NOT_FOUND");
      expect(ownerAnswer.errors).toBeUndefined();
      expect(ownerAnswer.data?.updateTask).toMatchObject({ title: "by the owner", version: 2 });
      const { head, entries } = await entriesSince(owner.token, workspace.id, start);
      expect(entries.map((e) => [e.version, e.action])).toEqual([
        [start + 1, "MEMBER_REMOVED"],
        [start + 2, "TASK_UPDATED"],
      ]);
      expect(head).toBe(start + 2);
    },
    60_000,
  );
});
