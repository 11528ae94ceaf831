import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitRepo } from "./fixtures/git-repo.js";
import { okAt, signUpAt, workspaceAt } from "./fixtures/graphql-http.js";
import { CANCEL, LINK, START, syncAt, syncRefusal, waitForSync } from "./fixtures/repo-sync-api.js";
import { createWorkspace, ok, serverUrl, signUp, type TestUser, wsClient } from "./support/client.js";
import { createTestDatabase } from "./support/databases.js";
import { SignIn, SignOut } from "./support/documents.js";
import { redisUrl, type TwoInstances, twoInstances } from "./support/instances.js";
import { spawnServer } from "./support/server-process.js";

const PHASES = ["RESOLVE_HEAD", "FETCH_TREE", "SCAN_FILES", "UPSERT_TASKS", "CLOSE_REMOVED", "FINISH"];
const PROGRESS = `subscription($syncId: ID!) { repositorySyncProgress(syncId: $syncId) { sequence status phase progress filesScanned filesTotal message at sync { id } } }`;

interface Step {
  sequence: number;
  status: string;
  phase: string;
  progress: number;
}

/** graphql-ws: every step until the server completes the subscription. */
async function overWebSocket(token: string, syncId: string): Promise<Step[]> {
  const client = wsClient(token);
  const steps: Step[] = [];
  try {
    for await (const result of client.iterate<{ repositorySyncProgress: Step }>({ query: PROGRESS, variables: { syncId } })) {
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      steps.push(result.data!.repositorySyncProgress);
    }
  } finally {
    await client.dispose();
  }
  return steps;
}

/** Server-Sent Events as a browser reads them: blocks separated by a blank line. */
async function readSse(response: Response): Promise<{ id?: string; event?: string; data?: string }[]> {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((block) => block.trim() && !block.startsWith(":"))
    .map((block) =>
      Object.fromEntries(
        block
          .split("\n")
          .filter((l) => !l.startsWith(":"))
          .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
      ),
    );
}

