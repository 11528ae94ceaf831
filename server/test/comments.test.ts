import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { ok, refusal, Subscription, team, wsClient } from "./support/client.js";
import { AddComment, CreateTask, DeleteComment, DeleteTask, EditComment } from "./support/documents.js";

const TaskComments = graphql(`
  query CommentsOfTask($id: ID!) {
    node(id: $id) { ... on Task { comments { totalCount edges { node { id body author { name } viewerCanEdit viewerCanDelete } } } } }
  }
`);
const CommentNode = graphql(`
  query CommentsNode($id: ID!) {
    node(id: $id) { ... on Comment { id body } }
  }
`);
const Version = graphql(`
  query CommentsVersion($id: ID!) {
    workspace(id: $id) { version activity(first: 1) { edges { node { action entityType entityId metadata } } } }
  }
`);
const CommentAdded = graphql(`
  subscription CommentsAdded($workspaceId: ID!, $taskId: ID) {
    commentAdded(workspaceId: $workspaceId, taskId: $taskId) { id body author { id } }
  }
`);
const CommentChanged = graphql(`
  subscription CommentsChanged($workspaceId: ID!, $taskId: ID, $since: Int) {
    commentChanged(workspaceId: $workspaceId, taskId: $taskId, since: $since) { kind version taskId comment { id body deleted } actor { id } }
  }
`);

async function setup() {
  const t = await team();
  const { createTask } = await ok(CreateTask, { input: { workspaceId: t.workspace.id, title: "Discuss" } }, t.owner.token);
  return { ...t, task: createTask };
}
const comments = async (token: string, taskId: string) => {
  const { node } = await ok(TaskComments, { id: taskId }, token);
  return node && "comments" in node ? node.comments : null;
};
const version = async (token: string, id: string) => (await ok(Version, { id }, token)).workspace!;

