import { describe, expect, it } from "vitest";
import { SocketClose } from "../src/http/close-codes.js";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, ok, Subscription, serverUrl, signUp, sleep, wsClient } from "./support/client.js";
import { CreateTask, DeleteTask, MoveTask, RemoveMember, UpdateTask } from "./support/documents.js";

const TaskChanged = graphql(`
  subscription SubsTaskChanged($workspaceId: ID!, $since: Int) {
    taskChanged(workspaceId: $workspaceId, since: $since) {
      kind
      version
      actor { id name }
      task { id title status deleted }
    }
  }
`);

const ActivityAdded = graphql(`
  subscription SubsActivityAdded($workspaceId: ID!, $since: Int) {
    activityAdded(workspaceId: $workspaceId, since: $since) { version action entityId }
  }
`);

async function workspaceWithViewer() {
  const owner = await signUp("Owner");
  const viewer = await signUp("Viewer");
  const workspace = await createWorkspace(owner);
  await addMember(owner, workspace.id, viewer, "VIEWER");
  const create = async (title: string) => (await ok(CreateTask, { input: { workspaceId: workspace.id, title } }, owner.token)).createTask;
  return { owner, viewer, workspace, create };
}

/** A live-only subscription is registered when its first event arrives: write until one does. */
async function started<T>(sub: Subscription<T>, trigger: () => Promise<unknown>) {
  for (let attempt = 0; sub.results.length === 0 && attempt < 50; attempt++) {
    await trigger();
    await sleep(100);
  }
  await sub.waitFor(1);
}

