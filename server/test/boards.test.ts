import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { createWorkspace, ok, refusal, Subscription, signUp, team, wsClient } from "./support/client.js";
import { CreateBoard, CreateTask, MoveTask, Undo, WorkspaceVersion } from "./support/documents.js";

const Boards = graphql(`
  query BoardsList($id: ID!, $includeArchived: Boolean) {
    workspace(id: $id) {
      version
      boards(includeArchived: $includeArchived) { id name archived version tasks { totalCount edges { node { id title status position } } } }
    }
  }
`);
const RenameBoard = graphql(`
  mutation BoardsRename($input: RenameBoardInput!) {
    renameBoard(input: $input) { id name }
  }
`);
const ArchiveBoard = graphql(`
  mutation BoardsArchive($input: ArchiveBoardInput!) {
    archiveBoard(input: $input) { id archived archivedAt }
  }
`);
const TaskChanged = graphql(`
  subscription BoardsTaskChanged($workspaceId: ID!, $boardId: ID, $since: Int) {
    taskChanged(workspaceId: $workspaceId, boardId: $boardId, since: $since) { kind version task { id title board { id } } }
  }
`);
const BoardNode = graphql(`
  query BoardsNode($id: ID!) {
    node(id: $id) { ... on Board { id name } }
  }
`);
const ActivityAdded = graphql(`
  subscription BoardsActivityAdded($workspaceId: ID!) {
    activityAdded(workspaceId: $workspaceId) { version action entityType entityId actor { id } }
  }
`);
const CreateCheckpoint = graphql(`
  mutation BoardsCreateCheckpoint($input: CreateCheckpointInput!) {
    createCheckpoint(input: $input) { id }
  }
`);
const DeleteCheckpoint = graphql(`
  mutation BoardsDeleteCheckpoint($input: DeleteCheckpointInput!) {
    deleteCheckpoint(input: $input)
  }
`);
const Activity = graphql(`
  query BoardsActivity($id: ID!) {
    workspace(id: $id) { activity(first: 3) { edges { node { action entityType entityId } } } }
  }
`);

async function boardsOf(token: string, id: string, includeArchived = false) {
  const { workspace } = await ok(Boards, { id, includeArchived }, token);
  return workspace!.boards;
}
const versionOf = async (token: string, id: string) => (await ok(WorkspaceVersion, { id }, token)).workspace!.version;

