import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, ok, Subscription, signUp, sleep, team, workspaceState, wsClient } from "./support/client.js";
import { CreateTask, DeleteTask, RemoveMember, SignUp, UpdateTask } from "./support/documents.js";
import { serverOnOwnDatabase } from "./support/instances.js";
import { rawSocket } from "./support/raw-socket.js";
import type { ServerProcess } from "./support/server-process.js";

const Changes = graphql(`
  subscription FanoutChanges($workspaceId: ID!, $since: Int) {
    taskChanged(workspaceId: $workspaceId, since: $since) {
      kind
      version
      task { title status version deleted assignee { name } createdBy { name } }
      actor { name }
    }
  }
`);
const ActorCalendar = graphql(`
  subscription FanoutActorCalendar($workspaceId: ID!) {
    taskChanged(workspaceId: $workspaceId) { version actor { name activityCalendar { total } } }
  }
`);
const MyRole = graphql(`
  subscription FanoutMyRole($workspaceId: ID!) {
    taskChanged(workspaceId: $workspaceId) { version task { workspace { myRole } } }
  }
`);

describe("an event carries its state", () => {
  it("a replayed event shows the task as it was at that version, with the assignee of then", async () => {
    const { owner, member, workspace } = await team();
    const since = (await workspaceState(owner, workspace.id)).version;
    const { createTask } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "v1", assigneeId: member.id } }, owner.token);
    await ok(UpdateTask, { input: { id: createTask.id, title: "v2", status: "IN_PROGRESS" } }, owner.token);
    await ok(UpdateTask, { input: { id: createTask.id, title: "v3", assigneeId: owner.id } }, owner.token);
    await ok(DeleteTask, { input: { id: createTask.id } }, owner.token);

    const client = wsClient(owner.token);
    const sub = new Subscription(client, Changes, { workspaceId: workspace.id, since });
    const events = (await sub.waitFor(4)).map((e) => e.taskChanged);
    expect(events.map((e) => [e.kind, e.task.title, e.task.status, e.task.version, e.task.deleted, e.task.assignee?.name ?? null])).toEqual(
      [
        ["CREATED", "v1", "TODO", 1, false, member.name],
        ["UPDATED", "v2", "IN_PROGRESS", 2, false, member.name],
        ["UPDATED", "v3", "IN_PROGRESS", 3, false, owner.name],
        ["DELETED", "v3", "IN_PROGRESS", 4, true, owner.name],
      ],
    );
    expect(events.every((e) => e.task.createdBy.name === owner.name && e.actor.name === owner.name)).toBe(true);
    sub.dispose();
    await client.dispose();
  });
});

