import { describe, expect, it } from "vitest";
import { createPresenceRegistry, type PresenceChange } from "../src/realtime/presence.js";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, errorCode, ok, Subscription, signUp, sleep, wsClient } from "./support/client.js";
import { CreateTask } from "./support/documents.js";

const Presence = graphql(`
  subscription PresenceWatch($workspaceId: ID!) {
    presence(workspaceId: $workspaceId) {
      kind
      taskId
      user { id name }
      viewers { user { id } taskId since }
    }
  }
`);

const SetPresence = graphql(`
  mutation PresenceSet($input: SetPresenceInput!) {
    setPresence(input: $input)
  }
`);

async function board() {
  const owner = await signUp("Owner");
  const member = await signUp("Member");
  const workspace = await createWorkspace(owner);
  await addMember(owner, workspace.id, member, "VIEWER");
  const task = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Edit me" } }, owner.token)).createTask;
  return { owner, member, workspace, task };
}

const ids = (viewers: { user: { id: string } }[]) => viewers.map((v) => v.user.id).sort();

describe("presence over graphql-ws", () => {
  it("snapshots, joins, updates and leaves at once when a socket closes", async () => {
    const { owner, member, workspace, task } = await board();
    const ownerClient = wsClient(owner.token);
    const watch = new Subscription(ownerClient, Presence, { workspaceId: workspace.id });
    const [snapshot] = await watch.waitFor(1);
    expect(snapshot!.presence.kind).toBe("SNAPSHOT");
    expect(snapshot!.presence.user.id).toBe(owner.id);
    expect(ids(snapshot!.presence.viewers)).toEqual([owner.id]);

    const memberClient = wsClient(member.token);
    const memberWatch = new Subscription(memberClient, Presence, { workspaceId: workspace.id });
    const joined = (await watch.waitFor(2))[1]!.presence;
    expect(joined).toMatchObject({ kind: "JOINED", user: { id: member.id, name: "Member" }, taskId: null });
    expect(ids(joined.viewers)).toEqual([owner.id, member.id].sort());
    const memberSnapshot = (await memberWatch.waitFor(1))[0]!.presence;
    expect(memberSnapshot.kind).toBe("SNAPSHOT");
    expect(ids(memberSnapshot.viewers)).toEqual([owner.id, member.id].sort());

    // A viewer may say what they edit; refreshing the same task is not news.
    expect((await ok(SetPresence, { input: { workspaceId: workspace.id, taskId: task.id } }, member.token)).setPresence).toBe(true);
    const updated = (await watch.waitFor(3))[2]!.presence;
    expect(updated).toMatchObject({ kind: "UPDATED", user: { id: member.id }, taskId: task.id });
    expect(updated.viewers.find((v) => v.user.id === member.id)?.taskId).toBe(task.id);
    await ok(SetPresence, { input: { workspaceId: workspace.id, taskId: task.id } }, member.token);
    await ok(SetPresence, { input: { workspaceId: workspace.id, taskId: null } }, member.token);
    const cleared = (await watch.waitFor(4))[3]!.presence;
    expect(cleared).toMatchObject({ kind: "UPDATED", user: { id: member.id }, taskId: null });
    await ok(SetPresence, { input: { workspaceId: workspace.id, taskId: task.id } }, member.token);
    await watch.waitFor(5);

    const closedAt = Date.now();
    await memberClient.dispose();
    const left = (await watch.waitFor(6, 1_000))[5]!.presence;
    expect(Date.now() - closedAt).toBeLessThan(1_000);
    expect(left).toMatchObject({ kind: "LEFT", user: { id: member.id }, taskId: null });
    expect(ids(left.viewers)).toEqual([owner.id]);
    await sleep(100);
    expect(watch.results).toHaveLength(6);

    watch.dispose();
    await ownerClient.dispose();
  });

  it("a second subscription of the same user neither joins nor leaves", async () => {
    const { owner, member, workspace } = await board();
    const ownerClient = wsClient(owner.token);
    const watch = new Subscription(ownerClient, Presence, { workspaceId: workspace.id });
    await watch.waitFor(1);
    const tabs = [wsClient(member.token), wsClient(member.token)];
    const subs = tabs.map((c) => new Subscription(c, Presence, { workspaceId: workspace.id }));
    await Promise.all(subs.map((s) => s.waitFor(1)));
    await tabs[0]!.dispose();
    await sleep(300);
    expect(watch.data.map((e) => e.presence.kind)).toEqual(["SNAPSHOT", "JOINED"]);
    await tabs[1]!.dispose();
    const events = await watch.waitFor(3, 1_000);
    expect(events[2]!.presence).toMatchObject({ kind: "LEFT", user: { id: member.id } });
    watch.dispose();
    await ownerClient.dispose();
  });

  it("refuses non-members with NOT_FOUND, and task IDs from elsewhere with BAD_USER_INPUT", async () => {
    const { workspace, task, member } = await board();
    const outsider = await signUp("Outsider");
    const client = wsClient(outsider.token);
    const sub = new Subscription(client, Presence, { workspaceId: workspace.id });
    await sub.waitFor(1);
    expect(sub.results[0]!.errors?.[0]!.extensions?.code).toBe("NOT_FOUND");
    expect(await sub.done).toBe("complete");
    await client.dispose();
    expect(await errorCode(SetPresence, { input: { workspaceId: workspace.id } }, outsider.token)).toBe("NOT_FOUND");

    const other = await board();
    expect(await errorCode(SetPresence, { input: { workspaceId: workspace.id, taskId: other.task.id } }, member.token)).toBe(
      "BAD_USER_INPUT",
    );
    expect(await errorCode(SetPresence, { input: { workspaceId: workspace.id, taskId: workspace.id } }, member.token)).toBe(
      "BAD_USER_INPUT",
    );
    expect(await errorCode(SetPresence, { input: { workspaceId: workspace.id, taskId: task.id } })).toBe("UNAUTHENTICATED");
  });
});