/** GraphQL over SSE (Yoga's distinct-connection mode), as GraphiQL subscribes. */
async function overGraphqlSse(token: string, syncId: string): Promise<Step[]> {
  const response = await fetch(`${serverUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: PROGRESS, variables: { syncId } }),
  });
  const events = await readSse(response);
  return events
    .filter((e) => e.event === "next")
    .map((e) => {
      const payload = JSON.parse(e.data!);
      if (payload.errors) throw new Error(JSON.stringify(payload.errors));
      return payload.data.repositorySyncProgress;
    });
}

const plainSse = (syncId: string, init: { token?: string; query?: string; lastEventId?: string } = {}) =>
  fetch(`${serverUrl()}/events/repository-syncs/${encodeURIComponent(syncId)}${init.query ?? ""}`, {
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.lastEventId ? { "last-event-id": init.lastEventId } : {}),
    },
  });

async function overPlainSse(token: string, syncId: string): Promise<Step[]> {
  const response = await plainSse(syncId, { token });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  return (await readSse(response)).map((e) => {
    expect(e.event).toBe("progress");
    const step = JSON.parse(e.data!);
    expect(Number(e.id)).toBe(step.sequence);
    return step;
  });
}

function expectComplete(steps: Step[]) {
  expect(steps.map((s) => s.sequence)).toEqual(steps.map((_, i) => i + 1));
  const phases = steps.map((s) => s.phase).filter((p, i, all) => all.indexOf(p) === i);
  expect(phases).toEqual(PHASES);
  expect(steps.at(-1)).toMatchObject({ status: "SUCCEEDED", phase: "FINISH", progress: 1 });
  for (let i = 1; i < steps.length; i++) expect(steps[i]!.progress).toBeGreaterThanOrEqual(steps[i - 1]!.progress);
}

describe("repository sync progress on all three transports", () => {
  let owner: TestUser, outsider: TestUser;
  let workspaceId: string;
  let repo: GitRepo;

  beforeAll(async () => {
    owner = await signUp("Owner");
    outsider = await signUp("Outsider");
    workspaceId = (await createWorkspace(owner, "Progress")).id;
    repo = new GitRepo();
    for (let i = 0; i < 40; i++) repo.write(`src/f${i}.ts`, `// TODO: item ${i}\n`);
    repo.commit("todos");
    await okAt(serverUrl(), LINK, { input: { workspaceId, provider: "LOCAL_GIT", path: repo.dir } }, owner.token);
  });
  afterAll(() => repo?.remove());

  it("live and late subscribers see every step in order, exactly once; taskChanged carries every created task", async () => {
    const changes = wsClient(owner.token);
    const created: string[] = [];
    const taskEvents = (async () => {
      for await (const result of changes.iterate<{ taskChanged: { kind: string; task: { title: string } } }>({
        query: `subscription($workspaceId: ID!) { taskChanged(workspaceId: $workspaceId) { kind task { title } } }`,
        variables: { workspaceId },
      })) {
        if (result.data?.taskChanged.kind === "CREATED") created.push(result.data.taskChanged.task.title);
        if (created.length === 40) break;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { startRepositorySync } = await okAt(serverUrl(), START, { input: { workspaceId } }, owner.token);
    const id = startRepositorySync.id;
    // Live: subscribed while it runs.
    const [ws, sse, plain] = await Promise.all([
      overWebSocket(owner.token, id),
      overGraphqlSse(owner.token, id),
      overPlainSse(owner.token, id),
    ]);
    for (const steps of [ws, sse, plain]) expectComplete(steps);
    expect(sse).toEqual(ws);
    expect(plain.map((s) => s.sequence)).toEqual(ws.map((s) => s.sequence));
    await taskEvents;
    await changes.dispose();
    expect(created.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `item ${i}`).sort());

    // Late: the sync has finished; each transport replays it all, then completes.
    const done = await waitForSync(serverUrl(), owner.token, id);
    expect(done.status).toBe("SUCCEEDED");
    const [lateWs, lateSse, latePlain] = await Promise.all([
      overWebSocket(owner.token, id),
      overGraphqlSse(owner.token, id),
      overPlainSse(owner.token, id),
    ]);
    expect(lateWs).toEqual(ws);
    expect(lateSse).toEqual(ws);
    expect(latePlain.map((s) => s.sequence)).toEqual(ws.map((s) => s.sequence));

    // Plain SSE: resumes after Last-Event-ID; nothing left after the end is 204; ?token= for EventSource.
    const resumed = await readSse(await plainSse(id, { token: owner.token, lastEventId: String(ws.length - 2) }));
    expect(resumed.map((e) => Number(e.id))).toEqual([ws.length - 1, ws.length]);
    expect((await plainSse(id, { token: owner.token, lastEventId: String(ws.length) })).status).toBe(204);
    expect((await plainSse(id, { query: `?token=${owner.token}` })).status).toBe(200);
  });

  it("refuses strangers: 401 without a token, 404 (not revealed) for non-members and unknown syncs", async () => {
    const { startRepositorySync } = await okAt(serverUrl(), START, { input: { workspaceId } }, owner.token);
    const id = startRepositorySync.id;
    await waitForSync(serverUrl(), owner.token, id);
    expect((await plainSse(id)).status).toBe(401);
    expect((await plainSse(id, { token: "tg_not_a_session" })).status).toBe(401);
    expect((await plainSse(id, { token: outsider.token })).status).toBe(404);
    expect((await plainSse("UmVwb3NpdG9yeVN5bmM6bm9wZQ==", { token: owner.token })).status).toBe(404);
    expect((await plainSse("garbage", { token: owner.token })).status).toBe(404);
    await expect(overWebSocket(outsider.token, id)).rejects.toThrow(/NOT_FOUND/);
    await expect(overGraphqlSse(outsider.token, id)).rejects.toThrow(/NOT_FOUND/);
    expect(await syncRefusal(serverUrl(), outsider.token, id).catch(() => ({ code: "NULL" }))).toMatchObject({ code: "NULL" });
  });
});

/**
 * Opens the plain SSE stream of a long sync with a second session of its owner, signs that session out at
 * `signOutUrl` once the first step arrived, and returns what the stream said until it ended.
 */
