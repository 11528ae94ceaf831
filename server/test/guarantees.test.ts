import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, ok, request, Subscription, serverUrl, signUp, sleep, wsClient } from "./support/client.js";
import { createTestDatabase } from "./support/databases.js";
import { CreateTask, DeleteTask, MoveTask, SignUp, UpdateTask } from "./support/documents.js";
import { spawnServer } from "./support/server-process.js";

const Head = graphql(`
  query GuaranteesHead($id: ID!) {
    workspace(id: $id) { version tasks(first: 500) { totalCount } }
  }
`);
const Events = graphql(`
  query GuaranteesEvents($id: ID!, $since: Int!, $first: Int) {
    workspace(id: $id) { events(since: $since, first: $first) { hasMore events { version action } } }
  }
`);
const Versions = graphql(`
  subscription GuaranteesVersions($workspaceId: ID!, $since: Int) {
    activityAdded(workspaceId: $workspaceId, since: $since) { version }
  }
`);

async function workspace() {
  const owner = await signUp("Owner");
  const ws = await createWorkspace(owner);
  return { owner, ws, head: async () => (await ok(Head, { id: ws.id }, owner.token)).workspace! };
}

describe("safe retries", () => {
  it("a createTask retried with the same clientMutationId returns the first task and writes nothing", async () => {
    const { owner, ws, head } = await workspace();
    const input = { workspaceId: ws.id, title: "Once", clientMutationId: "c-1" };
    const first = (await ok(CreateTask, { input }, owner.token)).createTask;
    const before = await head();
    const retry = (await ok(CreateTask, { input }, owner.token)).createTask;
    expect(retry.id).toBe(first.id);
    expect(await head()).toEqual(before);
  });

  it("concurrent retries of one createTask still create exactly one task", async () => {
    const { owner, ws, head } = await workspace();
    const input = { workspaceId: ws.id, title: "Racing", clientMutationId: "race-1" };
    const results = await Promise.all(Array.from({ length: 5 }, () => ok(CreateTask, { input }, owner.token)));
    expect(new Set(results.map((r) => r.createTask.id)).size).toBe(1);
    expect(await head()).toEqual({ version: ws.version + 1, tasks: { totalCount: 1 } });
  });

  it("retried update, move and delete apply once", async () => {
    const { owner, ws, head } = await workspace();
    const task = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "T" } }, owner.token)).createTask;
    // A retry follows its lost response directly, so the task it returns is the one the first attempt left.
    for (let i = 0; i < 2; i++) {
      expect((await ok(UpdateTask, { input: { id: task.id, title: "T2", clientMutationId: "u" } }, owner.token)).updateTask.version).toBe(
        2,
      );
    }
    for (let i = 0; i < 2; i++) {
      expect((await ok(MoveTask, { input: { id: task.id, status: "DONE", clientMutationId: "m" } }, owner.token)).moveTask.version).toBe(3);
    }
    const afterMoves = (await head()).version;
    expect((await ok(DeleteTask, { input: { id: task.id, clientMutationId: "d" } }, owner.token)).deleteTask).toBe(task.id);
    expect((await ok(DeleteTask, { input: { id: task.id, clientMutationId: "d" } }, owner.token)).deleteTask).toBe(task.id);
    expect((await head()).version).toBe(afterMoves + 1);
  });

  it("a clientMutationId over 100 characters is BAD_USER_INPUT and writes nothing", async () => {
    const { owner, ws, head } = await workspace();
    const before = await head();
    const result = await request(CreateTask, { input: { workspaceId: ws.id, title: "x", clientMutationId: "c".repeat(101) } }, owner.token);
    expect(result.errors?.[0]!.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await head()).toEqual(before);
  });

  it("someone else's clientMutationId is a CONFLICT, not their result", async () => {
    const { owner, ws } = await workspace();
    const other = await signUp("Other");
    await addMember(owner, ws.id, other, "MEMBER");
    await ok(CreateTask, { input: { workspaceId: ws.id, title: "Mine", clientMutationId: "shared" } }, owner.token);
    const result = await request(CreateTask, { input: { workspaceId: ws.id, title: "Theirs", clientMutationId: "shared" } }, other.token);
    expect(result.errors?.[0]!.extensions?.code).toBe("CONFLICT");
  });
});

describe("honest conflicts", () => {
  it("a stale expectedVersion fails with CONFLICT carrying the task as it is now, and writes nothing", async () => {
    const { owner, ws, head } = await workspace();
    const task = (await ok(CreateTask, { input: { workspaceId: ws.id, title: "v1" } }, owner.token)).createTask;
    await ok(UpdateTask, { input: { id: task.id, title: "v2", expectedVersion: 1 } }, owner.token);
    const before = await head();
    for (const stale of [
      () => request(UpdateTask, { input: { id: task.id, title: "lost", expectedVersion: 1 } }, owner.token),
      () => request(MoveTask, { input: { id: task.id, status: "DONE", expectedVersion: 1 } }, owner.token),
    ]) {
      const result = await stale();
      expect(result.errors?.[0]!.extensions?.code).toBe("CONFLICT");
      expect(result.errors?.[0]!.extensions?.current).toMatchObject({ id: task.id, title: "v2", status: "TODO", version: 2 });
    }
    expect(await head()).toEqual(before);
  });
});

