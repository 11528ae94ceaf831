// Fan-out benchmark (issue #8), not part of `pnpm test`: `pnpm bench:fanout`.
//  1. N graphql-ws subscribers of one workspace (N = FANOUT_SIZES, default 100,1000,3000), a writer updating
//     tasks at 20/s for 100 updates: p50/p99/max from the mutation's send to each receipt, share delivered.
//     The same load in the same run against bench/echo-server.ts (bare Yoga + graphql-ws echoing a topic).
//  2. FANOUT_STORM (default 10,000) subscribed sockets connecting at once: how many connect, how fast, the
//     server's RSS per connection, and its idle RSS.
// The servers and the load generators are separate processes (forked children hold the sockets: one process
// holds fewer than 20,000 here). The table is printed and written into bench/RESULTS.md between the
// <!-- fanout --> markers. FANOUT_SERVER_DIR runs another checkout's server (the BEFORE numbers);
// FANOUT_PROFILE_DIR writes a V8 CPU profile of the Taskgraph server during the largest fan-out.
import { type ChildProcess, fork, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const here = import.meta.dirname;
const PER_CHILD = 2_500;
const UPDATES = Number(process.env.FANOUT_UPDATES ?? 100);
const RATE = 20;
const DELIVERY_WAIT_MS = 15_000;
const SUBSCRIPTION = `subscription Fanout($workspaceId: ID!) {
  taskChanged(workspaceId: $workspaceId) { kind version task { id title status priority assignee { id name } } actor { id name } }
}`;
const now = () => performance.timeOrigin + performance.now();

// ───────────────────────────── load-generator child ─────────────────────────────
interface ChildStart {
  url: string;
  tokens: string[];
  count: number;
  variables: Record<string, unknown>;
}
type ToChild = { type: "connect"; start: ChildStart } | { type: "measure" } | { type: "report" } | { type: "exit" };

if (process.argv[2] === "--child") {
  let measuring = false;
  const latencies: number[] = [];
  const seen: Set<number>[] = [];
  let duplicates = 0;
  const gotAny: boolean[] = [];
  const send = (message: unknown) => process.send!(message);
  process.on("message", (message: ToChild) => {
    if (message.type === "connect") {
      const { url, tokens, count, variables } = message.start;
      let settled = 0;
      let connected = 0;
      const failures: Record<string, number> = {};
      const started = now();
      let lastConnected = started;
      const settle = () => {
        if (++settled === count) send({ type: "connected", connected, failures, started, lastConnected });
      };
      for (let i = 0; i < count; i++) {
        seen.push(new Set());
        gotAny.push(false);
        let done = false;
        const fail = (reason: string) => {
          if (done) return;
          done = true;
          failures[reason] = (failures[reason] ?? 0) + 1;
          settle();
        };
        const client = createClient({
          url: `${url.replace(/^http/, "ws")}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: tokens.length ? { authorization: `Bearer ${tokens[i % tokens.length]}` } : {},
          retryAttempts: 0,
          lazy: false,
          // Idle sockets stay idle: no client-side pings.
          keepAlive: 0,
          connectionAckWaitTimeout: 120_000,
          on: {
            connected: () => {
              if (done) return;
              done = true;
              connected++;
              lastConnected = now();
              settle();
            },
            error: (error) => fail(String((error as { code?: string; message?: string })?.code ?? (error as Error)?.message ?? "error")),
            closed: (event) => fail(`closed ${(event as { code?: number }).code}`),
          },
        });
        client.subscribe<{ taskChanged: { task: { title: string } } }>(
          { query: SUBSCRIPTION, variables },
          {
            next: (result) => {
              gotAny[i] = true;
              const title = result.data?.taskChanged.task.title ?? "";
              if (!measuring || !title.startsWith("m")) return;
              const [index, sentAt] = title.slice(1).split("|").map(Number);
              if (seen[i]!.has(index!)) duplicates++;
              else {
                seen[i]!.add(index!);
                latencies.push(now() - sentAt!);
              }
            },
            error: () => {},
            complete: () => {},
          },
        );
      }
    } else if (message.type === "measure") {
      measuring = true;
      send({ type: "measuring" });
    } else if (message.type === "report") {
      send({
        type: "report",
        received: latencies.length,
        duplicates,
        warmed: gotAny.filter(Boolean).length,
        latencies: measuring ? latencies : [],
      });
    } else if (message.type === "exit") process.exit(0);
  });
  send({ type: "ready" });
} else {
  // After the module's declarations below have run.
  setImmediate(() => void main());
}

// ───────────────────────────── parent ─────────────────────────────
interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function startProcess(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  ready: (line: string) => string | null,
): Promise<Server> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const output: string[] = [];
  child.stderr!.on("data", (chunk) => output.push(String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")} did not start:\n${output.join("")}`)), 90_000);
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}:\n${output.join("")}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const url = ready(line);
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        pid: child.pid!,
        stop: async () => {
          child.kill("SIGINT");
          await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
          child.kill("SIGKILL");
        },
      });
    });
  });
}

