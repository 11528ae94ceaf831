import { describe, expect, it } from "vitest";
import { ok, request, team, workspaceState } from "./support/client.js";
import { CreateTask, DeleteTask, MoveTask, Undo, UpdateTask } from "./support/documents.js";

// An edit based on an older version merges unless a field it writes was changed since (issue #11, item 5).
describe("updateTask with an expectedVersion merges edits of different fields", () => {
  it("B's title edit lands on top of A's move made after B opened the card", async () => {
    const { owner, member, workspace } = await team();
    const { createTask: task } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Draft" } }, owner.token);
    await ok(MoveTask, { input: { id: task.id, status: "IN_PROGRESS" } }, owner.token);
    await ok(UpdateTask, { input: { id: task.id, priority: "HIGH" } }, owner.token);
    const { updateTask } = await ok(UpdateTask, { input: { id: task.id, title: "Final", expectedVersion: task.version } }, member.token);
    expect(updateTask).toMatchObject({ title: "Final", status: "IN_PROGRESS", priority: "HIGH", version: task.version + 3 });
  });

  it("is a CONFLICT naming the field only when that field was changed since, and writes nothing", async () => {
    const { owner, member, workspace } = await team();
    const { createTask: task } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Draft" } }, owner.token);
    await ok(UpdateTask, { input: { id: task.id, title: "Theirs", priority: "LOW" } }, owner.token);
    const before = await workspaceState(owner, workspace.id);
    const result = await request(
      UpdateTask,
      { input: { id: task.id, title: "Mine", description: "notes", expectedVersion: task.version } },
      member.token,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "STALE_VERSION",
      fields: ["title"],
      current: { id: task.id, title: "Theirs", priority: "LOW", version: task.version + 1 },
    });
    expect(result.errors?.[0]?.message).toBe("Someone else changed the title of this task since you opened it.");
    expect(await workspaceState(owner, workspace.id)).toEqual(before);
  });

  it("writing the same value the other person already wrote is no clash", async () => {
    const { owner, member, workspace } = await team();
    const { createTask: task } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Typo" } }, owner.token);
    await ok(UpdateTask, { input: { id: task.id, title: "Fixed" } }, owner.token);
    const { updateTask } = await ok(
      UpdateTask,
      { input: { id: task.id, title: "Fixed", priority: "URGENT", expectedVersion: task.version } },
      member.token,
    );
    expect(updateTask).toMatchObject({ title: "Fixed", priority: "URGENT" });
  });

  it("a field changed and changed back still counts as changed; an undo counts like any change", async () => {
    const { owner, member, workspace } = await team();
    const { createTask: task } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Plan" } }, owner.token);
    await ok(UpdateTask, { input: { id: task.id, description: "theirs" } }, owner.token);
    await ok(Undo, { input: { workspaceId: workspace.id } }, owner.token);
    const clash = await request(UpdateTask, { input: { id: task.id, description: "mine", expectedVersion: task.version } }, member.token);
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", fields: ["description"] });
    const merged = await ok(UpdateTask, { input: { id: task.id, title: "Plan B", expectedVersion: task.version } }, member.token);
    expect(merged.updateTask).toMatchObject({ title: "Plan B", description: "", version: task.version + 3 });
  });

  it("a version from the future is a CONFLICT; a clash names only the fields that clashed", async () => {
    const { owner, member, admin, workspace } = await team();
    const { createTask: task } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Own it" } }, owner.token);
    await ok(UpdateTask, { input: { id: task.id, title: "Own it!" } }, owner.token);
    const future = await request(UpdateTask, { input: { id: task.id, priority: "LOW", expectedVersion: task.version + 5 } }, member.token);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION", fields: ["priority"] });
    const assign = await request(
      UpdateTask,
      { input: { id: task.id, title: "Own it?", assigneeId: admin.id, expectedVersion: task.version } },
      member.token,
    );
    expect(assign.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", fields: ["title"] });
  });

  it("a deleted task is NOT_FOUND whatever the version; moves keep their strict version check", async () => {
    const { owner, member, workspace } = await team();
    const { createTask: a } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "A" } }, owner.token);
    const { createTask: b } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "B" } }, owner.token);
    await ok(UpdateTask, { input: { id: b.id, title: "B2" } }, owner.token);
    const move = await request(MoveTask, { input: { id: b.id, status: "DONE", expectedVersion: b.version } }, member.token);
    expect(move.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION" });
    await ok(DeleteTask, { input: { id: a.id } }, owner.token);
    const gone = await request(UpdateTask, { input: { id: a.id, title: "A2", expectedVersion: a.version } }, member.token);
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("concurrent edits of different fields from the same version all land", async () => {
    const { owner, member, admin, workspace } = await team();
    const { createTask: task } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Race" } }, owner.token);
    const edits = [
      request(UpdateTask, { input: { id: task.id, title: "Race won", expectedVersion: task.version } }, owner.token),
      request(UpdateTask, { input: { id: task.id, description: "by a nose", expectedVersion: task.version } }, member.token),
      request(UpdateTask, { input: { id: task.id, priority: "URGENT", expectedVersion: task.version } }, admin.token),
    ];
    const answers = await Promise.all(edits);
    for (const a of answers) expect(a.errors).toBeUndefined();
    const last = answers.map((a) => a.data!.updateTask).sort((x, y) => y.version - x.version)[0];
    expect(last).toMatchObject({ title: "Race won", description: "by a nose", priority: "URGENT", version: task.version + 3 });
  });
});
