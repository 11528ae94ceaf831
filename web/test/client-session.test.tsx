import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ServerProcess, spawnServer } from "../../server/test/support/server-process";
import { type ConnectionStatus, createStatusStore } from "../src/client/connection";
import { createAppClient } from "../src/client/createAppClient";
import { TaskChangedSubscription } from "../src/graphql/tasks";

// The app's own client (urql + graphql-ws, as App creates it) against the real server process: a refused
// token signs the user out once instead of retrying forever, and a restarting server (1012) is rejoined.

const dataDir = mkdtempSync(path.join(tmpdir(), "taskgraph-web-client-"));
let server: ServerProcess;
let port = "";

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function recordStatuses() {
  const status = createStatusStore();
  const seen: ConnectionStatus[] = [status.get()];
  status.subscribe(() => seen.push(status.get()));
  return { status, seen };
}

async function until(check: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  server = await spawnServer({ DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: "5000" });
  port = new URL(server.url).port;
}, 90_000);

afterAll(async () => {
  if (server.process.exitCode === null) await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const urls = () => ({ url: `${server.url}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql` });

describe("the web client and its session", () => {
  it("a refused token (HTTP 401, socket 4403) ends the session and clears the stored token, without a reconnect loop", async () => {
    localStorage.setItem("taskgraph.token", "tg_forged");
    const { status, seen } = recordStatuses();
    const onSessionEnded = vi.fn(() => localStorage.removeItem("taskgraph.token"));
    const { client, dispose } = createAppClient({ token: "tg_forged", status, onSessionEnded, ...urls() });
    const result = await client.query("query { me { id } }", {}).toPromise();
    expect(result.error?.response?.status).toBe(401);
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await until(() => seen.includes("polling"), 10_000, "the socket to close");
    await new Promise((r) => setTimeout(r, 2_500)); // a retrying client would reconnect within 1.5 s
    expect(seen.filter((s) => s === "reconnecting")).toEqual([]);
    expect(onSessionEnded).toHaveBeenCalled();
    expect(localStorage.getItem("taskgraph.token")).toBeNull();
    dispose();
  }, 30_000);

  it("goes live again after the server restarts (1012) and receives changes made after the restart", async () => {
    const { signUp } = await gql<{ signUp: { token: string } }>("mutation($i: SignUpInput!) { signUp(input: $i) { token } }", {
      i: { email: `restart-${Date.now()}@example.com`, password: "correct horse battery", name: "Restart" },
    });
    const token = signUp.token;
    const { createWorkspace } = await gql<{ createWorkspace: { id: string } }>(
      'mutation { createWorkspace(input: { name: "Web" }) { id } }',
      {},
      token,
    );
    const { status, seen } = recordStatuses();
    const onSessionEnded = vi.fn();
    const { client, dispose } = createAppClient({ token, status, onSessionEnded, ...urls() });
    await until(() => status.get() === "live", 10_000, "the first connection");
    const titles: string[] = [];
    // The app's own subscription document, so graphcache's updaters apply it as they do in the app.
    const subscription = client.subscription(TaskChangedSubscription, { workspaceId: createWorkspace.id, since: 0 }).subscribe((result) => {
      const title = result.data?.taskChanged.task?.title;
      if (title) titles.push(title);
    });
    await new Promise((r) => setTimeout(r, 500));
    await gql(
      "mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }",
      { i: { workspaceId: createWorkspace.id, title: "before restart" } },
      token,
    );
    await until(() => titles.includes("before restart"), 10_000, "the change before the restart");

    server.process.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    await until(() => seen.includes("reconnecting"), 10_000, "the client to start reconnecting");
    server = await spawnServer({ DATA_DIR: dataDir, PORT: port, SHUTDOWN_TIMEOUT_MS: "5000" });
    await until(() => status.get() === "live", 30_000, "the client to reconnect");

    await gql(
      "mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }",
      { i: { workspaceId: createWorkspace.id, title: "after restart" } },
      token,
    );
    await until(() => titles.includes("after restart"), 10_000, "the change after the restart");
    expect(onSessionEnded).not.toHaveBeenCalled();
    subscription.unsubscribe();
    dispose();
  }, 120_000);
});