const jsonLine = (line: string) => {
  try {
    return JSON.parse(line) as { msg?: string; url?: string };
  } catch {
    return {};
  }
};

function startTaskgraph(serverDir: string, profileDir?: string): Promise<Server> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "taskgraph-fanout-"));
  const args = [
    ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
    ...(process.env.FANOUT_SERVER_ARGS ?? "--import tsx src/main.ts").split(" "),
  ];
  return startProcess(
    process.execPath,
    args,
    serverDir,
    {
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: process.env.FANOUT_DATABASE_URL ?? "",
      REDIS_URL: "",
      WEB_DIST: "",
      LOG_LEVEL: "info",
      // The benchmark is one address making every request: rate limits would measure themselves.
      RATE_LIMIT_MULTIPLIER: "100000",
    },
    (line) => {
      const entry = jsonLine(line);
      return entry.msg === "taskgraph listening" ? entry.url! : null;
    },
  ).then((server) => ({
    ...server,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  }));
}

function startEcho(): Promise<Server> {
  return startProcess(process.execPath, ["--import", "tsx", path.join(here, "echo-server.ts")], path.join(here, ".."), {}, (line) => {
    const entry = jsonLine(line);
    return entry.msg === "echo listening" ? entry.url! : null;
  });
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface Workspace {
  url: string;
  tokens: string[];
  workspaceId: string;
  taskIds: string[];
  writer: string;
}

const password = "fan-out bench correct horse battery staple 42";
async function signUp(url: string, name: string) {
  const { signUp } = await gql<{ signUp: { token: string; user: { id: string; email: string } } }>(
    url,
    "mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email } } }",
    { input: { email: `${name}-${process.pid}-${Date.now()}@example.com`, password, name } },
  );
  return signUp;
}

/** Joins through the invite flow of whichever API version runs (invite link token, or invitation id). */
async function join(url: string, owner: string, workspaceId: string, email: string, role: string, token: string) {
  const invite = "mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id inviteUrl } }";
  try {
    const { inviteMember } = await gql<{ inviteMember: { inviteUrl: string } }>(
      url,
      invite,
      { input: { workspaceId, email, role } },
      owner,
    );
    await gql(
      url,
      "mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }",
      { input: { token: inviteMember.inviteUrl.split("/").pop() } },
      token,
    );
  } catch (error) {
    if (!String(error).includes("inviteUrl")) throw error;
    const { inviteMember } = await gql<{ inviteMember: { id: string } }>(
      url,
      invite.replace(" inviteUrl", ""),
      { input: { workspaceId, email, role } },
      owner,
    );
    await gql(
      url,
      "mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }",
      { input: { invitationId: inviteMember.id } },
      token,
    );
  }
}

/** An owner who writes, and subscribers of three roles (two people each): VIEWER, MEMBER, OWNER's own sessions. */
async function setUpWorkspace(url: string): Promise<Workspace> {
  const owner = await signUp(url, "owner");
  const { createWorkspace } = await gql<{ createWorkspace: { id: string } }>(
    url,
    "mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }",
    { input: { name: "Fan-out" } },
    owner.token,
  );
  const tokens = [owner.token];
  const people: { id: string }[] = [];
  for (const role of ["VIEWER", "VIEWER", "MEMBER", "MEMBER"]) {
    const person = await signUp(url, role.toLowerCase());
    await join(url, owner.token, createWorkspace.id, person.user.email, role, person.token);
    tokens.push(person.token);
    people.push(person.user);
  }
  const taskIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    const { createTask } = await gql<{ createTask: { id: string } }>(
      url,
      "mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }",
      { input: { workspaceId: createWorkspace.id, title: `card ${i}`, assigneeId: people[i % people.length]!.id } },
      owner.token,
    );
    taskIds.push(createTask.id);
  }
  return { url, tokens, workspaceId: createWorkspace.id, taskIds, writer: owner.token };
}

