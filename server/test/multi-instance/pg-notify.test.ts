import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SocketClose } from "../../src/http/close-codes.js";
import { graphql } from "../gql/index.js";
import { ok, Subscription, wsClient } from "../support/client.js";
import { CreateTask, SignOut, SignUp } from "../support/documents.js";
import { type TwoInstances, twoInstances } from "../support/instances.js";

const CreateWorkspace = graphql(`
  mutation PgBusWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }
`);
const Versions = graphql(`
  subscription PgBusVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }
`);
const Titles = graphql(`
  subscription PgBusTitles($workspaceId: ID!) { taskChanged(workspaceId: $workspaceId) { version task { title } } }
`);

const password = "pg notify correct horse battery staple";
const waitUntil = async (check: () => boolean, ms = 10_000) => {
  for (const deadline = Date.now() + ms; !check() && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
};

describe("two instances behind one PostgreSQL and no Redis: LISTEN/NOTIFY is the bus", () => {
  let instances: TwoInstances;
  let a: TwoInstances["a"];
  let b: TwoInstances["b"];
  let listener: pg.Client;
  const notifications: string[] = [];

  beforeAll(async () => {
    instances = await twoInstances({ REDIS_URL: "" });
    ({ a, b } = instances);
    // A bystander on the same channel: sees what the instances send each other.
    listener = new pg.Client({ connectionString: instances.database.config.databaseUrl });
    await listener.connect();
    listener.on("notification", (message) => notifications.push(message.payload ?? ""));
    await listener.query("LISTEN taskgraph_bus");
  }, 120_000);

  afterAll(async () => {
    await listener?.end();
    await instances?.stop();
  });

  it("a subscriber on A hears writes made only on B, then writes racing on both: every version once, in order", async () => {
    const { signUp } = await ok(SignUp, { input: { email: `pg-bus-${Date.now()}@example.com`, password, name: "Bus" } }, undefined, a.url);
    const { createWorkspace: ws } = await ok(CreateWorkspace, { input: { name: "Bus" } }, signUp.token, b.url);
    const client = wsClient(signUp.token, a.url);
    const sub = new Subscription(client, Versions, { workspaceId: ws.id });
    const titles = new Subscription(client, Titles, { workspaceId: ws.id });
    // Live-only: probe from B until A's subscription hears one; nothing is written on A, so only NOTIFY can carry it.
    for (let i = 0; sub.results.length === 0 && i < 50; i++) {
      await ok(CreateTask, { input: { workspaceId: ws.id, title: `probe ${i}` } }, signUp.token, b.url);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const first = (await sub.waitFor(1))[0]!.activityAdded.version;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = sub.results.length;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        ok(CreateTask, { input: { workspaceId: ws.id, title: `t${i}` } }, signUp.token, i % 2 ? a.url : b.url),
      ),
    );
    const events = await sub.waitFor(seen + 40, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sub.results).toHaveLength(seen + 40);
    expect(events.map((e) => e.activityAdded.version)).toEqual(Array.from({ length: seen + 40 }, (_, i) => first + i));
    // The task subscription on A shows every title written on either instance, each once.
    await titles.waitFor(40, 15_000);
    const shown = titles.data.map((e) => e.taskChanged.task.title).filter((t) => /^t\d+$/.test(t));
    expect(new Set(shown).size).toBe(40);
    expect(shown).toHaveLength(40);
    sub.dispose();
    titles.dispose();
    await client.dispose();
  }, 90_000);

  it("notifications are small (ids and versions) and each event is sent once, by the instance that wrote it", async () => {
    const { signUp } = await ok(
      SignUp,
      { input: { email: `pg-bus-size-${Date.now()}@example.com`, password, name: "Size" } },
      undefined,
      a.url,
    );
    const { createWorkspace: ws } = await ok(CreateWorkspace, { input: { name: "Size" } }, signUp.token, a.url);
    const before = notifications.length;
    await ok(CreateTask, { input: { workspaceId: ws.id, title: "x".repeat(500), description: "y".repeat(5000) } }, signUp.token, b.url);
    await waitUntil(() => notifications.length > before);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = notifications.slice(before).map((p) => JSON.parse(p) as { t: string; d: { version: number; workspaceId: string } });
    // Only this workspace's task (version 2): the workspace's own creation (version 1) may still be on its way
    // when `before` is read, and earlier tests' notifications too.
    const [, workspaceId] = Buffer.from(ws.id, "base64").toString().split(":");
    const events = sent.filter((n) => n.t === `workspace:${workspaceId}` && n.d.version === 2);
    expect(events).toHaveLength(1);
    for (const payload of notifications.slice(before)) {
      expect(Buffer.byteLength(payload)).toBeLessThan(1000);
      expect(payload).not.toContain("yyyy");
    }
  });

  it("signing out on one instance closes that session's socket on the other", async () => {
    const { signUp } = await ok(
      SignUp,
      { input: { email: `pg-bus-signout-${Date.now()}@example.com`, password, name: "Out" } },
      undefined,
      a.url,
    );
    const client = wsClient(signUp.token, a.url);
    await new Promise((resolve) => client.on("connected", resolve));
    const closed = new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    await ok(SignOut, {}, signUp.token, b.url);
    expect(await closed).toBe(SocketClose.SignedOut);
    await client.dispose();
  });
});
