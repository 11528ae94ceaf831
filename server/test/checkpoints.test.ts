import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { createWorkspace, ok, refusal, Subscription, signUp, team, wsClient } from "./support/client.js";
import { CreateBoard, CreateTask, DeleteTask, MoveTask, Redo, Undo, UpdateTask } from "./support/documents.js";

const CreateCheckpoint = graphql(`
  mutation CheckpointsCreate($input: CreateCheckpointInput!) {
    createCheckpoint(input: $input) { id name version createdBy { id } }
  }
`);
const DeleteCheckpoint = graphql(`
  mutation CheckpointsDelete($input: DeleteCheckpointInput!) {
    deleteCheckpoint(input: $input)
  }
`);
const Checkpoints = graphql(`
  query CheckpointsList($id: ID!) {
    workspace(id: $id) { version checkpoints { id name version } boards { id name } }
  }
`);
const Diff = graphql(`
  query CheckpointsDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {
    workspace(id: $id) {
      diff(from: $from, to: $to, boardId: $boardId) {
        from to
        added { taskId title status }
        removed { taskId title }
        changed { taskId before { title } after { title board { id } } fields { field from to } }
      }
    }
  }
`);
const Restore = graphql(`
  mutation CheckpointsRestore($input: RestoreWorkspaceInput!) {
    restoreWorkspace(input: $input) { workspace { version } tasks { id title status deleted board { id } } }
  }
`);
const BoardTasks = graphql(`
  query CheckpointsBoardTasks($id: ID!) {
    workspace(id: $id) { boards { name tasks { edges { node { title status } } } } }
  }
`);
const TaskChanged = graphql(`
  subscription CheckpointsTaskChanged($workspaceId: ID!) {
    taskChanged(workspaceId: $workspaceId) { kind version task { title deleted } }
  }
`);

const stateOf = async (token: string, id: string) => (await ok(Checkpoints, { id }, token)).workspace!;
const boardsOf = async (token: string, id: string) =>
  (await ok(BoardTasks, { id }, token)).workspace!.boards.map((b) => [
    b.name,
    b.tasks.edges.map((e) => `${e.node.title}:${e.node.status}`).sort(),
  ]);