/** One write: on Taskgraph an updateTask through auth, the write path and the log; on the echo a publish. */
type Write = (title: string) => Promise<unknown>;
const taskgraphWrite = (ws: Workspace): Write => {
  let n = 0;
  return (title) =>
    gql(
      ws.url,
      "mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }",
      { input: { id: ws.taskIds[n++ % ws.taskIds.length], title } },
      ws.writer,
    );
};
const echoWrite =
  (url: string): Write =>
  (title) =>
    gql(url, "mutation($title: String!) { publish(title: $title) }", { title });

class Generators {
  readonly children: ChildProcess[] = [];
  private inbox = new Map<ChildProcess, unknown[]>();
  private waiters = new Map<ChildProcess, ((m: unknown) => void)[]>();

  static async start(count: number): Promise<Generators> {
    const generators = new Generators();
    await Promise.all(Array.from({ length: Math.ceil(count / PER_CHILD) }, () => generators.spawn()));
    return generators;
  }

  private async spawn() {
    const child = fork(path.join(here, "fanout.ts"), ["--child"], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.children.push(child);
    this.inbox.set(child, []);
    this.waiters.set(child, []);
    child.on("message", (message) => {
      const waiter = this.waiters.get(child)!.shift();
      if (waiter) waiter(message);
      else this.inbox.get(child)!.push(message);
    });
    await this.next(child);
  }

  next<T>(child: ChildProcess): Promise<T> {
    const queued = this.inbox.get(child)!.shift();
    if (queued) return Promise.resolve(queued as T);
    return new Promise((resolve) => this.waiters.get(child)!.push(resolve as never));
  }

  all<T>(message: ToChild): Promise<T[]> {
    return Promise.all(
      this.children.map((child) => {
        child.send(message);
        return this.next<T>(child);
      }),
    );
  }

  connect(start: Omit<ChildStart, "count">, total: number) {
    return Promise.all(
      this.children.map((child, i) => {
        const count = Math.floor(total / this.children.length) + (i < total % this.children.length ? 1 : 0);
        child.send({ type: "connect", start: { ...start, count } } satisfies ToChild);
        return this.next<{ connected: number; failures: Record<string, number>; started: number; lastConnected: number }>(child);
      }),
    );
  }

  async stop() {
    for (const child of this.children) child.send({ type: "exit" } satisfies ToChild);
    await Promise.all(
      this.children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))),
    );
  }
}

interface Report {
  received: number;
  duplicates: number;
  warmed: number;
  latencies: number[];
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Probes until every connected socket has had an event (its subscription is live on the server), at most 90 s. */
async function warmUp(generators: Generators, write: Write, total: number) {
  const deadline = Date.now() + 90_000;
  for (let i = 0; Date.now() < deadline; i++) {
    await write(`warm ${i}`);
    await sleep(i < 5 ? 300 : 1000);
    const warmed = (await generators.all<Report>({ type: "report" })).reduce((sum, r) => sum + r.warmed, 0);
    if (warmed >= total) return;
  }
  console.error("not every connected subscriber went live within 90 s; measuring anyway");
}

interface FanoutRow {
  target: string;
  subscribers: number;
  p50: number;
  p99: number;
  max: number;
  delivered: number;
  duplicates: number;
  /** The writer's own mutation: send to response. On Taskgraph that is the write path (auth, commit, log). */
  writeP50: number;
  writeP99: number;
}

async function fanOut(
  target: string,
  url: string,
  tokens: string[],
  variables: Record<string, unknown>,
  write: Write,
  subscribers: number,
): Promise<FanoutRow> {
  const generators = await Generators.start(subscribers);
  try {
    const connects = await generators.connect({ url, tokens, variables }, subscribers);
    const failed = subscribers - connects.reduce((sum, c) => sum + c.connected, 0);
    if (failed > 0)
      console.error(
        `${target} ${subscribers}: ${failed} sockets did not connect`,
        connects.map((c) => c.failures),
      );
    await warmUp(generators, write, subscribers - failed);
    await generators.all({ type: "measure" });
    const t0 = now() + 50;
    const sends: Promise<unknown>[] = [];
    const answered: number[] = [];
    for (let i = 0; i < UPDATES; i++) {
      const wait = t0 + (i * 1000) / RATE - now();
      if (wait > 0) await sleep(wait);
      const sentAt = now();
      sends.push(
        write(`m${i}|${sentAt}`).then(
          () => answered.push(now() - sentAt),
          (error) => console.error(`write ${i} failed: ${error}`),
        ),
      );
    }
    await Promise.all(sends);
    const deadline = Date.now() + DELIVERY_WAIT_MS;
    let reports: Report[] = [];
    for (;;) {
      reports = await generators.all<Report>({ type: "report" });
      const received = reports.reduce((sum, r) => sum + r.received, 0);
      if (received >= subscribers * UPDATES || Date.now() > deadline) break;
      await sleep(250);
    }
    const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const quantile = (sorted: number[], q: number) =>
      sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN) : NaN;
    const at = (q: number) => quantile(latencies, q);
    answered.sort((a, b) => a - b);
    return {
      target,
      subscribers,
      p50: at(0.5),
      p99: at(0.99),
      max: latencies.at(-1) ?? NaN,
      delivered: latencies.length / (subscribers * UPDATES),
      duplicates: reports.reduce((sum, r) => sum + r.duplicates, 0),
      writeP50: quantile(answered, 0.5),
      writeP99: quantile(answered, 0.99),
    };
  } finally {
    await generators.stop();
  }
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]);
}

