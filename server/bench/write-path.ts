// The write path under load: updateTask/s with 1, 16 and 64 HTTP clients on one workspace and spread over 16,
// on the embedded default and on PostgreSQL; SQL statements per request, counted on the PostgreSQL wire; a board
// of 1,000 tasks with assignees; authenticated `{ me { id } }` against anonymous `{ __typename }`.
// The server is a child process (the real src/main.ts); the clients run here, in this process.
//
//   pnpm bench:write                                   both stores, this checkout
//   BENCH_SERVER_DIR=/other/checkout/server pnpm bench:write   measure another checkout's server (a baseline)
//   BENCH_STORES=postgresql BENCH_SECONDS=5 BENCH_WRITE_RESULTS=0 …
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { createTestDatabase, type TestDatabase } from "../test/support/databases.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CLIENTS = (process.env.BENCH_CLIENTS ?? "1,16,64").split(",").map(Number);
const STORES = (process.env.BENCH_STORES ?? "pglite,postgresql").split(",") as ("pglite" | "postgresql")[];
const BOARD_TASKS = Number(process.env.BENCH_BOARD_TASKS ?? 1000);
const serverDir = path.resolve(process.env.BENCH_SERVER_DIR ?? path.join(import.meta.dirname, ".."));
const resultsFile = path.join(import.meta.dirname, "RESULTS.md");

// ---------- a child server ----------

