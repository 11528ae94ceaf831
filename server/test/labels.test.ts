import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { ok, refusal, request, Subscription, team, workspaceState, wsClient } from "./support/client.js";
import { CreateTask, Undo } from "./support/documents.js";

const CreateLabel = graphql(`
  mutation LabelsCreate($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }
`);
const UpdateLabel = graphql(`
  mutation LabelsUpdate($input: UpdateLabelInput!) { updateLabel(input: $input) { id name color } }
`);
const DeleteLabel = graphql(`
  mutation LabelsDelete($id: ID!) { deleteLabel(id: $id) }
`);
const SetLabels = graphql(`
  mutation LabelsSet($input: UpdateTaskInput!) {
    updateTask(input: $input) { id version dueAt labels { id name color } }
  }
`);
const Board = graphql(`
  query LabelsBoard($id: ID!, $labelIds: [ID!], $priorities: [TaskPriority!], $dueAfter: DateTime, $dueBefore: DateTime, $overdue: Boolean, $assigneeId: ID) {
    workspace(id: $id) {
      version
      labels { id name color }
      tasks(labelIds: $labelIds, priorities: $priorities, dueAfter: $dueAfter, dueBefore: $dueBefore, overdue: $overdue, assigneeId: $assigneeId, first: 100) {
        totalCount
        edges { node { title dueAt labels { name } } }
      }
    }
  }
`);
const History = graphql(`
  query LabelsHistory($id: ID!) {
    node(id: $id) { ... on Task { history { action after } } }
  }
`);
const Live = graphql(`
  subscription LabelsLive($workspaceId: ID!, $since: Int) {
    taskChanged(workspaceId: $workspaceId, since: $since) { kind task { id dueAt labels { name } } }
  }
`);