interface StormRow {
  sockets: number;
  connected: number;
  failures: Record<string, number>;
  seconds: number;
  perSecond: number;
  idleRssMb: number;
  loadedRssMb: number;
  perConnectionKb: number;
  delivered: number;
}

async function storm(serverDir: string, sockets: number): Promise<StormRow> {
  const server = await startTaskgraph(serverDir, process.env.FANOUT_STORM_PROFILE_DIR);
  try {
    const ws = await setUpWorkspace(server.url);
    await sleep(3000);
    const idle = rssKb(server.pid);
    const generators = await Generators.start(sockets);
    try {
      // Every child opens all its sockets in one go: the reconnect storm after a restart.
      const connects = await generators.connect(
        { url: server.url, tokens: ws.tokens, variables: { workspaceId: ws.workspaceId } },
        sockets,
      );
      const started = Math.min(...connects.map((c) => c.started));
      const finished = Math.max(...connects.map((c) => c.lastConnected));
      const connected = connects.reduce((sum, c) => sum + c.connected, 0);
      const failures: Record<string, number> = {};
      for (const c of connects) for (const [k, v] of Object.entries(c.failures)) failures[k] = (failures[k] ?? 0) + v;
      await sleep(3000);
      const loaded = rssKb(server.pid);
      // One event proves the connected sockets are subscribed, not just open.
      const write = taskgraphWrite(ws);
      const deadline = Date.now() + 60_000;
      let delivered = 0;
      for (let i = 0; Date.now() < deadline; i++) {
        await write(`storm probe ${i}`);
        await sleep(2000);
        delivered = (await generators.all<Report>({ type: "report" })).reduce((sum, r) => sum + r.warmed, 0);
        if (delivered >= connected) break;
      }
      const seconds = (finished - started) / 1000;
      return {
        sockets,
        connected,
        failures,
        seconds,
        perSecond: connected / seconds,
        idleRssMb: idle / 1024,
        loadedRssMb: loaded / 1024,
        perConnectionKb: connected ? (loaded - idle) / connected : NaN,
        delivered,
      };
    } finally {
      await generators.stop();
    }
  } finally {
    await server.stop();
  }
}

/** Self time per function in a V8 .cpuprofile, as shares of all samples. */
function profileTop(file: string, top = 12) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const short = frame.url.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "").replace(/^file:\/\/.*\/server\//, "");
    const key = `${frame.functionName || "(anonymous)"} ${short}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    const delta = profile.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + delta);
    total += delta;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, t]) => ({ name, share: t / total }));
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString("en-US")} ms` : "—");
const pct = (value: number) => `${(value * 100).toFixed(value === 1 ? 0 : 1)}%`;