async function signedOutMidStream(streamUrl: string, signOutUrl: string, repo: GitRepo) {
  const owner = await signUpAt(streamUrl, "Streamer");
  const workspaceId = await workspaceAt(streamUrl, owner.token);
  await okAt(streamUrl, LINK, { input: { workspaceId, provider: "LOCAL_GIT", path: repo.dir } }, owner.token);
  const session = (await ok(SignIn, { input: { email: owner.email, password: "correct horse battery" } }, undefined, streamUrl)).signIn
    .token;
  const { startRepositorySync } = await okAt(streamUrl, START, { input: { workspaceId } }, owner.token);
  const syncId = startRepositorySync.id;
  const response = await fetch(`${streamUrl}/events/repository-syncs/${encodeURIComponent(syncId)}`, {
    headers: { authorization: `Bearer ${session}` },
  });
  expect(response.status).toBe(200);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  let signedOut = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += value;
    if (!signedOut && text.includes("event: progress")) {
      signedOut = true;
      await ok(SignOut, {}, session, signOutUrl);
    }
  }
  const node = await syncAt(streamUrl, owner.token, syncId);
  await okAt(streamUrl, CANCEL, { input: { syncId } }, owner.token).catch(() => {});
  const reconnect = await fetch(`${streamUrl}/events/repository-syncs/${encodeURIComponent(syncId)}`, {
    headers: { authorization: `Bearer ${session}` },
  });
  return { text, statusAtEnd: node.status, reconnectStatus: reconnect.status };
}

function expectEndedBySignOut(ended: Awaited<ReturnType<typeof signedOutMidStream>>) {
  // The stream ended while the sync was still going, saying why; the owner's other session is untouched.
  expect(ended.statusAtEnd).toMatch(/QUEUED|RUNNING/);
  expect(ended.text).not.toMatch(/"status":"SUCCEEDED"/);
  expect(ended.text.trimEnd().split("\n\n").at(-1)).toBe('event: end\ndata: {"reason":"SESSION_ENDED"}');
  // EventSource's reconnect is refused, which stops it.
  expect(ended.reconnectStatus).toBe(401);
}

describe("the plain SSE stream ends when its session signs out", () => {
  const isPostgres = process.env.TEST_DATABASE === "postgresql";
  let repo: GitRepo;
  let instances: TwoInstances | undefined;
  beforeAll(async () => {
    repo = new GitRepo();
    for (let i = 0; i < 3000; i++) repo.write(`src/m${Math.floor(i / 100)}/f${i}.ts`, `// TODO: task ${i}\n`);
    repo.commit("many");
    if (isPostgres) instances = await twoInstances({ REDIS_URL: redisUrl });
  }, 120_000);
  afterAll(async () => {
    repo?.remove();
    await instances?.stop();
  });

  it("on this instance", async () => {
    expectEndedBySignOut(await signedOutMidStream(serverUrl(), serverUrl(), repo));
  }, 60_000);

  it.runIf(isPostgres)(
    "signed out on another instance (PostgreSQL + Redis)",
    async () => {
      expectEndedBySignOut(await signedOutMidStream(instances!.a.url, instances!.b.url, repo));
    },
    60_000,
  );
});

describe("a restart", () => {
  it("marks a sync left RUNNING by a stopped server as FAILED", async () => {
    const database = await createTestDatabase();
    const env = { DATA_DIR: database.config.dataDir, DATABASE_URL: database.config.databaseUrl };
    const repo = new GitRepo();
    let server = await spawnServer(env);
    try {
      for (let i = 0; i < 3000; i++) repo.write(`src/m${Math.floor(i / 100)}/f${i}.ts`, `// TODO: task ${i}\n`);
      repo.commit("many");
      const user = await signUpAt(server.url, "Owner");
      const workspaceId = await workspaceAt(server.url, user.token);
      await okAt(server.url, LINK, { input: { workspaceId, provider: "LOCAL_GIT", path: repo.dir } }, user.token);
      const { startRepositorySync } = await okAt(server.url, START, { input: { workspaceId } }, user.token);
      for (let i = 0; i < 500; i++) {
        const node = await syncAt(server.url, user.token, startRepositorySync.id);
        if (node.status === "RUNNING" && node.phase !== "RESOLVE_HEAD") break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await server.kill();
      server = await spawnServer(env);
      // The embedded database: failed at startup. PostgreSQL (instances may share it): once its heartbeat is
      // 20 s old, by the sweep every instance runs.
      const node = await waitForSync(server.url, user.token, startRepositorySync.id, 60_000);
      expect(node).toMatchObject({ status: "FAILED", error: { code: "INTERNAL" } });
      expect(node.error!.message).toMatch(/stopped/);
      // And a new sync may start.
      const again = await okAt(server.url, START, { input: { workspaceId } }, user.token);
      expect(again.startRepositorySync.previousSync?.id).toBe(startRepositorySync.id);
      await okAt(server.url, CANCEL, { input: { syncId: again.startRepositorySync.id } }, user.token);
    } finally {
      await server.stop();
      await database.drop();
      repo.remove();
    }
  }, 180_000);
});