interface Server {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

function spawnServer(env: Record<string, string | undefined>): Promise<Server> {
  // BENCH_CPU_PROF=dir: the server writes a V8 CPU profile there when it exits.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // The compiled server, as `pnpm start` runs it (`pnpm bench:write` builds it first); another checkout's
  // (BENCH_SERVER_DIR) runs its sources through tsx unless BENCH_SERVER_ENTRY names its build.
  const entry = process.env.BENCH_SERVER_ENTRY ? [process.env.BENCH_SERVER_ENTRY] : ["--import", "tsx", "src/main.ts"];
  const child = spawn(process.execPath, [...profile, ...entry], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      WEB_DIST: "",
      LOG_LEVEL: "info",
      NODE_ENV: "production",
      // A benchmark is one user hammering the API on purpose: lift per-user write and request limits.
      RATE_LIMIT_MULTIPLIER: "1000000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const output: string[] = [];
  child.stderr!.on("data", (chunk) => output.push(String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start:\n${output.join("")}`));
    }, 180_000); // a machine shared with test runs can take minutes
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output.join("")}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      output.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === "taskgraph listening" && entry.url) {
          clearTimeout(timer);
          const port = Number(new URL(entry.url).port);
          resolve({
            url: entry.url,
            port,
            child,
            stop: async () => {
              child.kill("SIGTERM");
              await exited;
            },
          });
        }
      } catch {
        /* not a log line */
      }
    });
  });
}

// ---------- HTTP client ----------

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

interface Reply {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function post(port: number, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Reply> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString()) as Reply);
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function ok(port: number, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const reply = await post(port, query, variables, token);
  if (reply.errors?.length || !reply.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(reply.errors)}`);
  return reply.data;
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const CREATE_WORKSPACE = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id title version } }`;
const HEAD = `query($id: ID!) { workspace(id: $id) { version } }`;
const EVENTS_PLAIN = `query($id: ID!, $since: Int!) { workspace(id: $id) { events(since: $since, first: 500) { hasMore events { version action } } } }`;
const board = (first: number, after?: string) =>
  `query($id: ID!) { workspace(id: $id) { id name version tasks(first: ${first}${after ? `, after: "${after}"` : ""}) { totalCount pageInfo { endCursor hasNextPage } edges { node { id title status priority position version assignee { id name } } } } } }`;

// ---------- measurement ----------

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN) : NaN;

interface Load {
  perSecond: number;
  /** The server process's CPU time (user + system) per answered request: what a busy machine cannot hide. */
  cpuMs?: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  firstError?: string;
}

/** CPU seconds a process has used so far (user + system), from /proc. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

/** `clients` loops, each sending `next(i)` back to back for `seconds`; counts answers without errors. */
async function load(
  clients: number,
  seconds: number,
  send: (client: number, n: number) => Promise<Reply>,
  serverPid?: number,
): Promise<Load> {
  const cpuBefore = cpuSeconds(serverPid);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const t0 = performance.now();
        const reply = await send(client, n).catch((error: Error) => ({ errors: [{ message: error.message }] }) as Reply);
        if (reply.errors?.length) {
          errors++;
          firstError ??= JSON.stringify(reply.errors[0]).slice(0, 200);
        } else latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpuMs = ((cpuSeconds(serverPid) - cpuBefore) * 1000) / Math.max(1, latencies.length);
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    cpuMs,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ok: latencies.length,
    errors,
    firstError,
  };
}

/** Every version after `since` exactly once, gap-free, and `expected` updates per task. */
async function checkLog(port: number, token: string, workspaceId: string, since: number, expected: Map<string, number>) {
  const versions: number[] = [];
  for (let cursor = since; ; ) {
    const page = (await ok(port, EVENTS_PLAIN, { id: workspaceId, since: cursor }, token)).workspace.events;
    versions.push(...page.events.map((e: { version: number }) => e.version));
    if (!page.events.length || !page.hasMore) break;
    cursor = page.events.at(-1).version;
  }
  const gapFree = versions.every((v, i) => v === since + 1 + i);
  const total = [...expected.values()].reduce((a, b) => a + b, 0);
  return { gapFree, events: versions.length, expected: total, exact: gapFree && versions.length === total };
}

// ---------- counting statements on the PostgreSQL wire ----------

/**
 * A TCP proxy in front of PostgreSQL that counts the statements clients run: each simple Query ('Q') and each
 * Execute ('E') of the extended protocol is one statement the server executes (BEGIN and COMMIT included).
 */
async function statementCounter(target: URL) {
  let count = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          buffer = buffer.subarray(length);
          started = true;
          continue;
        }
        if (buffer.length < 5) break;
        const type = String.fromCharCode(buffer[0]!);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        if (type === "Q" || type === "E") count++;
        if (process.env.BENCH_SHOW_SQL && (type === "Q" || type === "P")) {
          const text = buffer
            .subarray(5, 1 + length)
            .toString()
            .replace(/\0/g, " ")
            .trim();
          console.error(`  sql ${type}: ${text.slice(0, 160)}`);
        }
        buffer = buffer.subarray(1 + length);
      }
    });
    upstream.on("data", (chunk) => client.write(chunk));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(target);
  url.host = `127.0.0.1:${port}`;
  return { url: url.toString(), read: () => count, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Statements one request causes, with nothing else running: the count before and after, once it settles. */
async function statementsOf(counter: { read(): number }, send: () => Promise<unknown>) {
  await send(); // warm: prepared caches, session cache
  await new Promise((resolve) => setTimeout(resolve, 200));
  const before = counter.read();
  await send();
  await new Promise((resolve) => setTimeout(resolve, 200));
  return counter.read() - before;
}

// ---------- one store ----------

interface StoreResult {
  store: string;
  writes: { clients: number; workspaces: number; load: Load; log?: string }[];
  statements?: { updateTask: number; updateTaskPgBus: number; board: number; me: number };
  board: { p50: number; p99: number; pages: number };
  anonymous: Load;
  authenticated: Load;
}

async function runStore(store: "pglite" | "postgresql"): Promise<StoreResult> {
  const database: TestDatabase = await createTestDatabase(store);
  const env = { DATA_DIR: database.config.dataDir, DATABASE_URL: database.config.databaseUrl };
  const server = await spawnServer(env);
  const { port } = server;
  try {
    const { signUp } = await ok(port, SIGN_UP, {
      input: { email: `bench-${Date.now()}@example.com`, password: "correct horse battery staple", name: "Bench" },
    });
    const token: string = signUp.token;
    const userId: string = signUp.user.id;
    const workspaces: string[] = [];
    for (let i = 0; i < 16; i++)
      workspaces.push((await ok(port, CREATE_WORKSPACE, { input: { name: `W${i}` } }, token)).createWorkspace.id);
    const maxClients = Math.max(...CLIENTS);
    const createTasks = async (workspaceId: string, count: number, assign: boolean) => {
      const ids: string[] = new Array(count);
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let i = next++; i < count; i = next++) {
            const input = { workspaceId, title: `Task ${i}`, ...(assign ? { assigneeId: userId } : {}) };
            ids[i] = (await ok(port, CREATE_TASK, { input }, token)).createTask.id;
          }
        }),
      );
      return ids;
    };
    // Each client edits its own task: the one workspace's tasks, or one in the workspace the client is spread to.
    const oneWorkspaceTasks = await createTasks(workspaces[0]!, maxClients, false);
    const spreadTasks: string[][] = [];
    for (let w = 0; w < 16; w++) spreadTasks.push(await createTasks(workspaces[w]!, Math.ceil(maxClients / 16), false));

    // Steady state before the first measured row: the server's JIT and both databases' caches and plans warm
    // up under the same kind of load (a cold start otherwise lands in whichever row comes first).
    await load(
      16,
      WARMUP_SECONDS,
      (c, n) =>
        post(
          port,
          UPDATE_TASK,
          { input: { id: oneWorkspaceTasks[c % oneWorkspaceTasks.length], title: `warm-up c${c} edit ${n}` } },
          token,
        ),
      server.child.pid,
    );
    const writes: StoreResult["writes"] = [];
    let run = 0;
    for (const clients of CLIENTS) {
      for (const spread of [1, 16]) {
        const taskOf = (c: number) => (spread === 1 ? oneWorkspaceTasks[c] : spreadTasks[c % 16]![Math.floor(c / 16)]);
        const since = (await ok(port, HEAD, { id: workspaces[0] }, token)).workspace.version;
        const perTask = new Map<string, number>();
        // A title no earlier run used: an edit that changes nothing writes no event and would not be counted.
        const prefix = `run ${++run}`;
        const result = await load(
          clients,
          SECONDS,
          async (c, n) => {
            const reply = await post(port, UPDATE_TASK, { input: { id: taskOf(c), title: `${prefix} c${c} edit ${n}` } }, token);
            if (!reply.errors && spread === 1) perTask.set(taskOf(c)!, (perTask.get(taskOf(c)!) ?? 0) + 1);
            return reply;
          },
          server.child.pid,
        );
        let log: string | undefined;
        if (spread === 1) {
          const check = await checkLog(port, token, workspaces[0]!, since, perTask);
          log = check.exact
            ? `${check.events} events, gap-free, each once`
            : `MISMATCH: ${check.events} events for ${check.expected} answers, gap-free ${check.gapFree}`;
        }
        writes.push({ clients, workspaces: spread, load: result, log });
        console.error(
          `${store} ${clients} clients / ${spread} ws: ${result.perSecond.toFixed(0)}/s p50 ${result.p50.toFixed(1)} p99 ${result.p99.toFixed(1)} errors ${result.errors} ${result.firstError ?? ""} ${log ?? ""}`,
        );
      }
    }

    // A board of 1,000 tasks, every one with an assignee. Pages of 500 if the server caps pages below 1,000.
    const boardWorkspace = (await ok(port, CREATE_WORKSPACE, { input: { name: "Board" } }, token)).createWorkspace.id;
    await createTasks(boardWorkspace, BOARD_TASKS, true);
    let pageSize = BOARD_TASKS;
    if ((await post(port, board(pageSize), { id: boardWorkspace }, token)).errors) pageSize = 500;
    const readBoard = async () => {
      let after: string | undefined;
      let seen = 0;
      for (;;) {
        const reply = await post(port, board(pageSize, after), { id: boardWorkspace }, token);
        if (reply.errors) return reply;
        const tasks = reply.data!.workspace.tasks;
        seen += tasks.edges.length;
        if (!tasks.pageInfo.hasNextPage) break;
        after = tasks.pageInfo.endCursor;
      }
      if (seen !== BOARD_TASKS) return { errors: [{ message: `board had ${seen} tasks` }] };
      return { data: {} };
    };
    const boardLoad = await load(1, SECONDS, readBoard);
    console.error(
      `${store} board: p50 ${boardLoad.p50.toFixed(1)} p99 ${boardLoad.p99.toFixed(1)} errors ${boardLoad.errors} ${boardLoad.firstError ?? ""}`,
    );

    const anonymous = await load(16, SECONDS, () => post(port, `{ __typename }`), server.child.pid);
    const authenticated = await load(16, SECONDS, () => post(port, `{ me { id } }`, {}, token), server.child.pid);
    console.error(
      `${store} anonymous ${anonymous.perSecond.toFixed(0)}/s, authenticated ${authenticated.perSecond.toFixed(0)}/s ${authenticated.firstError ?? ""}`,
    );

    let statements: StoreResult["statements"];
    if (store === "postgresql") {
      // Second servers on the same database, reaching PostgreSQL through the counting proxy: with Redis as the
      // bus (as several instances run), and with PostgreSQL itself as the bus (one instance, no REDIS_URL).
      const counter = await statementCounter(new URL(database.config.databaseUrl!));
      let n = 0;
      const count = async (bus: Record<string, string | undefined>) => {
        const counted = await spawnServer({ ...env, ...bus, DATABASE_URL: counter.url });
        try {
          const p = counted.port;
          return {
            updateTask: await statementsOf(counter, () =>
              ok(p, UPDATE_TASK, { input: { id: oneWorkspaceTasks[0], title: `counted ${n++}` } }, token),
            ),
            board: await statementsOf(counter, () => ok(p, board(pageSize), { id: boardWorkspace }, token)),
            me: await statementsOf(counter, () => ok(p, `{ me { id } }`, {}, token)),
          };
        } finally {
          await counted.stop();
        }
      };
      try {
        const redis = await count({ REDIS_URL: process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379" });
        const pgBus = await count({ REDIS_URL: "" });
        statements = { ...redis, updateTaskPgBus: pgBus.updateTask };
        console.error(`statements: ${JSON.stringify(statements)}`);
      } finally {
        await counter.close();
      }
    }
    return {
      store,
      writes,
      statements,
      board: { p50: boardLoad.p50, p99: boardLoad.p99, pages: Math.ceil(BOARD_TASKS / pageSize) },
      anonymous,
      authenticated,
    };
  } finally {
    await server.stop();
    await database.drop();
  }
}

// ---------- report ----------

const cpu = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? `${v.toFixed(2)} ms` : "–");
const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms` : "–");

function table(results: StoreResult[]): string {
  const lines = [
    "| store | clients | workspaces | updateTask/s | p50 | p99 | server CPU per update | errors | log check |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of results) {
    for (const w of r.writes) {
      lines.push(
        `| ${r.store} | ${w.clients} | ${w.workspaces} | ${w.load.perSecond.toFixed(0)} | ${ms(w.load.p50)} | ${ms(w.load.p99)} | ${cpu(w.load.cpuMs)} | ${w.load.errors} | ${w.log ?? ""} |`,
      );
    }
  }
  lines.push(
    "",
    "| store | board of 1,000 tasks with assignees p50 / p99 | anonymous `{ __typename }`/s (CPU each) | authenticated `{ me { id } }`/s (CPU each) | ratio |",
    "|---|---|---:|---:|---:|",
  );
  for (const r of results) {
    const pages = r.board.pages > 1 ? ` (${r.board.pages} pages: the server caps a page at 500)` : "";
    lines.push(
      `| ${r.store} | ${ms(r.board.p50)} / ${ms(r.board.p99)}${pages} | ${r.anonymous.perSecond.toFixed(0)} (${cpu(r.anonymous.cpuMs)}) | ${r.authenticated.perSecond.toFixed(0)} (${cpu(r.authenticated.cpuMs)}) | ${(r.anonymous.perSecond / r.authenticated.perSecond).toFixed(2)}× |`,
    );
  }
  const counted = results.find((r) => r.statements);
  if (counted?.statements) {
    const s = counted.statements;
    lines.push(
      "",
      `SQL statements, counted on the PostgreSQL wire (every simple query and every Execute, BEGIN/COMMIT included): one uncontended updateTask ${s.updateTask} with Redis as the bus, ${s.updateTaskPgBus} with PostgreSQL as the bus (its pg_notify); board of 1,000 tasks ${s.board}; \`{ me { id } }\` ${s.me}.`,
    );
  }
  return lines.join("\n");
}

const results: StoreResult[] = [];
for (const store of STORES) results.push(await runStore(store));
agent.destroy();
const text = table(results);
console.log(text);

if (process.env.BENCH_WRITE_RESULTS !== "0") {
  const section = [
    "<!-- write-path -->",
    "## Write path",
    "",
    `\`cd server && pnpm bench:write\` (${SECONDS} s per row, HTTP clients in the benchmark's process, server a child process; ${new Date().toISOString().slice(0, 16)}Z, ${process.env.BENCH_LABEL ?? "this checkout"}).`,
    'Each client updates its own task back to back. "log check": every answered update is in the log exactly once, versions gap-free.',
    "",
    text,
    ...(process.env.BENCH_NOTE ? ["", process.env.BENCH_NOTE] : []),
    "<!-- /write-path -->",
  ].join("\n");
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "# Benchmark results\n";
  const pattern = /<!-- write-path -->[\s\S]*?<!-- \/write-path -->/;
  writeFileSync(resultsFile, pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`);
}
process.exit(0);