async function main() {
  const serverDir = path.resolve(process.env.FANOUT_SERVER_DIR ?? path.join(here, ".."));
  const sizes = (process.env.FANOUT_SIZES ?? "100,1000,3000").split(",").filter(Boolean).map(Number);
  const stormSockets = Number(process.env.FANOUT_STORM ?? 10_000);
  const profileDir = process.env.FANOUT_PROFILE_DIR;
  const label = process.env.FANOUT_LABEL ?? "this checkout";
  const started = new Date();

  const rows: { taskgraph: FanoutRow; echo: FanoutRow }[] = [];
  if (sizes.length) {
    const echo = await startEcho();
    const taskgraph = await startTaskgraph(serverDir, profileDir);
    try {
      const ws = await setUpWorkspace(taskgraph.url);
      for (const n of sizes) {
        const t = await fanOut("taskgraph", taskgraph.url, ws.tokens, { workspaceId: ws.workspaceId }, taskgraphWrite(ws), n);
        const e = await fanOut("echo", echo.url, [], { workspaceId: "echo" }, echoWrite(echo.url), n);
        rows.push({ taskgraph: t, echo: e });
        console.log(JSON.stringify({ taskgraph: t, echo: e }));
      }
    } finally {
      await Promise.all([taskgraph.stop(), echo.stop()]);
    }
  }
  const stormRow = stormSockets > 0 ? await storm(serverDir, stormSockets) : null;
  if (stormRow) console.log(JSON.stringify(stormRow));

  let profile: { name: string; share: number }[] = [];
  if (profileDir && existsSync(profileDir)) {
    const files = readdirSync(profileDir)
      .filter((f) => f.endsWith(".cpuprofile"))
      .map((f) => path.join(profileDir, f));
    // The main thread's profile is the largest (tsx's loader thread writes a small one beside it).
    const main = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (main) profile = profileTop(main);
  }

  const cpu = os.cpus();
  const lines = [
    `Fan-out (issue #8), ${label}: ${started.toISOString()} on ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
      `server on ${process.env.FANOUT_DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}, ${UPDATES} updates at ${RATE}/s; command: \`pnpm bench:fanout\`.`,
    "",
  ];
  if (rows.length) {
    lines.push(
      "| subscribers | Taskgraph p50 | p99 | max | delivered | its mutation answered p50 / p99 | bare yoga echo p50 | p99 | max | delivered | p99 ratio |",
      "|---|---|---|---|---|---|---|---|---|---|---|",
      ...rows.map(
        ({ taskgraph: t, echo: e }) =>
          `| ${t.subscribers.toLocaleString("en-US")} | ${ms(t.p50)} | ${ms(t.p99)} | ${ms(t.max)} | ${pct(t.delivered)}${t.duplicates ? ` (${t.duplicates} dup)` : ""} | ${ms(t.writeP50)} / ${ms(t.writeP99)} | ${ms(e.p50)} | ${ms(e.p99)} | ${ms(e.max)} | ${pct(e.delivered)} | ${(t.p99 / e.p99).toFixed(2)} |`,
      ),
      "",
      "Latency runs from the mutation's send to each receipt, so Taskgraph's includes its write path (auth, group commit, the log); the echo's publish writes nothing.",
      "",
    );
  }
  if (stormRow) {
    const failures =
      Object.entries(stormRow.failures)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ") || "none";
    lines.push(
      "| sockets at once | connected | failed | seconds | connections/s | idle RSS | RSS with all connected | per connection | got a probe event |",
      "|---|---|---|---|---|---|---|---|---|",
      `| ${stormRow.sockets.toLocaleString("en-US")} | ${stormRow.connected.toLocaleString("en-US")} | ${failures} | ${stormRow.seconds.toFixed(1)} | ${Math.round(stormRow.perSecond).toLocaleString("en-US")} | ${stormRow.idleRssMb.toFixed(0)} MB | ${stormRow.loadedRssMb.toFixed(0)} MB | ${stormRow.perConnectionKb.toFixed(1)} KB | ${stormRow.delivered.toLocaleString("en-US")} |`,
      "",
    );
  }
  if (profile.length) {
    lines.push(
      "Server CPU profile during the fan-out runs, top self time:",
      "",
      "| share | function |",
      "|---|---|",
      ...profile.map((p) => `| ${pct(p.share)} | \`${p.name}\` |`),
      "",
    );
  }
  const table = lines.join("\n");
  console.log(`\n${table}`);
  if (process.env.FANOUT_WRITE !== "0") writeSection(table);
  process.exit(0);
}

/** Replaces only this benchmark's section of bench/RESULTS.md (others write their own sections). */
function writeSection(table: string) {
  const file = path.join(here, "RESULTS.md");
  const begin = "<!-- fanout -->";
  const end = "<!-- /fanout -->";
  const extra =
    process.env.FANOUT_APPEND_FILE && existsSync(process.env.FANOUT_APPEND_FILE)
      ? `\n${readFileSync(process.env.FANOUT_APPEND_FILE, "utf8").trim()}\n`
      : "";
  const section = `${begin}\n## Fan-out\n\n${table}${extra}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmark results\n";
  const start = current.indexOf(begin);
  const stop = current.indexOf(end);
  const next =
    start >= 0 && stop > start
      ? current.slice(0, start) + section + current.slice(stop + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