describe("checkpoints", () => {
  it("members name versions (default: now), list them newest first and delete them; viewers read; outsiders get NOT_FOUND", async () => {
    const { owner, member, viewer, outsider, workspace } = await team();
    await ok(CreateTask, { input: { workspaceId: workspace.id, title: "A" } }, member.token);
    const { createCheckpoint: first } = await ok(
      CreateCheckpoint,
      { input: { workspaceId: workspace.id, name: " v1 ", version: 1 } },
      member.token,
    );
    // Without a version it names the head as it is before its own log entry.
    const head = (await stateOf(owner.token, workspace.id)).version;
    const { createCheckpoint: now } = await ok(CreateCheckpoint, { input: { workspaceId: workspace.id, name: "now" } }, member.token);
    expect(first).toMatchObject({ name: "v1", version: 1, createdBy: { id: member.id } });
    expect(now.version).toBe(head);
    const listed = await stateOf(viewer.token, workspace.id);
    expect(listed.checkpoints.map((c) => [c.name, c.version])).toEqual([
      ["now", head],
      ["v1", 1],
    ]);

    const before = (await stateOf(owner.token, workspace.id)).version;
    expect((await refusal(CreateCheckpoint, { input: { workspaceId: workspace.id, name: "x" } }, viewer.token)).code).toBe("FORBIDDEN");
    expect((await refusal(DeleteCheckpoint, { input: { id: first.id } }, viewer.token)).code).toBe("FORBIDDEN");
    expect((await refusal(CreateCheckpoint, { input: { workspaceId: workspace.id, name: "x" } }, outsider.token)).code).toBe("NOT_FOUND");
    expect((await refusal(DeleteCheckpoint, { input: { id: first.id } }, outsider.token)).code).toBe("NOT_FOUND");
    expect(await refusal(CreateCheckpoint, { input: { workspaceId: workspace.id, name: "v1" } }, member.token)).toEqual({
      code: "CONFLICT",
      reason: "CHECKPOINT_NAME_TAKEN",
    });
    expect(await refusal(CreateCheckpoint, { input: { workspaceId: workspace.id, name: "" } }, member.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "EMPTY_TEXT",
    });
    expect(
      await refusal(CreateCheckpoint, { input: { workspaceId: workspace.id, name: "late", version: before + 5 } }, member.token),
    ).toEqual({
      code: "BAD_USER_INPUT",
      reason: "OUT_OF_RANGE",
    });
    expect((await refusal(CreateCheckpoint, { input: { workspaceId: workspace.id, name: "neg", version: -1 } }, member.token)).code).toBe(
      "BAD_USER_INPUT",
    );
    expect((await stateOf(owner.token, workspace.id)).version).toBe(before);

    expect((await ok(DeleteCheckpoint, { input: { id: first.id } }, member.token)).deleteCheckpoint).toBe(first.id);
    expect((await stateOf(owner.token, workspace.id)).checkpoints.map((c) => c.name)).toEqual(["now"]);
    expect((await refusal(DeleteCheckpoint, { input: { id: first.id } }, member.token)).code).toBe("NOT_FOUND");
  });

  it("diff lists tasks added, removed and changed field by field between two versions, across snapshots, per board", async () => {
    const owner = await signUp("Owner");
    const ws = await createWorkspace(owner);
    const a = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "A" } }, owner.token)).createTask;
    const b = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "B" } }, owner.token)).createTask;
    const { createCheckpoint: cp } = await ok(CreateCheckpoint, { input: { workspaceId: ws.id, name: "start" } }, owner.token);
    await ok(UpdateTask, { input: { id: a.id, title: "A2", priority: "HIGH" } }, owner.token);
    await ok(DeleteTask, { input: { id: b.id } }, owner.token);
    const c = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "C" } }, owner.token)).createTask;
    const { createBoard: other } = await ok(CreateBoard, { input: { workspaceId: ws.id, name: "Other" } }, owner.token);
    await ok(MoveTask, { input: { id: c.id, status: "TODO", boardId: other.id } }, owner.token);
    // Enough changes to cross the test server's snapshot interval, so both ends rebuild from different snapshots.
    for (let i = 0; i < 12; i++) await ok(UpdateTask, { input: { id: a.id, description: `d${i}` } }, owner.token);
    const { workspace } = await ok(Checkpoints, { id: ws.id }, owner.token);
    const { diff } = (await ok(Diff, { id: ws.id, from: cp.version, to: workspace!.version }, owner.token)).workspace!;
    expect(diff.added.map((t) => t.title)).toEqual(["C"]);
    expect(diff.removed.map((t) => [t.taskId, t.title])).toEqual([[b.id, "B"]]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.taskId).toBe(a.id);
    expect(diff.changed[0]!.before.title).toBe("A");
    expect(diff.changed[0]!.fields).toEqual([
      { field: "title", from: "A", to: "A2" },
      { field: "description", from: "", to: "d11" },
      { field: "priority", from: "MEDIUM", to: "HIGH" },
    ]);
    // The reverse direction reads the other way round.
    const back = (await ok(Diff, { id: ws.id, from: workspace!.version, to: cp.version }, owner.token)).workspace!.diff;
    expect([back.added.map((t) => t.title), back.removed.map((t) => t.title)]).toEqual([["B"], ["C"]]);
    // Per board: C is on Other now.
    const onOther = (await ok(Diff, { id: ws.id, from: cp.version, to: workspace!.version, boardId: other.id }, owner.token)).workspace!
      .diff;
    expect(onOther.added.map((t) => t.title)).toEqual(["C"]);
    expect(onOther.changed).toEqual([]);
    expect((await refusal(Diff, { id: ws.id, from: 0, to: workspace!.version + 1 }, owner.token)).code).toBe("BAD_USER_INPUT");
    const elsewhere = await createWorkspace(owner, "Elsewhere");
    const foreign = (await ok(Checkpoints, { id: elsewhere.id }, owner.token)).workspace!.boards[0]!;
    expect((await refusal(Diff, { id: ws.id, from: 0, to: 1, boardId: foreign.id }, owner.token)).code).toBe("BAD_USER_INPUT");
    const before = (await stateOf(owner.token, ws.id)).version;
    expect((await refusal(Restore, { input: { workspaceId: ws.id, version: 1, boardId: foreign.id } }, owner.token)).code).toBe(
      "BAD_USER_INPUT",
    );
    expect((await stateOf(owner.token, ws.id)).version).toBe(before);
  });

  it("restoreWorkspace brings a board back as forward events, live; undo takes the whole restore back and redo replays it", async () => {
    const { owner, member, viewer, outsider, workspace: ws } = await team();
    const client = wsClient(owner.token);
    const live = new Subscription(client, TaskChanged, { workspaceId: ws.id });
    await new Promise((r) => setTimeout(r, 300));
    try {
      const a = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "A" } }, member.token)).createTask;
      const b = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "B" } }, member.token)).createTask;
      const { createCheckpoint: cp } = await ok(CreateCheckpoint, { input: { workspaceId: ws.id, name: "good" } }, member.token);
      const before = await boardsOf(owner.token, ws.id);
      await ok(UpdateTask, { input: { id: a.id, title: "A broken", status: "DONE" } }, owner.token);
      await ok(DeleteTask, { input: { id: b.id } }, owner.token);
      await ok(CreateTask, { input: { workspaceId: ws.id, title: "Stray" } }, owner.token);
      const head = (await stateOf(owner.token, ws.id)).version;

      expect((await refusal(Restore, { input: { workspaceId: ws.id, version: cp.version } }, viewer.token)).code).toBe("FORBIDDEN");
      expect((await refusal(Restore, { input: { workspaceId: ws.id, version: cp.version } }, outsider.token)).code).toBe("NOT_FOUND");
      expect((await refusal(Restore, { input: { workspaceId: ws.id, version: head + 1 } }, member.token)).code).toBe("BAD_USER_INPUT");
      expect((await stateOf(owner.token, ws.id)).version).toBe(head);

      const { restoreWorkspace } = await ok(Restore, { input: { workspaceId: ws.id, version: cp.version } }, member.token);
      expect(restoreWorkspace.workspace.version).toBe(head + 3);
      expect(restoreWorkspace.tasks.map((t) => [t.title, t.status, t.deleted]).sort()).toEqual([
        ["A", "TODO", false],
        ["B", "TODO", false],
        ["Stray", "TODO", true],
      ]);
      expect(await boardsOf(owner.token, ws.id)).toEqual(before);
      const seen = await live.waitFor(8);
      expect(seen.slice(5).map((d) => [d.taskChanged.version, d.taskChanged.task.title, d.taskChanged.task.deleted])).toEqual(
        expect.arrayContaining([
          [expect.any(Number), "A", false],
          [expect.any(Number), "B", false],
          [expect.any(Number), "Stray", true],
        ]),
      );
      // Nothing left to restore: no events.
      const again = await ok(Restore, { input: { workspaceId: ws.id, version: cp.version } }, member.token);
      expect(again.restoreWorkspace.tasks).toEqual([]);
      expect(again.restoreWorkspace.workspace.version).toBe(head + 3);

      // One undo takes back the whole restore; one redo brings it again.
      await ok(Undo, { input: { workspaceId: ws.id } }, member.token);
      expect((await boardsOf(owner.token, ws.id))[0]![1]).toEqual(["A broken:DONE", "Stray:TODO"]);
      expect((await stateOf(owner.token, ws.id)).version).toBe(head + 6);
      await ok(Redo, { input: { workspaceId: ws.id } }, member.token);
      expect(await boardsOf(owner.token, ws.id)).toEqual(before);
    } finally {
      live.dispose();
      await client.dispose();
    }
  });

  it("restoring one board leaves the others alone and sends cards that came from elsewhere back", async () => {
    const owner = await signUp("Owner");
    const ws = await createWorkspace(owner);
    const { createBoard: other } = await ok(CreateBoard, { input: { workspaceId: ws.id, name: "Other" } }, owner.token);
    const { boards } = (await ok(Checkpoints, { id: ws.id }, owner.token)).workspace!;
    const main = boards.find((b) => b.name === "Main")!;
    const x = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "X", boardId: other.id } }, owner.token)).createTask;
    const { createCheckpoint: cp } = await ok(CreateCheckpoint, { input: { workspaceId: ws.id, name: "before" } }, owner.token);
    await ok(CreateTask, { input: { workspaceId: ws.id, title: "New on other", boardId: other.id } }, owner.token);
    await ok(MoveTask, { input: { id: x.id, status: "DONE", boardId: main.id } }, owner.token);
    await ok(Restore, { input: { workspaceId: ws.id, version: cp.version, boardId: main.id } }, owner.token);
    expect(await boardsOf(owner.token, ws.id)).toEqual([
      ["Main", []],
      ["Other", ["New on other:TODO", "X:TODO"]],
    ]);
  });
});
