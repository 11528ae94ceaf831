import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import WebSocket from "ws";
import { SocketClose } from "../src/http/close-codes.js";
import { createWorkspace, Subscription, serverUrl, signUp, sleep, type TestUser, team, wsClient } from "./support/client.js";
import { serverOnOwnDatabase } from "./support/instances.js";
import { rawSocket } from "./support/raw-socket.js";
import { type ServerProcess, spawnServer } from "./support/server-process.js";

// Attacks on the transport (HTTP, SSE, graphql-ws) as a hostile client would make them, with raw fetch and
// sockets. Each describe names the defect of issue #10 it guards, or the abuse that already held.

const STRICT = "application/graphql-response+json";

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(body: unknown, options: { token?: string; headers?: Record<string, string>; url?: string } = {}): Promise<Answer> {
  const response = await fetch(`${options.url ?? serverUrl()}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
}

const codes = (answer: Answer) => answer.body.errors?.map((e) => e.extensions?.code);

const createTask = (token: string, workspaceId: string, title: string) =>
  post({ query: "mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }", variables: { i: { workspaceId, title } } }, { token });

const signOut = (token: string) => post({ query: "mutation { signOut }" }, { token });

const taskCount = async (user: TestUser, workspaceId: string) => {
  const answer = await post(
    { query: "query($id: ID!) { workspace(id: $id) { tasks(first: 100) { totalCount } } }", variables: { id: workspaceId } },
    { token: user.token },
  );
  return (answer.body.data!.workspace as { tasks: { totalCount: number } }).tasks.totalCount;
};

/** A subscription over SSE, read the way EventSource does: `event:` and `data:` lines, blank-line separated. */
async function openSse(token: string, query: string, variables: Record<string, unknown>, url = serverUrl()) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  const events: { event: string; data: string }[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let wake: () => void = () => {};
  const ended = (async () => {
    let buffer = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += value;
      for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: ?(.*)$/m.exec(block)?.[1];
        const data = /^data: ?(.*)$/m.exec(block)?.[1] ?? "";
        if (event) events.push({ event, data });
        wake();
      }
    }
    wake();
    return "ended" as const;
  })();
  const waitFor = async (count: number, timeoutMs = 5_000) => {
    const deadline = Date.now() + timeoutMs;
    while (events.filter((e) => e.event === "next").length < count) {
      if (Date.now() > deadline) throw new Error(`SSE: waited for ${count} events, got ${JSON.stringify(events)}`);
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), sleep(100)]);
    }
  };
  return { events, ended, waitFor, cancel: () => reader.cancel() };
}

const TaskChanged = "subscription($ws: ID!) { taskChanged(workspaceId: $ws) { kind version } }";
const TaskChangedSince = "subscription($ws: ID!, $since: Int) { taskChanged(workspaceId: $ws, since: $since) { kind version } }";
// 14 levels: workspace > tasks > edges > node > workspace > … > id.
const deepQuery = `query { workspace(id: "x") { ${"tasks(first: 1) { edges { node { workspace { ".repeat(3)}id ${"} } } } ".repeat(3)}} }`;
const manyAliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(" ")} }`;

describe("defect 2: signing out ends SSE subscriptions", () => {
  it("an SSE stream of a signed-out session gets UNAUTHENTICATED and ends within a second; another session's stream lives on", async () => {
    const owner = await signUp("SseOwner");
    const workspace = await createWorkspace(owner);
    const signIn = await post({
      query: "mutation($i: SignInInput!) { signIn(input: $i) { token } }",
      variables: { i: { email: owner.email, password: "correct horse battery" } },
    });
    const otherToken = (signIn.body.data!.signIn as { token: string }).token;
    const doomed = await openSse(owner.token, TaskChanged, { ws: workspace.id });
    const survivor = await openSse(otherToken, TaskChanged, { ws: workspace.id });
    await sleep(300); // both subscribed to the bus
    await createTask(otherToken, workspace.id, "seen by both");
    await doomed.waitFor(1);
    await survivor.waitFor(1);

    const at = Date.now();
    expect((await signOut(owner.token)).body.data?.signOut).toBe(true);
    expect(await Promise.race([doomed.ended, sleep(2_000).then(() => "still streaming")])).toBe("ended");
    expect(Date.now() - at).toBeLessThan(1_000);
    const last = doomed.events.filter((e) => e.event === "next").at(-1)!;
    expect(JSON.parse(last.data).errors[0].extensions.code).toBe("UNAUTHENTICATED");

    await createTask(otherToken, workspace.id, "seen by the survivor only");
    await survivor.waitFor(2);
    await survivor.cancel();
  });
});

// On PostgreSQL a second instance shares the test server's database, and so its event bus.
describe.runIf(inject("databaseUrl"))("defect 2, across instances", () => {
  let second: ServerProcess;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "taskgraph-second-"));
    second = await spawnServer({ DATA_DIR: dataDir, DATABASE_URL: inject("databaseUrl")! });
  });
  afterAll(async () => {
    await second?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("signing out on one instance ends that session's SSE stream on another", async () => {
    const owner = await signUp("SseElsewhere");
    const workspace = await createWorkspace(owner);
    const stream = await openSse(owner.token, TaskChanged, { ws: workspace.id }, second.url);
    await sleep(300);
    await createTask(owner.token, workspace.id, "seen on the second instance");
    await stream.waitFor(1);
    await signOut(owner.token);
    expect(await Promise.race([stream.ended, sleep(3_000).then(() => "still streaming")])).toBe("ended");
    const last = stream.events.filter((e) => e.event === "next").at(-1)!;
    expect(JSON.parse(last.data).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("defect 5: one over-limit operation does not kill the socket", () => {
  it.each([
    ["depth", deepQuery],
    ["aliases", manyAliases],
  ])("an operation over the %s limit gets BAD_USER_INPUT; the socket and its subscription live on", async (_name, query) => {
    const owner = await signUp("WsLimits");
    const workspace = await createWorkspace(owner);
    const client = wsClient(owner.token);
    let closedWith: number | undefined;
    client.on("closed", (event) => (closedWith = (event as { code: number }).code));
    const live = new Subscription(client, parse(TaskChanged) as never, { ws: workspace.id });
    await sleep(300);
    const refused = new Subscription(client, parse(query) as never, {});
    expect(await refused.done).toBe("error");
    const errors = refused.error as { message: string; extensions: { code: string } }[];
    expect(errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(errors[0]!.message).toMatch(/limit/);

    await createTask(owner.token, workspace.id, "after the refusal");
    await live.waitFor(1);
    expect(closedWith).toBeUndefined();
    live.dispose();
    await client.dispose();
  });
});

describe("defect 6: browser hardening", () => {
  it("API responses carry nosniff, frame-ancestors 'none' and a CSP that renders nothing", async () => {
    const answer = await post({ query: "{ __typename }" });
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(answer.headers.get("x-frame-options")).toBe("DENY");
    expect(answer.headers.get("content-security-policy")).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
  });

  it("GraphiQL still renders at /graphql, under a CSP that allows exactly its own inline scripts by hash", async () => {
    const response = await fetch(`${serverUrl()}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("renderYogaGraphiQL");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("'unsafe-inline' ;");
    expect(/script-src [^;]*'unsafe-inline'/.test(policy)).toBe(false);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, s]) => s);
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) expect(policy).toContain(`'sha256-${createHash("sha256").update(script!).digest("base64")}'`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("CORS: a foreign origin gets no Access-Control-Allow-Origin (preflight or request), and never allow-credentials", async () => {
    const preflight = await fetch(`${serverUrl()}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    const answer = await post({ query: "{ __typename }" }, { headers: { origin: "https://evil.example" } });
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it.each([
    ["application/x-www-form-urlencoded", (q: string) => new URLSearchParams({ query: q }).toString()],
    ["text/plain", (q: string) => JSON.stringify({ query: q })],
    [
      "multipart/form-data; boundary=x",
      (q: string) => `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: q })}\r\n--x--\r\n`,
    ],
  ])("a %s POST (no CORS preflight) is refused with 415 and runs nothing", async (type, encode) => {
    const user = await signUp("Csrf");
    const workspace = await createWorkspace(user);
    const mutation = `mutation { createTask(input: { workspaceId: "${workspace.id}", title: "forged" }) { id } }`;
    const answer = await post(encode(mutation), { token: user.token, headers: { "content-type": type } });
    expect(answer.status).toBe(415);
    expect(codes(answer)).toEqual(["UNSUPPORTED_MEDIA_TYPE"]);
    expect(await taskCount(user, workspace.id)).toBe(0);
  });

  it("a GET without a CSRF header is refused with 403 CSRF_REFUSED; with it, a query runs", async () => {
    const refused = await fetch(`${serverUrl()}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(refused.status).toBe(403);
    expect((await refused.json()).errors[0].extensions.code).toBe("CSRF_REFUSED");
    const allowed = await fetch(`${serverUrl()}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "x-graphql-yoga-csrf": "1" },
    });
    expect((await allowed.json()).data.__typename).toBe("Query");
  });
});

describe("defect 7: size and rate limits", () => {
  const oversized = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1_100_000) } });

  it("an HTTP body over 1 MB is refused with 413 REQUEST_ENTITY_TOO_LARGE, declared or chunked", async () => {
    const declared = await post(oversized);
    expect(declared.status).toBe(413);
    expect(codes(declared)).toEqual(["REQUEST_ENTITY_TOO_LARGE"]);
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 12; i++) controller.enqueue(new TextEncoder().encode(oversized.slice(i * 100_000, (i + 1) * 100_000)));
        controller.close();
      },
    });
    // Yoga stops reading a chunked body at the limit, answers 413 and closes the connection (RFC 9110 allows it).
    // A client still sending then sees either that 413 or the closed socket (EPIPE), depending on timing; what
    // must never happen is the request being read in full and executed.
    const outcome = await fetch(`${serverUrl()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: chunks,
      duplex: "half",
    } as RequestInit).then(
      async (response) => ({ status: response.status, code: (await response.json()).errors?.[0]?.extensions?.code }),
      (error: Error & { cause?: { code?: string } }) => ({ status: "closed", code: error.cause?.code }),
    );
    expect([
      { status: 413, code: "REQUEST_ENTITY_TOO_LARGE" },
      { status: "closed", code: "EPIPE" },
      { status: "closed", code: "ECONNRESET" },
    ]).toContainEqual(outcome);
    expect((await post({ query: "{ __typename }" })).status).toBe(200);
  });

  it("a WebSocket frame over 1 MB closes that socket with 1009 before the server buffers it", async () => {
    const { socket, closed } = await rawSocket();
    socket.send(
      JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ __typename }", variables: { pad: "x".repeat(1_100_000) } } }),
    );
    expect(await closed).toBe(SocketClose.MessageTooBig);
  });

  it("a socket may hold 100 operations; the 101st gets LIMIT_EXCEEDED and the others live on", async () => {
    const owner = await signUp("ManySubs");
    const workspace = await createWorkspace(owner);
    const { socket, messages, closed } = await rawSocket(owner.token);
    for (let i = 1; i <= 101; i++) {
      // since: 0 replays the log, so a subscription still starting when the task is created sees it too.
      socket.send(
        JSON.stringify({
          id: String(i),
          type: "subscribe",
          payload: { query: TaskChangedSince, variables: { ws: workspace.id, since: 0 } },
        }),
      );
    }
    const deadline = Date.now() + 10_000;
    while (!messages.some((m) => m.id === "101")) {
      if (Date.now() > deadline) throw new Error("no answer to the 101st subscription");
      await sleep(50);
    }
    const refusal = messages.find((m) => m.id === "101")!;
    expect(refusal.type).toBe("error");
    expect((refusal.payload as { extensions: { code: string } }[])[0]!.extensions.code).toBe("LIMIT_EXCEEDED");
    await sleep(300);
    await createTask(owner.token, workspace.id, "to a hundred subscribers");
    while (messages.filter((m) => m.type === "next").length < 100) {
      if (Date.now() > deadline + 10_000) {
        throw new Error(
          `${messages.filter((m) => m.type === "next").length} of the 100 subscriptions received the event: ${JSON.stringify(messages.filter((m) => m.type !== "next").slice(0, 3))}`,
        );
      }
      await sleep(50);
    }
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
    await closed;
  });

  it("a socket that floods messages is closed with 4008 (TooManyMessages)", async () => {
    const { socket, closed } = await rawSocket();
    for (let i = 0; i < 400; i++) socket.send(JSON.stringify({ type: "ping" }));
    expect(await closed).toBe(SocketClose.TooManyMessages);
  });
});

describe("defect 8: every error has a code, every refusal of a kind the same status", () => {
  it("node(id:) with a malformed ID, tasks(first: -5) and tasks(after: junk) are BAD_USER_INPUT", async () => {
    const owner = await signUp("Codes");
    const workspace = await createWorkspace(owner);
    const node = await post({ query: '{ node(id: "junk") { id } }' }, { token: owner.token });
    expect(codes(node)).toEqual(["BAD_USER_INPUT"]);
    for (const args of ["first: -5", 'after: "junk"']) {
      const answer = await post(
        { query: `query($id: ID!) { workspace(id: $id) { tasks(${args}) { totalCount } } }`, variables: { id: workspace.id } },
        { token: owner.token },
      );
      expect(codes(answer), args).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("over graphql-ws too: variables that do not coerce are BAD_USER_INPUT, with no HTTP-only extensions", async () => {
    const { socket, messages, closed } = await rawSocket();
    const query = "query($id: ID!) { workspace(id: $id) { id } }";
    socket.send(JSON.stringify({ id: "wrong", type: "subscribe", payload: { query, variables: { id: 5.5 } } }));
    socket.send(JSON.stringify({ id: "missing", type: "subscribe", payload: { query, variables: {} } }));
    const deadline = Date.now() + 5_000;
    while (messages.filter((m) => m.type === "next").length < 2) {
      if (Date.now() > deadline) throw new Error(`no answers: ${JSON.stringify(messages)}`);
      await sleep(20);
    }
    for (const answer of messages.filter((m) => m.type === "next")) {
      const [error] = (answer.payload as { errors: { extensions: Record<string, unknown> }[] }).errors;
      expect(error!.extensions).toEqual({ code: "BAD_USER_INPUT" });
    }
    socket.close();
    await closed;
  });

  it.each([STRICT, "application/json"])("limit refusals answer like any other validation error (Accept: %s)", async (accept) => {
    const headers = { accept };
    const unknownField = await post({ query: "{ nope }" }, { headers });
    expect(codes(unknownField)).toEqual(["BAD_USER_INPUT"]);
    for (const query of [deepQuery, manyAliases]) {
      const refused = await post({ query }, { headers });
      expect(refused.status, query).toBe(unknownField.status);
      expect(codes(refused)?.[0]).toBe("BAD_USER_INPUT");
      expect(refused.body.errors?.[0]!.message).not.toMatch(/^Syntax Error/);
    }
    if (accept === STRICT) expect(unknownField.status).toBe(400);
  });
});

describe("defect 9: an unknown or revoked token on HTTP is 401, not anonymous", () => {
  it("an unknown token answers 401 UNAUTHENTICATED with WWW-Authenticate", async () => {
    const answer = await post({ query: "{ me { id } }" }, { token: "tg_forged" });
    expect(answer.status).toBe(401);
    expect(codes(answer)).toEqual(["UNAUTHENTICATED"]);
    expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("a signed-out token answers 401, and writes nothing", async () => {
    const user = await signUp("Revoked");
    const workspace = await createWorkspace(user);
    await signOut(user.token);
    const answer = await createTask(user.token, workspace.id, "after sign-out");
    expect(answer.status).toBe(401);
    expect(codes(answer)).toEqual(["UNAUTHENTICATED"]);
    expect(answer.body.data ?? null).toBeNull();
  });

  it("no token at all is still an anonymous request (me: null), and a bad token on graphql-ws closes 4403", async () => {
    const anonymous = await post({ query: "{ me { id } }" });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data?.me).toBeNull();
    const client = wsClient("tg_forged");
    const code = await new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    expect(code).toBe(SocketClose.InvalidToken);
    await client.dispose();
  });
});

describe("abuse that already held", () => {
  it("batched operations are refused", async () => {
    const answer = await post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body.data ?? null).toBeNull();
  });

  it("more than 4000 tokens is a parse error (BAD_USER_INPUT, 400)", async () => {
    const answer = await post({ query: `{ ${"__typename ".repeat(4100)}}` }, { headers: { accept: STRICT } });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
  });

  it("IDs from a workspace you are not in reveal nothing: null to read, NOT_FOUND to write", async () => {
    const { outsider, workspace, owner } = await team();
    const task = (await createTask(owner.token, workspace.id, "private")).body.data?.createTask as { id: string };
    const read = await post(
      { query: "query($id: ID!) { workspace(id: $id) { name } }", variables: { id: workspace.id } },
      { token: outsider.token },
    );
    expect(read.body).toEqual({ data: { workspace: null } });
    const node = await post({ query: "query($id: ID!) { node(id: $id) { id } }", variables: { id: task.id } }, { token: outsider.token });
    expect(node.body.data?.node ?? null).toBeNull();
    const move = await post(
      { query: "mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id } }", variables: { i: { id: task.id, title: "mine now" } } },
      { token: outsider.token },
    );
    expect(codes(move)).toEqual(["NOT_FOUND"]);
  });
});

describe("a configured production instance", () => {
  let server: ServerProcess;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), "taskgraph-web-"));
    writeFileSync(path.join(webDir, "index.html"), "<!doctype html><title>Taskgraph</title><div id=root></div>");
    server = await serverOnOwnDatabase({
      WEB_DIST: webDir,
      CORS_ORIGINS: "https://app.example",
      METRICS_TOKEN: "metrics-secret",
      // A bus nobody answers: the instance must say it is not ready.
      REDIS_URL: "redis://127.0.0.1:9",
    });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it("the web UI at / gets a CSP that allows only its own scripts and its own origin, and nosniff", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+ wss:\/\/127\.0\.0\.1:\d+/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("CORS_ORIGINS: a listed origin is allowed (without credentials), any other is not", async () => {
    const allowed = await post({ query: "{ __typename }" }, { url: server.url, headers: { origin: "https://app.example" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const other = await post({ query: "{ __typename }" }, { url: server.url, headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("/metrics needs the METRICS_TOKEN bearer, then serves Prometheus text with operations and realtime gauges", async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    await post({ query: "{ __typename }" }, { url: server.url });
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: "Bearer metrics-secret" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    for (const metric of [
      "graphql_envelop_request",
      "graphql_envelop_phase_execute",
      "graphql_yoga_http_duration",
      "taskgraph_websocket_connections",
      "taskgraph_subscription_streams",
      "taskgraph_events_published_total",
    ]) {
      expect(text, metric).toContain(metric);
    }
  });

  it("/ready answers 503 naming the bus while the bus is unreachable; /health stays 200", async () => {
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).bus.status).toBe("unreachable");
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});

describe("probes and metrics on the default instance", () => {
  it("/ready answers 200 when the database and the bus answer; /metrics is off (404)", async () => {
    const ready = await fetch(`${serverUrl()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", database: { status: "ok" }, bus: { status: "ok" } });
    expect((await fetch(`${serverUrl()}/metrics`)).status).toBe(404);
  });
});
