import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, ok, signUp } from "./support/client.js";
import { ChangeMemberRole, CreateTask, DeleteTask, MoveTask, Redo, UpdateTask } from "./support/documents.js";

const RestoreTask = graphql(`
  mutation RestoreUndoRestoreTask($input: RestoreTaskInput!) {
    restoreTask(input: $input) { id title status deleted version }
  }
`);
const Undo = graphql(`
  mutation RestoreUndoUndo($input: UndoInput!) {
    undo(input: $input) { id title status deleted lastChange { action metadata } }
  }
`);
const TaskNow = graphql(`
  query RestoreUndoTask($id: ID!) {
    node(id: $id) {
      ... on Task { title status deleted lastChange { action metadata } }
    }
  }
`);
const Version = graphql(`
  query RestoreUndoVersion($id: ID!) {
    workspace(id: $id) { version }
  }
`);
const Activity = graphql(`
  query RestoreUndoActivity($id: ID!) {
    workspace(id: $id) { activity(first: 5) { edges { node { action subject { name } metadata } } } }
  }
`);

type Change = { action: string; metadata: Record<string, unknown> };

async function setup() {
  const owner = await signUp("Owner");
  const ws = await createWorkspace(owner);
  const version = async () => (await ok(Version, { id: ws.id }, owner.token)).workspace!.version;
  const task = async (id: string) =>
    (await ok(TaskNow, { id }, owner.token)).node as { title: string; status: string; deleted: boolean; lastChange: Change };
  const undo = () => ok(Undo, { input: { workspaceId: ws.id } }, owner.token);
  const redo = () => ok(Redo, { input: { workspaceId: ws.id } }, owner.token);
  return { owner, ws, version, task, undo, redo };
}

describe("restoring a task is a change of one's own that undo takes back", () => {
  it("undo after restoreTask brings back the task as it was before the restore; redo restores it again", async () => {
    const { owner, ws, version, task, undo, redo } = await setup();
    const { createTask: t } = await ok(CreateTask, { input: { workspaceId: ws.id, title: "Plan" } }, owner.token);
    const planned = await version();
    await ok(UpdateTask, { input: { id: t.id, title: "Ship" } }, owner.token);
    await ok(MoveTask, { input: { id: t.id, status: "DONE" } }, owner.token);

    await ok(RestoreTask, { input: { id: t.id, version: planned } }, owner.token);
    expect(await task(t.id)).toMatchObject({ title: "Plan", status: "TODO" });

    // Before this change a restore was not on the undo stack: this undo moved the card back out of Done instead.
    expect((await undo()).undo).toMatchObject({ title: "Ship", status: "DONE", deleted: false });
    const undone = await task(t.id);
    expect(undone.lastChange.metadata).toMatchObject({ undo: true, original: "TASK_MOVED", cards: 1 });

    expect((await redo()).redo).toMatchObject({ title: "Plan", status: "TODO" });
    // The move before the restore is still the next thing to undo.
    expect((await undo()).undo).toMatchObject({ title: "Ship", status: "DONE" });
    expect((await undo()).undo).toMatchObject({ title: "Ship", status: "TODO" });
  });

  it("undo after restoring a deleted task deletes it again, and the log says what was undone", async () => {
    const { owner, ws, version, task, undo } = await setup();
    const { createTask: t } = await ok(CreateTask, { input: { workspaceId: ws.id, title: "Gone soon" } }, owner.token);
    const alive = await version();
    await ok(DeleteTask, { input: { id: t.id } }, owner.token);

    expect((await ok(RestoreTask, { input: { id: t.id, version: alive } }, owner.token)).restoreTask).toMatchObject({ deleted: false });
    expect((await undo()).undo).toMatchObject({
      id: t.id,
      deleted: true,
      lastChange: { action: "TASK_DELETED", metadata: { undo: true, original: "TASK_RESTORED" } },
    });
    // The delete before the restore is next: undoing it brings the card back.
    expect((await undo()).undo).toMatchObject({ id: t.id, deleted: false, title: "Gone soon" });
    expect((await task(t.id)).lastChange.metadata).toMatchObject({ undo: true, original: "TASK_DELETED" });
  });
});

describe("the log names who a member change was about", () => {
  it("Activity.subject is the member whose role changed", async () => {
    const { owner, ws } = await setup();
    const ada = await signUp("Ada");
    await addMember(owner, ws.id, ada, "VIEWER");
    await ok(ChangeMemberRole, { input: { workspaceId: ws.id, userId: ada.id, role: "MEMBER" } }, owner.token);
    const { workspace } = await ok(Activity, { id: ws.id }, owner.token);
    const changed = workspace!.activity.edges.map((e) => e.node).find((a) => a.action === "MEMBER_ROLE_CHANGED");
    expect(changed).toMatchObject({ subject: { name: "Ada" }, metadata: { from: "VIEWER", to: "MEMBER" } });
    expect(workspace!.activity.edges.find((e) => e.node.action === "WORKSPACE_CREATED")?.node.subject ?? null).toBeNull();
  });
});