describe("labels", () => {
  it("ADMIN and OWNER manage labels; MEMBER and VIEWER are refused, outsiders see NOT_FOUND, and nothing is written", async () => {
    const { owner, admin, member, viewer, outsider, workspace } = await team();
    const created = (await ok(CreateLabel, { input: { workspaceId: workspace.id, name: " Bug ", color: "#FF0000" } }, admin.token))
      .createLabel;
    expect(created).toMatchObject({ name: "Bug", color: "#ff0000" });
    const before = await workspaceState(owner, workspace.id);
    for (const user of [member, viewer]) {
      expect(await refusal(CreateLabel, { input: { workspaceId: workspace.id, name: "X", color: "#000000" } }, user.token)).toEqual({
        code: "FORBIDDEN",
        reason: "ROLE_TOO_LOW",
      });
      expect((await refusal(UpdateLabel, { input: { id: created.id, name: "Y" } }, user.token)).code).toBe("FORBIDDEN");
      expect((await refusal(DeleteLabel, { id: created.id }, user.token)).code).toBe("FORBIDDEN");
    }
    expect((await refusal(CreateLabel, { input: { workspaceId: workspace.id, name: "X", color: "#000000" } }, outsider.token)).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(UpdateLabel, { input: { id: created.id, name: "Y" } }, outsider.token)).code).toBe("NOT_FOUND");
    expect((await refusal(DeleteLabel, { id: created.id }, outsider.token)).code).toBe("NOT_FOUND");
    expect(await workspaceState(owner, workspace.id)).toEqual(before);
    const renamed = (await ok(UpdateLabel, { input: { id: created.id, name: "Defect", color: "#00ff00" } }, owner.token)).updateLabel;
    expect(renamed).toMatchObject({ name: "Defect", color: "#00ff00" });
    // updateLabel and deleteLabel refuse bad input too, writing nothing.
    await ok(CreateLabel, { input: { workspaceId: workspace.id, name: "Chore", color: "#0000ff" } }, admin.token);
    const settled = await workspaceState(owner, workspace.id);
    expect((await refusal(UpdateLabel, { input: { id: created.id, color: "blue" } }, admin.token)).code).toBe("BAD_USER_INPUT");
    expect((await refusal(UpdateLabel, { input: { id: created.id, name: "  " } }, admin.token)).code).toBe("BAD_USER_INPUT");
    expect(await refusal(UpdateLabel, { input: { id: created.id, name: "Chore" } }, admin.token)).toEqual({
      code: "CONFLICT",
      reason: "LABEL_NAME_TAKEN",
    });
    expect(await refusal(DeleteLabel, { id: "not-an-id" }, admin.token)).toEqual({ code: "BAD_USER_INPUT", reason: "INVALID_ID" });
    expect(await refusal(DeleteLabel, { id: workspace.id }, admin.token)).toEqual({ code: "BAD_USER_INPUT", reason: "INVALID_ID" });
    expect(await workspaceState(owner, workspace.id)).toEqual(settled);
  });

  it("refuses bad names and colours, duplicate names and foreign label ids, writing nothing", async () => {
    const { owner, member, workspace } = await team();
    const other = await ok(
      CreateLabel,
      { input: { workspaceId: (await team()).workspace.id, name: "Elsewhere", color: "#123456" } },
      owner.token,
    ).catch(() => null);
    expect(other).toBeNull(); // owner is not in the other team's workspace
    await ok(CreateLabel, { input: { workspaceId: workspace.id, name: "Bug", color: "#ff0000" } }, owner.token);
    const before = await workspaceState(owner, workspace.id);
    const bad = [
      { name: "   ", color: "#ff0000" },
      { name: "x".repeat(51), color: "#ff0000" },
      { name: "Ok", color: "red" },
      { name: "Ok", color: "#ff00" },
      { name: "Ok", color: "#gg0000" },
    ];
    for (const input of bad) {
      expect((await refusal(CreateLabel, { input: { workspaceId: workspace.id, ...input } }, owner.token)).code).toBe("BAD_USER_INPUT");
    }
    expect(await refusal(CreateLabel, { input: { workspaceId: workspace.id, name: "Bug", color: "#000000" } }, owner.token)).toEqual({
      code: "CONFLICT",
      reason: "LABEL_NAME_TAKEN",
    });
    const task = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "T" } }, member.token)).createTask;
    const after = await workspaceState(owner, workspace.id);
    expect(after.version).toBe(before.version + 1);
    // A label id of another workspace, a task id in place of a label id, too many labels, a bad due date.
    const foreign = await team();
    const foreignLabel = (
      await ok(CreateLabel, { input: { workspaceId: foreign.workspace.id, name: "F", color: "#000000" } }, foreign.owner.token)
    ).createLabel;
    expect((await refusal(SetLabels, { input: { id: task.id, labelIds: [foreignLabel.id] } }, member.token)).code).toBe("BAD_USER_INPUT");
    expect(await refusal(SetLabels, { input: { id: task.id, labelIds: [task.id] } }, member.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "INVALID_ID",
    });
    const many = await Promise.all(
      Array.from({ length: 21 }, (_, i) =>
        ok(CreateLabel, { input: { workspaceId: workspace.id, name: `L${i}`, color: "#000000" } }, owner.token),
      ),
    );
    expect((await refusal(SetLabels, { input: { id: task.id, labelIds: many.map((m) => m.createLabel.id) } }, member.token)).code).toBe(
      "BAD_USER_INPUT",
    );
    const raw = await request(SetLabels, { input: { id: task.id, dueAt: "not a date" } }, member.token);
    expect(raw.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const final = await workspaceState(owner, workspace.id);
    expect(final.tasks).toEqual(after.tasks);
    expect(final.version).toBe(after.version + 21);
  });

  it("applying labels and a due date is a MEMBER's task change: logged, undoable, live, and filterable", async () => {
    const { owner, member, viewer, workspace } = await team();
    const bug = (await ok(CreateLabel, { input: { workspaceId: workspace.id, name: "Bug", color: "#ff0000" } }, owner.token)).createLabel;
    const ui = (await ok(CreateLabel, { input: { workspaceId: workspace.id, name: "UI", color: "#0000ff" } }, owner.token)).createLabel;
    const task = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Fix login", labelIds: [ui.id] } }, member.token))
      .createTask;
    const other = (
      await ok(
        CreateTask,
        { input: { workspaceId: workspace.id, title: "Write docs", priority: "HIGH", dueAt: "2020-01-01T00:00:00.000Z" } },
        member.token,
      )
    ).createTask;
    expect((await refusal(SetLabels, { input: { id: task.id, labelIds: [bug.id] } }, viewer.token)).code).toBe("FORBIDDEN");

    const client = wsClient(viewer.token);
    const { workspace: head } = await ok(Board, { id: workspace.id }, owner.token);
    const live = new Subscription(client, Live, { workspaceId: workspace.id, since: head!.version });
    const due = "2031-06-01T09:00:00.000Z";
    const set = (await ok(SetLabels, { input: { id: task.id, labelIds: [bug.id, ui.id, bug.id], dueAt: due } }, member.token)).updateTask;
    expect(set.labels.map((l) => l.name)).toEqual(["Bug", "UI"]);
    expect(set.dueAt).toBe(due);
    const [event] = await live.waitFor(1);
    expect(event!.taskChanged.task).toMatchObject({ dueAt: due, labels: [{ name: "Bug" }, { name: "UI" }] });
    live.dispose();
    await client.dispose();

    const history = (await ok(History, { id: task.id }, owner.token)).node as {
      history: { action: string; after: { labelIds?: string[]; dueAt?: string } }[];
    };
    expect(history.history.at(-1)).toMatchObject({ action: "TASK_UPDATED", after: { dueAt: due } });
    expect(history.history.at(-1)!.after.labelIds).toHaveLength(2);

    // Filters combine with AND; labels match any of those given.
    const names = async (vars: Record<string, unknown>) =>
      (await ok(Board, { id: workspace.id, ...vars }, viewer.token)).workspace!.tasks.edges.map((e) => e.node.title).sort();
    expect(await names({ labelIds: [bug.id] })).toEqual(["Fix login"]);
    expect(await names({ labelIds: [bug.id, ui.id] })).toEqual(["Fix login"]);
    expect(await names({ overdue: true })).toEqual(["Write docs"]);
    expect(await names({ priorities: ["HIGH"] })).toEqual(["Write docs"]);
    expect(await names({ dueAfter: "2031-05-26T00:00:00.000Z", dueBefore: "2031-06-02T00:00:00.000Z" })).toEqual(["Fix login"]);
    expect(await names({ labelIds: [ui.id], priorities: ["HIGH"] })).toEqual([]);
    expect(await names({ assigneeId: null, labelIds: [] })).toEqual(["Fix login", "Write docs"]);
    void other;

    // Undo puts the labels and the due date back as they were.
    const undone = (await ok(Undo, { input: { workspaceId: workspace.id } }, member.token)).undo;
    expect(undone.id).toBe(task.id);
    const { workspace: after } = await ok(Board, { id: workspace.id, labelIds: [ui.id] }, owner.token);
    expect(after!.tasks.edges.map((e) => e.node)).toEqual([{ title: "Fix login", dueAt: null, labels: [{ name: "UI" }] }]);

    // A deleted label disappears from every card.
    await ok(DeleteLabel, { id: ui.id }, owner.token);
    const { workspace: gone } = await ok(Board, { id: workspace.id }, owner.token);
    expect(gone!.labels.map((l) => l.name)).toEqual(["Bug"]);
    expect(gone!.tasks.edges.find((e) => e.node.title === "Fix login")!.node.labels).toEqual([]);
  });
});