describe("the in-memory presence registry", () => {
  const collect = () => {
    const changes: PresenceChange[] = [];
    return { changes, listener: (c: PresenceChange) => changes.push(c) };
  };

  it("a lease alone makes a user present until it expires", async () => {
    const registry = createPresenceRegistry(60);
    const { changes, listener } = collect();
    const watcher = registry.connect("w", "a", listener);
    registry.touch("w", "b", "t1");
    await sleep(30);
    registry.touch("w", "b", "t1"); // a refresh is not news, and extends the lease
    await sleep(45);
    expect(changes.map((c) => [c.kind, c.userId])).toEqual([["JOINED", "b"]]);
    await sleep(60);
    expect(changes.map((c) => [c.kind, c.userId, c.taskId])).toEqual([
      ["JOINED", "b", "t1"],
      ["LEFT", "b", null],
    ]);
    expect(registry.list("w").map((e) => e.userId)).toEqual(["a"]);
    watcher.close();
    expect(registry.list("w")).toEqual([]);
    registry.close();
  });

  it("an expired lease of a connected user only clears the task; closing the last connection leaves at once", async () => {
    const registry = createPresenceRegistry(40);
    const { changes, listener } = collect();
    const watcher = registry.connect("w", "a", listener);
    const tab = registry.connect("w", "b", () => {});
    expect(tab.snapshot.map((e) => e.userId)).toEqual(["a", "b"]);
    registry.touch("w", "b", "t1");
    await sleep(80);
    expect(changes.map((c) => [c.kind, c.taskId])).toEqual([
      ["JOINED", null],
      ["UPDATED", "t1"],
      ["UPDATED", null],
    ]);
    registry.touch("w", "b", "t2");
    tab.close();
    tab.close(); // idempotent
    expect(changes.slice(3).map((c) => [c.kind, c.userId])).toEqual([
      ["UPDATED", "b"],
      ["LEFT", "b"],
    ]);
    await sleep(60); // the cleared lease fires nothing
    expect(changes).toHaveLength(5);
    watcher.close();
    registry.close();
  });
});