describe("boards", () => {
  it("a new workspace has one board, and tasks created without a board go on it", async () => {
    const owner = await signUp("Owner");
    const ws = await createWorkspace(owner);
    const [board] = await boardsOf(owner.token, ws.id);
    expect(board).toMatchObject({ name: "Main", archived: false });
    const { createTask } = await ok(CreateTask, { input: { workspaceId: ws.id, title: "No board named" } }, owner.token);
    expect(createTask.board.id).toBe(board!.id);
  });

  it("admins create, rename and archive boards; each board has its own tasks and columns; the log records it", async () => {
    const { owner, admin, workspace } = await team();
    const { createBoard } = await ok(CreateBoard, { input: { workspaceId: workspace.id, name: "  Roadmap " } }, admin.token);
    expect(createBoard).toMatchObject({ name: "Roadmap", archived: false, workspace: { id: workspace.id } });
    const [main] = await boardsOf(owner.token, workspace.id);
    const a = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "On main" } }, owner.token)).createTask;
    const b = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "On roadmap", boardId: createBoard.id } }, owner.token))
      .createTask;
    expect(b.board.id).toBe(createBoard.id);
    // Columns are per board: the first card of each board's TODO column gets the same first position.
    expect(b.position).toBe(a.position);
    const lists = await boardsOf(owner.token, workspace.id);
    expect(lists.map((x) => [x.name, x.tasks.edges.map((e) => e.node.title)])).toEqual([
      ["Main", ["On main"]],
      ["Roadmap", ["On roadmap"]],
    ]);
    expect(lists[0]!.version).toBe(await versionOf(owner.token, workspace.id));

    const { renameBoard } = await ok(RenameBoard, { input: { boardId: createBoard.id, name: "Q3" } }, admin.token);
    expect(renameBoard.name).toBe("Q3");
    const { archiveBoard } = await ok(ArchiveBoard, { input: { boardId: createBoard.id } }, admin.token);
    expect(archiveBoard.archived).toBe(true);
    expect((await boardsOf(owner.token, workspace.id)).map((x) => x.id)).toEqual([main!.id]);
    expect((await boardsOf(owner.token, workspace.id, true)).map((x) => x.id)).toEqual([main!.id, createBoard.id]);
    const { workspace: log } = await ok(Activity, { id: workspace.id }, owner.token);
    expect(log!.activity.edges.map((e) => [e.node.action, e.node.entityType, e.node.entityId])).toEqual([
      ["BOARD_ARCHIVED", "Board", createBoard.id],
      ["BOARD_RENAMED", "Board", createBoard.id],
      ["TASK_CREATED", "Task", b.id],
    ]);
    // Archived boards take no new cards until reopened.
    expect(await refusal(CreateTask, { input: { workspaceId: workspace.id, title: "x", boardId: createBoard.id } }, owner.token)).toEqual({
      code: "CONFLICT",
      reason: "BOARD_ARCHIVED",
    });
    await ok(ArchiveBoard, { input: { boardId: createBoard.id, archived: false } }, admin.token);
    expect((await boardsOf(owner.token, workspace.id)).length).toBe(2);
  });

  it("roles: MEMBER and VIEWER cannot manage boards, outsiders get NOT_FOUND; nothing is written", async () => {
    const { owner, member, viewer, outsider, workspace } = await team();
    const [main] = await boardsOf(owner.token, workspace.id);
    const before = await versionOf(owner.token, workspace.id);
    for (const user of [member, viewer]) {
      expect((await refusal(CreateBoard, { input: { workspaceId: workspace.id, name: "X" } }, user.token)).code).toBe("FORBIDDEN");
      expect((await refusal(RenameBoard, { input: { boardId: main!.id, name: "X" } }, user.token)).code).toBe("FORBIDDEN");
      expect((await refusal(ArchiveBoard, { input: { boardId: main!.id } }, user.token)).code).toBe("FORBIDDEN");
    }
    expect((await refusal(CreateBoard, { input: { workspaceId: workspace.id, name: "X" } }, outsider.token)).code).toBe("NOT_FOUND");
    expect((await refusal(RenameBoard, { input: { boardId: main!.id, name: "X" } }, outsider.token)).code).toBe("NOT_FOUND");
    expect((await refusal(ArchiveBoard, { input: { boardId: main!.id } }, outsider.token)).code).toBe("NOT_FOUND");
    expect(await ok(Boards, { id: workspace.id }, outsider.token)).toEqual({ workspace: null });
    expect(await ok(BoardNode, { id: main!.id }, outsider.token)).toEqual({ node: null });
    expect(await ok(BoardNode, { id: main!.id }, viewer.token)).toEqual({ node: { id: main!.id, name: "Main" } });
    expect((await boardsOf(viewer.token, workspace.id)).map((b) => b.name)).toEqual(["Main"]);
    expect(await versionOf(owner.token, workspace.id)).toBe(before);
    expect((await boardsOf(owner.token, workspace.id)).map((b) => b.name)).toEqual(["Main"]);
  });

  it("bad input writes nothing: empty or long names, the last open board, another workspace's board", async () => {
    const owner = await signUp("Owner");
    const ws = await createWorkspace(owner);
    const other = await createWorkspace(owner, "Other");
    const [main] = await boardsOf(owner.token, ws.id);
    const [foreign] = await boardsOf(owner.token, other.id);
    const before = await versionOf(owner.token, ws.id);
    expect(await refusal(CreateBoard, { input: { workspaceId: ws.id, name: "   " } }, owner.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "EMPTY_TEXT",
    });
    expect(await refusal(CreateBoard, { input: { workspaceId: ws.id, name: "x".repeat(101) } }, owner.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "TOO_LONG",
    });
    expect(await refusal(RenameBoard, { input: { boardId: main!.id, name: "" } }, owner.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "EMPTY_TEXT",
    });
    expect(await refusal(ArchiveBoard, { input: { boardId: main!.id } }, owner.token)).toEqual({ code: "CONFLICT", reason: "LAST_BOARD" });
    expect((await refusal(RenameBoard, { input: { boardId: ws.id, name: "x" } }, owner.token)).code).toBe("BAD_USER_INPUT");
    expect((await refusal(CreateTask, { input: { workspaceId: ws.id, title: "t", boardId: foreign!.id } }, owner.token)).code).toBe(
      "BAD_USER_INPUT",
    );
    expect(await versionOf(owner.token, ws.id)).toBe(before);
    expect((await boardsOf(owner.token, ws.id, true)).map((b) => [b.name, b.archived])).toEqual([["Main", false]]);
  });

  it("moveTask carries a card to another board, undo brings it back, and taskChanged(boardId) sees it leave and return", async () => {
    const owner = await signUp("Owner");
    const ws = await createWorkspace(owner);
    const [main] = await boardsOf(owner.token, ws.id);
    const { createBoard: other } = await ok(CreateBoard, { input: { workspaceId: ws.id, name: "Other" } }, owner.token);
    const client = wsClient(owner.token);
    const onMain = new Subscription(client, TaskChanged, { workspaceId: ws.id, boardId: main!.id });
    const onOther = new Subscription(client, TaskChanged, { workspaceId: ws.id, boardId: other.id });
    const everything = new Subscription(client, TaskChanged, { workspaceId: ws.id });
    await new Promise((r) => setTimeout(r, 300));
    try {
      const stay = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "Stays" } }, owner.token)).createTask;
      const { createTask: card } = await ok(CreateTask, { input: { workspaceId: ws.id, title: "Travels" } }, owner.token);
      const target = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "Already there", boardId: other.id } }, owner.token))
        .createTask;
      const { moveTask } = await ok(MoveTask, { input: { id: card.id, status: "DONE", boardId: other.id } }, owner.token);
      expect(moveTask).toMatchObject({ status: "DONE", board: { id: other.id } });
      // afterId must be on the target board.
      expect(
        (await refusal(MoveTask, { input: { id: card.id, status: "TODO", afterId: stay.id, boardId: other.id } }, owner.token)).code,
      ).toBe("BAD_USER_INPUT");
      const { undo } = await ok(Undo, { input: { workspaceId: ws.id } }, owner.token);
      expect(undo.board.id).toBe(main!.id);

      await everything.waitFor(5);
      const mainSeen = await onMain.waitFor(4);
      const otherSeen = await onOther.waitFor(3);
      expect(mainSeen.map((d) => [d.taskChanged.kind, d.taskChanged.task.title, d.taskChanged.task.board.id])).toEqual([
        ["CREATED", "Stays", main!.id],
        ["CREATED", "Travels", main!.id],
        ["MOVED", "Travels", other.id],
        ["MOVED", "Travels", main!.id],
      ]);
      expect(otherSeen.map((d) => [d.taskChanged.kind, d.taskChanged.task.title])).toEqual([
        ["CREATED", "Already there"],
        ["MOVED", "Travels"],
        ["MOVED", "Travels"],
      ]);
      expect(target.board.id).toBe(other.id);
      // A replay with since filters the same way.
      const replay = new Subscription(client, TaskChanged, { workspaceId: ws.id, boardId: other.id, since: 0 });
      expect((await replay.waitFor(3)).map((d) => d.taskChanged.task.title)).toEqual(["Already there", "Travels", "Travels"]);
      replay.dispose();
    } finally {
      onMain.dispose();
      onOther.dispose();
      everything.dispose();
      await client.dispose();
    }
  });

  it("board and checkpoint changes arrive live to every member, in log order", async () => {
    const { owner, admin, viewer, workspace } = await team();
    const client = wsClient(viewer.token);
    const feed = new Subscription(client, ActivityAdded, { workspaceId: workspace.id });
    await new Promise((r) => setTimeout(r, 300));
    try {
      const { createBoard: board } = await ok(CreateBoard, { input: { workspaceId: workspace.id, name: "Live" } }, admin.token);
      await ok(RenameBoard, { input: { boardId: board.id, name: "Live 2" } }, admin.token);
      await ok(ArchiveBoard, { input: { boardId: board.id } }, owner.token);
      await ok(ArchiveBoard, { input: { boardId: board.id, archived: false } }, owner.token);
      const { createCheckpoint: cp } = await ok(CreateCheckpoint, { input: { workspaceId: workspace.id, name: "now" } }, admin.token);
      await ok(DeleteCheckpoint, { input: { id: cp.id } }, admin.token);
      const seen = await feed.waitFor(6);
      expect(seen.map((d) => [d.activityAdded.action, d.activityAdded.entityType, d.activityAdded.entityId])).toEqual([
        ["BOARD_CREATED", "Board", board.id],
        ["BOARD_RENAMED", "Board", board.id],
        ["BOARD_ARCHIVED", "Board", board.id],
        ["BOARD_UNARCHIVED", "Board", board.id],
        ["CHECKPOINT_CREATED", "Checkpoint", cp.id],
        ["CHECKPOINT_DELETED", "Checkpoint", cp.id],
      ]);
      const versions = seen.map((d) => d.activityAdded.version);
      expect(versions).toEqual([...versions].sort((x, y) => x - y));
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });

  it("taskChanged refuses a board of another workspace", async () => {
    const owner = await signUp("Owner");
    const ws = await createWorkspace(owner);
    const other = await createWorkspace(owner, "Other");
    const [foreign] = await boardsOf(owner.token, other.id);
    const client = wsClient(owner.token);
    const sub = new Subscription(client, TaskChanged, { workspaceId: ws.id, boardId: foreign!.id });
    try {
      await sub.waitFor(1).catch(() => undefined);
      await sub.done;
      const errors = (sub.error as { extensions?: { code?: string } }[] | undefined) ?? sub.results.flatMap((r) => r.errors ?? []);
      expect(JSON.stringify(errors)).toContain("BAD_USER_INPUT");
    } finally {
      sub.dispose();
      await client.dispose();
    }
  });
});