describe("polling the log", () => {
  it("events(since) pages through the log oldest first", async () => {
    const { owner, ws } = await workspace();
    for (let i = 0; i < 5; i++) await ok(CreateTask, { input: { workspaceId: ws.id, title: `t${i}` } }, owner.token);
    const page1 = (await ok(Events, { id: ws.id, since: 0, first: 4 }, owner.token)).workspace!.events;
    expect(page1.events.map((e) => e.version)).toEqual([1, 2, 3, 4]);
    expect(page1.hasMore).toBe(true);
    const page2 = (await ok(Events, { id: ws.id, since: 4, first: 4 }, owner.token)).workspace!.events;
    expect(page2.events.map((e) => e.version)).toEqual([5, 6]);
    expect(page2.hasMore).toBe(false);
  });

  it("events refuses a negative since or a page size outside 1..500 with BAD_USER_INPUT", async () => {
    const { owner, ws } = await workspace();
    for (const [since, first] of [
      [-1, 10],
      [0, 0],
      [0, 501],
    ] as const) {
      const result = await request(Events, { id: ws.id, since, first }, owner.token);
      expect(result.errors?.[0]!.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

/** A subscriber that resubscribes with `since` = the last version it saw whenever its stream ends. */
function resilientSubscriber(token: string, workspaceId: string, url: () => string) {
  const versions: number[] = [];
  let stopped = false;
  let current: { sub: Subscription<{ activityAdded: { version: number } }>; close: () => Promise<void> } | null = null;
  const loop = (async () => {
    while (!stopped) {
      const client = wsClient(token, url(), { retryAttempts: 0 });
      const since = versions.at(-1) ?? 0;
      const sub = new Subscription(client, Versions, { workspaceId, since });
      current = { sub, close: () => client.dispose() as Promise<void> };
      let seen = 0;
      const collect = setInterval(() => {
        for (const r of sub.results.slice(seen)) if (r.data) versions.push(r.data.activityAdded.version);
        seen = sub.results.length;
      }, 10);
      await Promise.race([sub.done, new Promise<void>((resolve) => client.on("closed", () => resolve()))]);
      clearInterval(collect);
      for (const r of sub.results.slice(seen)) if (r.data) versions.push(r.data.activityAdded.version);
      await client.dispose();
      if (!stopped) await sleep(100);
    }
  })();
  return {
    versions,
    /** Drops the socket from the client side, as a flaky network would. */
    drop: () => current?.close(),
    stop: async () => {
      stopped = true;
      await current?.close();
      await loop;
    },
  };
}

describe("ordered delivery", () => {
  it("a graphql-ws subscriber sees every version exactly once, in order, while 50 writers race", async () => {
    const { owner, ws } = await workspace();
    const client = wsClient(owner.token);
    const sub = new Subscription(client, Versions, { workspaceId: ws.id, since: ws.version });
    await Promise.all(Array.from({ length: 50 }, (_, i) => ok(CreateTask, { input: { workspaceId: ws.id, title: `w${i}` } }, owner.token)));
    const events = await sub.waitFor(50, 15_000);
    expect(events.map((e) => e.activityAdded.version)).toEqual(Array.from({ length: 50 }, (_, i) => ws.version + 1 + i));
    await sleep(200);
    expect(sub.results).toHaveLength(50);
    sub.dispose();
    await client.dispose();
  }, 60_000);
});

describe("catch-up across disconnects", () => {
  it("a subscriber sees versions 1..N exactly once across a server kill and restart while another client writes", async () => {
    const database = await createTestDatabase();
    const env = { DATA_DIR: database.config.dataDir, DATABASE_URL: database.config.databaseUrl };
    let server = await spawnServer(env);
    try {
      const { signUp: owner } = await ok(
        SignUp,
        { input: { email: "restart@example.com", password: "correct horse", name: "R" } },
        undefined,
        server.url,
      );
      const { createWorkspace: ws } = await ok(
        graphql(`mutation GuaranteesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`),
        { input: { name: "Restart" } },
        owner.token,
        server.url,
      );
      const subscriber = resilientSubscriber(owner.token, ws.id, () => server.url);
      // The writer retries every failed write with the same clientMutationId until it lands once.
      let written = 0;
      const write = async (i: number) => {
        for (;;) {
          const result = await request(
            CreateTask,
            { input: { workspaceId: ws.id, title: `t${i}`, clientMutationId: `w${i}` } },
            owner.token,
            server.url,
          ).catch(() => null);
          if (result?.data) return;
          await sleep(100);
        }
      };
      const writer = (async () => {
        for (let i = 0; i < 40; i++, written++) await write(i);
      })();
      while (written < 15) await sleep(20);
      await server.kill();
      server = await spawnServer(env);
      await writer;
      const expected = Array.from({ length: 41 }, (_, i) => i + 1);
      for (let waited = 0; subscriber.versions.length < 41 && waited < 10_000; waited += 50) await sleep(50);
      await subscriber.stop();
      expect(subscriber.versions).toEqual(expected);
    } finally {
      await server.stop();
      await database.drop();
    }
  }, 120_000);

  it("a client whose socket drops resubscribes with since and misses nothing", async () => {
    const { owner, ws } = await workspace();
    const second = resilientSubscriber(owner.token, ws.id, serverUrl);
    for (let i = 0; i < 30; i++) {
      await ok(CreateTask, { input: { workspaceId: ws.id, title: `d${i}` } }, owner.token);
      if (i % 10 === 5) await second.drop();
    }
    for (let waited = 0; second.versions.length < 31 && waited < 10_000; waited += 50) await sleep(50);
    await second.stop();
    expect(second.versions).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  }, 60_000);
});