describe("subscriptions over graphql-ws", () => {
  it("taskChanged delivers created, updated, moved and deleted with the subscriber's selection", async () => {
    const { owner, viewer, workspace, create } = await workspaceWithViewer();
    const client = wsClient(viewer.token);
    // Subscribing from the current version makes the test independent of when the server registers it.
    const sub = new Subscription(client, TaskChanged, { workspaceId: workspace.id, since: workspace.version + 2 });
    // The task is re-read when its event is delivered, so each step waits for its event before the next write.
    const task = await create("Live");
    await sub.waitFor(1);
    await ok(UpdateTask, { input: { id: task.id, title: "Live!" } }, owner.token);
    await sub.waitFor(2);
    await ok(MoveTask, { input: { id: task.id, status: "DONE" } }, owner.token);
    await sub.waitFor(3);
    await ok(DeleteTask, { input: { id: task.id } }, owner.token);
    const events = await sub.waitFor(4);
    expect(events.map((e) => e.taskChanged.kind)).toEqual(["CREATED", "UPDATED", "MOVED", "DELETED"]);
    const first = workspace.version + 3; // after the viewer's invite and join
    expect(events.map((e) => e.taskChanged.version)).toEqual([first, first + 1, first + 2, first + 3]);
    expect(events[0]!.taskChanged.actor).toEqual({ id: owner.id, name: "Owner" });
    expect(events[1]!.taskChanged.task).toEqual({ id: task.id, title: "Live!", status: "TODO", deleted: false });
    expect(events[2]!.taskChanged.task.status).toBe("DONE");
    expect(events[3]!.taskChanged.task.deleted).toBe(true);
    sub.dispose();
    await client.dispose();
  });

  it("activityAdded delivers every log entry in version order, member changes included", async () => {
    const { owner, workspace, create } = await workspaceWithViewer();
    const client = wsClient(owner.token);
    const sub = new Subscription(client, ActivityAdded, { workspaceId: workspace.id });
    await started(sub, () => create("one"));
    sub.results.splice(0);
    await create("one");
    const newcomer = await signUp("Newcomer");
    await addMember(owner, workspace.id, newcomer, "MEMBER");
    const events = await sub.waitFor(3);
    expect(events.map((e) => e.activityAdded.action)).toEqual(["TASK_CREATED", "MEMBER_INVITED", "MEMBER_JOINED"]);
    const versions = events.map((e) => e.activityAdded.version);
    expect(versions).toEqual([versions[0], versions[0]! + 1, versions[0]! + 2]);
    sub.dispose();
    await client.dispose();
  });

  it("refuses non-members with NOT_FOUND and signed-out clients with UNAUTHENTICATED", async () => {
    const { workspace } = await workspaceWithViewer();
    const outsider = await signUp("Outsider");
    for (const [token, code] of [
      [outsider.token, "NOT_FOUND"],
      [undefined, "UNAUTHENTICATED"],
    ] as const) {
      const client = wsClient(token);
      const sub = new Subscription(client, TaskChanged, { workspaceId: workspace.id });
      await sub.waitFor(1);
      expect(sub.results[0]!.errors?.[0]!.extensions?.code).toBe(code);
      expect(await sub.done).toBe("complete");
      await client.dispose();
    }
  });

  it("a removed member's subscription ends within one second and delivers nothing after the removal", async () => {
    const { owner, viewer, workspace, create } = await workspaceWithViewer();
    const client = wsClient(viewer.token);
    const sub = new Subscription(client, ActivityAdded, { workspaceId: workspace.id, since: workspace.version + 2 });
    await create("before");
    await sub.waitFor(1);
    const removedAt = Date.now();
    await ok(RemoveMember, { input: { workspaceId: workspace.id, userId: viewer.id } }, owner.token);
    const how = await Promise.race([sub.done, sleep(1_000).then(() => "still open")]);
    expect(how).toBe("complete");
    expect(Date.now() - removedAt).toBeLessThan(1_000);
    await create("after");
    await sleep(300);
    expect(sub.data.map((e) => e.activityAdded.action)).toEqual(["TASK_CREATED"]);
    await client.dispose();
  });

  it("with since, replays the log after that version and then goes live, with no gap and no duplicate", async () => {
    const { owner, workspace, create } = await workspaceWithViewer();
    for (const title of ["a", "b", "c"]) await create(title);
    const client = wsClient(owner.token);
    const sub = new Subscription(client, ActivityAdded, { workspaceId: workspace.id, since: 1 });
    // Writers race the replay: whatever lands during catch-up must appear exactly once, in order.
    await Promise.all(["d", "e", "f"].map((title) => create(title)));
    const head = workspace.version + 2 /* invite + join */ + 6;
    const events = await sub.waitFor(head - 1);
    expect(events.map((e) => e.activityAdded.version)).toEqual(Array.from({ length: head - 1 }, (_, i) => i + 2));
    await sleep(200);
    expect(sub.results).toHaveLength(head - 1);
    sub.dispose();
    await client.dispose();
  });

  it("refuses a since ahead of the workspace's log with BAD_USER_INPUT instead of waiting forever", async () => {
    const { owner, workspace } = await workspaceWithViewer();
    const client = wsClient(owner.token);
    for (const since of [workspace.version + 100, -1]) {
      const sub = new Subscription(client, ActivityAdded, { workspaceId: workspace.id, since });
      await sub.waitFor(1);
      expect(sub.results[0]!.errors?.[0]!.extensions?.code).toBe("BAD_USER_INPUT");
    }
    await client.dispose();
  });

  it("closes a socket whose token is not valid", async () => {
    const client = wsClient("tg_not-a-real-token");
    const closed = new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    expect(await closed).toBe(SocketClose.InvalidToken);
    await client.dispose();
  });
});

describe("subscriptions over server-sent events", () => {
  it("streams taskChanged over plain HTTP with a bearer token", async () => {
    const { owner, workspace, create } = await workspaceWithViewer();
    const controller = new AbortController();
    const response = await fetch(`${serverUrl()}/graphql`, {
      method: "POST",
      signal: controller.signal,
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${owner.token}` },
      body: JSON.stringify({
        query: "subscription($w: ID!) { taskChanged(workspaceId: $w) { kind task { title } } }",
        variables: { w: workspace.id },
      }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    let text = "";
    // The stream is open before the write: the subscriber is registered by the time headers arrive.
    await sleep(100);
    await create("over SSE");
    while (!text.includes("over SSE")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('"kind":"CREATED"');
    expect(text).toContain('"title":"over SSE"');
  });
});