describe("shared execution never crosses what people may see", () => {
  it("two owners with the same document: only the actor sees their own activity calendar", async () => {
    const owner = await signUp("Writer");
    const workspace = await createWorkspace(owner);
    const other = await signUp("CoOwner");
    await addMember(owner, workspace.id, other, "OWNER");
    const clients = [wsClient(owner.token), wsClient(other.token)];
    const [mine, theirs] = clients.map((c) => new Subscription(c, ActorCalendar, { workspaceId: workspace.id }));
    await sleep(300);
    await ok(CreateTask, { input: { workspaceId: workspace.id, title: "calendar" } }, owner.token);
    const [own] = await mine!.waitFor(1);
    await theirs!.waitFor(1);
    expect(own!.taskChanged.actor.activityCalendar.total).toBeGreaterThan(0);
    expect(theirs!.results[0]!.data).toBeNull();
    expect(theirs!.results[0]!.errors?.[0]!.extensions?.code).toBe("FORBIDDEN");
    for (const s of [mine, theirs]) s!.dispose();
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it("a VIEWER and an OWNER subscribed with the same document each see their own role", async () => {
    const { owner, viewer, workspace } = await team();
    const clients = [wsClient(owner.token), wsClient(viewer.token)];
    const [ownerSub, viewerSub] = clients.map((c) => new Subscription(c, MyRole, { workspaceId: workspace.id }));
    await sleep(300);
    await ok(CreateTask, { input: { workspaceId: workspace.id, title: "roles" } }, owner.token);
    expect((await ownerSub!.waitFor(1))[0]!.taskChanged.task.workspace.myRole).toBe("OWNER");
    expect((await viewerSub!.waitFor(1))[0]!.taskChanged.task.workspace.myRole).toBe("VIEWER");
    for (const s of [ownerSub, viewerSub]) s!.dispose();
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it("a removed member sharing a document with others stops at once while the others go on", async () => {
    const { owner, member, viewer, workspace } = await team();
    const clients = [wsClient(member.token), wsClient(viewer.token)];
    const [memberSub, viewerSub] = clients.map((c) => new Subscription(c, Changes, { workspaceId: workspace.id }));
    await sleep(300);
    await ok(CreateTask, { input: { workspaceId: workspace.id, title: "before" } }, owner.token);
    await memberSub!.waitFor(1);
    await ok(RemoveMember, { input: { workspaceId: workspace.id, userId: member.id } }, owner.token);
    await ok(CreateTask, { input: { workspaceId: workspace.id, title: "after" } }, owner.token);
    expect(await memberSub!.done).toBe("complete");
    const titles = (await viewerSub!.waitFor(2)).map((e) => e.taskChanged.task.title);
    expect(titles).toEqual(["before", "after"]);
    expect(memberSub!.data.map((e) => e.taskChanged.task.title)).toEqual(["before"]);
    for (const s of [memberSub, viewerSub]) s!.dispose();
    await Promise.all(clients.map((c) => c.dispose()));
  });
});

describe("many subscribers of one workspace", () => {
  let server: ServerProcess;
  let stderr = "";

  beforeAll(async () => {
    server = await serverOnOwnDatabase({ RATE_LIMIT_MULTIPLIER: "1000" });
    server.process.stderr!.on("data", (chunk) => (stderr += String(chunk)));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it("60 sockets of three roles all get every event once, in order, and the bus gets no listener per subscriber", async () => {
    const url = server.url;
    const [owner, member, viewer] = await Promise.all(["Owner", "Member", "Viewer"].map((name) => signUpAt(url, name)));
    const { createWorkspace: ws } = await ok(CreateWorkspaceAt, { input: { name: "Crowd" } }, owner!.token, url);
    await addMember(owner!, ws.id, member!, "MEMBER", url);
    await addMember(owner!, ws.id, viewer!, "VIEWER", url);
    const people = [owner, member, viewer];
    const clients = Array.from({ length: 60 }, (_, i) => wsClient(people[i % 3]!.token, url));
    const subs = clients.map((c) => new Subscription(c, Changes, { workspaceId: ws.id }));
    // Live-only: probe until every subscription has heard one, so all are registered on the server.
    for (let i = 0; subs.some((s) => s.results.length === 0) && i < 100; i++) {
      await ok(CreateTask, { input: { workspaceId: ws.id, title: `probe ${i}` } }, owner!.token, url);
      await sleep(200);
    }
    const { createTask } = await ok(CreateTask, { input: { workspaceId: ws.id, title: "t0" } }, owner!.token, url);
    for (let i = 1; i <= 10; i++) await ok(UpdateTask, { input: { id: createTask.id, title: `t${i}` } }, member!.token, url);
    for (const sub of subs) {
      await sub.waitFor(1);
      const probes = sub.data.filter((e) => e.taskChanged.task.title.startsWith("probe")).length;
      const events = (await sub.waitFor(probes + 11, 15_000)).map((e) => e.taskChanged);
      expect(events.slice(probes).map((e) => e.task.title)).toEqual(Array.from({ length: 11 }, (_, i) => `t${i}`));
      expect(events.map((e) => e.version)).toEqual(Array.from({ length: events.length }, (_, i) => events[0]!.version + i));
    }
    await sleep(300);
    expect(subs.every((s) => s.data.filter((e) => /^t\d+$/.test(e.taskChanged.task.title)).length === 11)).toBe(true);
    // Node warns at 11 listeners on one emitter: one per subscriber would.
    expect(stderr).not.toContain("MaxListenersExceededWarning");
    for (const s of subs) s.dispose();
    await Promise.all(clients.map((c) => c.dispose()));
  }, 60_000);
});

const CreateWorkspaceAt = graphql(`
  mutation FanoutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }
`);

async function signUpAt(url: string, name: string) {
  const email = `${name.toLowerCase()}-fanout-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const { signUp } = await ok(SignUp, { input: { email, password: "fan-out correct horse battery staple", name } }, undefined, url);
  return { token: signUp.token, ...signUp.user };
}

describe("shared frames on the wire", () => {
  it("two operations on one socket each get every event once, in order; a completed one gets no frame after", async () => {
    const { owner, workspace } = await team();
    const { socket, messages, closed } = await rawSocket(owner.token);
    const frames = messages as {
      id?: string;
      type: string;
      payload?: { data?: { taskChanged: { version: number; task: { title: string } } } };
    }[];
    let closedWith: number | undefined;
    void closed.then((code) => (closedWith = code));
    const subscribe = (id: string) =>
      socket.send(JSON.stringify({ id, type: "subscribe", payload: { query: print(Changes), variables: { workspaceId: workspace.id } } }));
    subscribe("a");
    subscribe("b");
    const nexts = (id: string) => frames.filter((f) => f.id === id && f.type === "next").map((f) => f.payload!.data!.taskChanged);
    const { createTask } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "probe" } }, owner.token);
    for (let i = 0; (nexts("a").length === 0 || nexts("b").length === 0) && i < 50; i++) {
      await ok(UpdateTask, { input: { id: createTask.id, title: `probe ${i}` } }, owner.token);
      await sleep(100);
    }
    socket.send(JSON.stringify({ id: "a", type: "complete" }));
    await sleep(300);
    const aBefore = nexts("a").length;
    const bBefore = nexts("b").length;
    for (let i = 1; i <= 8; i++) await ok(UpdateTask, { input: { id: createTask.id, title: `t${i}` } }, owner.token);
    for (let i = 0; nexts("b").length < bBefore + 8 && i < 50; i++) await sleep(100);
    const b = nexts("b");
    expect(b.slice(bBefore).map((e) => e.task.title)).toEqual(["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"]);
    expect(b.map((e) => e.version)).toEqual(Array.from({ length: b.length }, (_, i) => b[0]!.version + i));
    await sleep(200);
    expect(nexts("a")).toHaveLength(aBefore);
    expect(closedWith).toBeUndefined();
    socket.close();
  }, 30_000);
});