describe("comments", () => {
  it("members comment in Markdown; the log records it; every member reads them, oldest first", async () => {
    const { owner, member, viewer, workspace, task } = await setup();
    const { addComment } = await ok(AddComment, { input: { taskId: task.id, body: "  **Looks good** <script>x</script> " } }, member.token);
    expect(addComment).toMatchObject({
      body: "**Looks good** <script>x</script>",
      author: { id: member.id },
      task: { id: task.id },
      viewerCanEdit: true,
      viewerCanDelete: true,
    });
    const log = await version(owner.token, workspace.id);
    expect(log.activity.edges[0]!.node).toMatchObject({ action: "COMMENT_ADDED", entityType: "Comment", entityId: addComment.id });
    await ok(AddComment, { input: { taskId: task.id, body: "Second" } }, owner.token);
    const seen = await comments(viewer.token, task.id);
    expect(seen!.totalCount).toBe(2);
    expect(seen!.edges.map((e) => [e.node.body, e.node.author.name, e.node.viewerCanEdit, e.node.viewerCanDelete])).toEqual([
      ["**Looks good** <script>x</script>", "Member", false, false],
      ["Second", "Owner", false, false],
    ]);
  });

  it("roles: viewers cannot comment, only the author edits, the author or an admin deletes, outsiders get NOT_FOUND; nothing is written", async () => {
    const { owner, admin, member, viewer, outsider, workspace, task } = await setup();
    const { addComment: c } = await ok(AddComment, { input: { taskId: task.id, body: "mine" } }, member.token);
    const before = (await version(owner.token, workspace.id)).version;
    expect(await refusal(AddComment, { input: { taskId: task.id, body: "hi" } }, viewer.token)).toEqual({
      code: "FORBIDDEN",
      reason: "ROLE_TOO_LOW",
    });
    expect((await refusal(AddComment, { input: { taskId: task.id, body: "hi" } }, outsider.token)).code).toBe("NOT_FOUND");
    // Outsiders read nothing of it either: neither the task's comments nor the comment itself.
    expect(await comments(outsider.token, task.id)).toBeNull();
    expect((await ok(CommentNode, { id: c.id }, outsider.token)).node).toBeNull();
    expect((await ok(CommentNode, { id: c.id }, viewer.token)).node).toEqual({ id: c.id, body: "mine" });
    expect(await refusal(EditComment, { input: { id: c.id, body: "theirs" } }, admin.token)).toEqual({
      code: "FORBIDDEN",
      reason: "NOT_AUTHOR",
    });
    expect(await refusal(EditComment, { input: { id: c.id, body: "theirs" } }, owner.token)).toEqual({
      code: "FORBIDDEN",
      reason: "NOT_AUTHOR",
    });
    expect((await refusal(EditComment, { input: { id: c.id, body: "theirs" } }, viewer.token)).code).toBe("FORBIDDEN");
    expect((await refusal(EditComment, { input: { id: c.id, body: "theirs" } }, outsider.token)).code).toBe("NOT_FOUND");
    expect((await refusal(DeleteComment, { input: { id: c.id } }, viewer.token)).code).toBe("FORBIDDEN");
    expect((await refusal(DeleteComment, { input: { id: c.id } }, outsider.token)).code).toBe("NOT_FOUND");
    const other = (await ok(AddComment, { input: { taskId: task.id, body: "owner's" } }, owner.token)).addComment;
    expect((await refusal(DeleteComment, { input: { id: other.id } }, member.token)).code).toBe("FORBIDDEN");
    expect((await version(owner.token, workspace.id)).version).toBe(before + 1);
    expect((await comments(owner.token, task.id))!.edges.map((e) => e.node.body)).toEqual(["mine", "owner's"]);

    const { editComment } = await ok(EditComment, { input: { id: c.id, body: "mine, edited" } }, member.token);
    expect(editComment.editedAt).not.toBeNull();
    expect((await ok(DeleteComment, { input: { id: c.id } }, admin.token)).deleteComment).toBe(c.id);
    expect((await ok(DeleteComment, { input: { id: other.id } }, owner.token)).deleteComment).toBe(other.id);
    expect((await comments(owner.token, task.id))!.totalCount).toBe(0);
    expect((await refusal(EditComment, { input: { id: c.id, body: "again" } }, member.token)).code).toBe("NOT_FOUND");
    expect((await version(owner.token, workspace.id)).activity.edges[0]!.node.action).toBe("COMMENT_DELETED");
  });

  it("bad input writes nothing: empty or oversized bodies, a deleted task, a wrong ID", async () => {
    const { owner, member, workspace, task } = await setup();
    const before = (await version(owner.token, workspace.id)).version;
    expect(await refusal(AddComment, { input: { taskId: task.id, body: "   " } }, member.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "EMPTY_TEXT",
    });
    expect(await refusal(AddComment, { input: { taskId: task.id, body: "x".repeat(10_001) } }, member.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "TOO_LONG",
    });
    expect((await refusal(AddComment, { input: { taskId: workspace.id, body: "x" } }, member.token)).code).toBe("BAD_USER_INPUT");
    const { addComment: c } = await ok(AddComment, { input: { taskId: task.id, body: "ok" } }, member.token);
    expect(await refusal(EditComment, { input: { id: c.id, body: "" } }, member.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "EMPTY_TEXT",
    });
    await ok(DeleteTask, { input: { id: task.id } }, owner.token);
    const after = (await version(owner.token, workspace.id)).version;
    expect(after).toBe(before + 2);
    expect((await refusal(AddComment, { input: { taskId: task.id, body: "late" } }, member.token)).code).toBe("NOT_FOUND");
    expect((await version(owner.token, workspace.id)).version).toBe(after);
  });

  it("comments arrive live, per workspace or per task, and replay with since", async () => {
    const { owner, member, workspace, task } = await setup();
    const { createTask: elsewhere } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Elsewhere" } }, owner.token);
    const client = wsClient(owner.token);
    const all = new Subscription(client, CommentChanged, { workspaceId: workspace.id });
    const onTask = new Subscription(client, CommentChanged, { workspaceId: workspace.id, taskId: task.id });
    const added = new Subscription(client, CommentAdded, { workspaceId: workspace.id, taskId: task.id });
    await new Promise((r) => setTimeout(r, 300));
    try {
      const { addComment: c } = await ok(AddComment, { input: { taskId: task.id, body: "first" } }, member.token);
      await ok(AddComment, { input: { taskId: elsewhere.id, body: "other task" } }, member.token);
      await ok(EditComment, { input: { id: c.id, body: "first!" } }, member.token);
      await ok(DeleteComment, { input: { id: c.id } }, owner.token);
      const everything = await all.waitFor(4);
      expect(everything.map((d) => [d.commentChanged.kind, d.commentChanged.taskId])).toEqual([
        ["ADDED", task.id],
        ["ADDED", elsewhere.id],
        ["EDITED", task.id],
        ["DELETED", task.id],
      ]);
      const mine = await onTask.waitFor(3);
      expect(mine.map((d) => [d.commentChanged.kind, d.commentChanged.comment.id, d.commentChanged.actor.id])).toEqual([
        ["ADDED", c.id, member.id],
        ["EDITED", c.id, member.id],
        ["DELETED", c.id, owner.id],
      ]);
      // commentAdded: only additions, only this task's.
      expect((await added.waitFor(1)).map((d) => [d.commentAdded.id, d.commentAdded.author.id])).toEqual([[c.id, member.id]]);
      await new Promise((r) => setTimeout(r, 200));
      expect(added.results).toHaveLength(1);
      const replay = new Subscription(client, CommentChanged, { workspaceId: workspace.id, taskId: task.id, since: 0 });
      expect((await replay.waitFor(3)).map((d) => d.commentChanged.kind)).toEqual(["ADDED", "EDITED", "DELETED"]);
      replay.dispose();
    } finally {
      all.dispose();
      onTask.dispose();
      added.dispose();
      await client.dispose();
    }
  });
});
