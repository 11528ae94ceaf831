import { createClient } from "graphql-ws";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { SocketClose } from "../src/http/close-codes.js";
import { sleep, uniqueEmail } from "./support/client.js";
import { createTestDatabase, type TestDatabase } from "./support/databases.js";
import { type ServerProcess, spawnServer } from "./support/server-process.js";

// SIGTERM while clients write and subscribe: the server stops accepting, lets what runs finish, closes
// sockets with 1012 (Service Restart: graphql-ws clients reconnect), and exits within SHUTDOWN_TIMEOUT_MS.
// Restarted on the same data, it has every write it acknowledged, and a subscriber resumes with `since`.

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const SHUTDOWN_TIMEOUT_MS = 8_000;

describe("graceful shutdown", () => {
  let database: TestDatabase;
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const server of servers) if (server.process.exitCode === null) await server.kill();
    await database?.drop();
  });

  it("SIGTERM during writes: acknowledged writes survive a restart, sockets close 1012, and a graphql-ws client reconnects and catches up", async () => {
    database = await createTestDatabase();
    const env = {
      DATA_DIR: database.config.dataDir,
      DATABASE_URL: database.config.databaseUrl,
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    };
    const first = await spawnServer(env);
    servers.push(first);
    const { port } = new URL(first.url);

    const { signUp } = await gql<{ signUp: { token: string } }>(first.url, "mutation($i: SignUpInput!) { signUp(input: $i) { token } }", {
      i: { email: uniqueEmail("Restart"), password: "correct horse battery", name: "Restart" },
    });
    const token = signUp.token;
    const { createWorkspace } = await gql<{ createWorkspace: { id: string } }>(
      first.url,
      'mutation { createWorkspace(input: { name: "Ops" }) { id } }',
      {},
      token,
    );
    const workspaceId = createWorkspace.id;

    // A real graphql-ws client that retries like the web UI, resuming from the last version it saw.
    const seen: { version: number; taskId: string }[] = [];
    const closeCodes: number[] = [];
    let reconnected = 0;
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 100,
      retryWait: async () => void (await sleep(250)),
      shouldRetry: () => true,
      on: {
        closed: (event) => closeCodes.push((event as { code: number }).code),
        connected: () => reconnected++,
      },
    });
    const payload = {
      query: "subscription($ws: ID!, $since: Int) { taskChanged(workspaceId: $ws, since: $since) { version task { id } } }",
      get variables() {
        return { ws: workspaceId, since: seen.at(-1)?.version ?? null };
      },
    };
    const ended = new Promise<unknown>((resolve) => {
      client.subscribe<{ taskChanged: { version: number; task: { id: string } } }>(payload, {
        next: ({ data }) => data && seen.push({ version: data.taskChanged.version, taskId: data.taskChanged.task.id }),
        error: resolve,
        complete: () => resolve("complete"),
      });
    });
    await sleep(500);

    // Four writers, each sending its next createTask as soon as the last is answered.
    const acknowledged: string[] = [];
    let refusedOrLost = 0;
    const writer = async (n: number) => {
      for (let i = 0; ; i++) {
        try {
          const { createTask } = await gql<{ createTask: { id: string } }>(
            first.url,
            "mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }",
            { i: { workspaceId, title: `w${n}-${i}` } },
            token,
          );
          acknowledged.push(createTask.id);
        } catch {
          refusedOrLost++;
          return;
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 20) await sleep(20);

    const at = Date.now();
    first.process.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    const tookMs = Date.now() - at;
    await Promise.all(writers);
    expect(tookMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(closeCodes).toContain(SocketClose.ServiceRestart);
    expect(first.output.join("\n")).toContain("shut down");
    expect(refusedOrLost).toBe(4);

    // Same data, same port: the client's retries find it.
    const second = await spawnServer({ ...env, PORT: port });
    servers.push(second);
    const { workspace } = await gql<{ workspace: { version: number; tasks: { edges: { node: { id: string } }[] } } }>(
      second.url,
      "query($id: ID!) { workspace(id: $id) { version tasks(first: 500) { edges { node { id } } } } }",
      { id: workspaceId },
      token,
    );
    const stored = new Set(workspace.tasks.edges.map((e) => e.node.id));
    for (const id of acknowledged) expect(stored.has(id), `acknowledged task ${id} lost`).toBe(true);

    // One more write after the restart; the resumed subscription has every task exactly once, in order.
    const { createTask: last } = await gql<{ createTask: { id: string } }>(
      second.url,
      "mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }",
      { i: { workspaceId, title: "after restart" } },
      token,
    );
    const deadline = Date.now() + 15_000;
    while (!seen.some((e) => e.taskId === last.id)) {
      if (Date.now() > deadline) throw new Error(`the client did not catch up: saw ${seen.length} of ${stored.size + 1} tasks`);
      await sleep(100);
    }
    expect(reconnected).toBeGreaterThanOrEqual(2);
    const versions = seen.map((e) => e.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(new Set(seen.map((e) => e.taskId))).toEqual(new Set([...stored, last.id]));

    await client.dispose();
    await Promise.race([ended, sleep(100)]);
    await second.stop();
    expect(await second.exited).toBe(0);
  }, 120_000);
});
