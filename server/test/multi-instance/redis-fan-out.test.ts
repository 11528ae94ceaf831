import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SocketClose } from "../../src/http/close-codes.js";
import { graphql } from "../gql/index.js";
import { ok, Subscription, wsClient } from "../support/client.js";
import { CreateTask, SignOut, SignUp } from "../support/documents.js";
import { redisUrl, type TwoInstances, twoInstances } from "../support/instances.js";

const CreateWorkspace = graphql(`
  mutation FanOutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }
`);
const Versions = graphql(`
  subscription FanOutVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }
`);

describe("two instances behind one PostgreSQL and one Redis", () => {
  let instances: TwoInstances;
  let a: TwoInstances["a"];
  let b: TwoInstances["b"];

  beforeAll(async () => {
    instances = await twoInstances({ REDIS_URL: redisUrl });
    ({ a, b } = instances);
  }, 120_000);

  afterAll(() => instances?.stop());

  it("a subscriber on one instance sees writes made on both, every version once and in order", async () => {
    const { signUp } = await ok(
      SignUp,
      { input: { email: `fan-out-${Date.now()}@example.com`, password: "correct horse", name: "Fan" } },
      undefined,
      a.url,
    );
    const { createWorkspace: ws } = await ok(CreateWorkspace, { input: { name: "Fan-out" } }, signUp.token, b.url);
    const client = wsClient(signUp.token, a.url);
    const sub = new Subscription(client, Versions, { workspaceId: ws.id });
    // Live-only: wait until instance A has registered the subscription, proven by a first event.
    for (let i = 0; sub.results.length === 0 && i < 50; i++) {
      await ok(CreateTask, { input: { workspaceId: ws.id, title: `probe ${i}` } }, signUp.token, b.url);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const first = (await sub.waitFor(1))[0]!.activityAdded.version;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = sub.results.length;
    const head = first + seen - 1;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        ok(CreateTask, { input: { workspaceId: ws.id, title: `t${i}` } }, signUp.token, i % 2 ? a.url : b.url),
      ),
    );
    const events = await sub.waitFor(seen + 30, 15_000);
    expect(events.map((e) => e.activityAdded.version)).toEqual(Array.from({ length: seen + 30 }, (_, i) => first + i));
    expect(head + 30).toBe(events.at(-1)!.activityAdded.version);
    sub.dispose();
    await client.dispose();
  }, 60_000);

  it("signing out on one instance closes that session's socket on the other", async () => {
    const { signUp } = await ok(
      SignUp,
      { input: { email: `fan-out-signout-${Date.now()}@example.com`, password: "correct horse", name: "Out" } },
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
