// Repository sync throughput: syncs (1) this project's own checkout, linked as LOCAL_GIT, and (2) a generated
// 20,000-file repository, through a real server process on a fresh embedded database (or TEST_DATABASE=
// postgresql), and prints files per second. Each repository is synced twice: the first sync imports every
// TODO (creates tasks), the second finds nothing changed (writes nothing), which is the steady state.
//   pnpm bench:repo-sync            REPO_SYNC_FILES=20000 (generated size), REPO_SYNC_SELF=<path> (default: the checkout)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { okAt, signUpAt, workspaceAt } from "../test/fixtures/graphql-http.js";
import { LINK, START, type SyncView, waitForSync } from "../test/fixtures/repo-sync-api.js";
import { createTestDatabase } from "../test/support/databases.js";
import { spawnServer } from "../test/support/server-process.js";

const generatedFiles = Number(process.env.REPO_SYNC_FILES ?? 20_000);
const selfRepo = process.env.REPO_SYNC_SELF ?? path.join(import.meta.dirname, "..", "..");

/** A repository of `count` source files in 200 folders; one in ten holds a TODO, as busy codebases do. */
function generateRepository(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "taskgraph-bench-repo-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null" }, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  const languages = [
    [
      "ts",
      (i: number) =>
        `export function f${i}(x: number) {\n  // ${i % 10 === 0 ? `TODO: handle overflow in f${i}` : "plain comment"}\n  return x + ${i};\n}\n`,
    ],
    [
      "py",
      (i: number) => `def f${i}(x):\n    # ${i % 10 === 0 ? `FIXME: f${i} ignores negatives` : "plain comment"}\n    return x + ${i}\n`,
    ],
    [
      "go",
      (i: number) =>
        `package p\n\n// ${i % 10 === 0 ? `HACK: f${i} retries forever` : "plain comment"}\nfunc F${i}() int { return ${i} }\n`,
    ],
    [
      "css",
      (i: number) =>
        `/* ${i % 10 === 0 ? `TODO: theme token for .c${i}` : "plain"} */\n.c${i} { color: #${(i % 4096).toString(16).padStart(3, "0")}; }\n`,
    ],
  ] as const;
  for (let i = 0; i < count; i++) {
    const [ext, body] = languages[i % languages.length]!;
    const folder = path.join(dir, "src", `pkg${i % 200}`);
    if (i < 200) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `file${i}.${ext}`), body(i));
  }
  git("add", "-A");
  git("-c", "user.email=bench@example.com", "-c", "user.name=Bench", "commit", "-q", "-m", "generated");
  return dir;
}

async function timeSync(url: string, token: string, workspaceId: string): Promise<{ sync: SyncView; seconds: number }> {
  const started = performance.now();
  const { startRepositorySync } = await okAt(url, START, { input: { workspaceId } }, token);
  const sync = await waitForSync(url, token, startRepositorySync.id, 30 * 60_000);
  if (sync.status !== "SUCCEEDED") throw new Error(`sync ${sync.status}: ${JSON.stringify(sync.error)}`);
  return { sync, seconds: (performance.now() - started) / 1000 };
}

const database = await createTestDatabase();
const server = await spawnServer({ DATA_DIR: database.config.dataDir, DATABASE_URL: database.config.databaseUrl }, 180_000);
const generated = generateRepository(generatedFiles);
try {
  const user = await signUpAt(server.url, "Bench");
  console.log(`repository sync on ${database.config.databaseUrl ? "PostgreSQL" : "PGlite"}; times include polling the sync every 100 ms`);
  console.log("| repository | sync | files | scanned | skipped | TODOs | tasks written | seconds | files/s |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [label, dir] of [
    ["this checkout (LOCAL_GIT)", selfRepo],
    [`generated, ${generatedFiles} files`, generated],
  ] as const) {
    const workspaceId = await workspaceAt(server.url, user.token, label.slice(0, 60));
    await okAt(server.url, LINK, { input: { workspaceId, provider: "LOCAL_GIT", path: dir } }, user.token);
    for (const round of ["first", "unchanged"]) {
      const { sync, seconds } = await timeSync(server.url, user.token, workspaceId);
      const s = sync.stats;
      const written = s.tasksCreated + s.tasksUpdated + s.tasksClosed + s.tasksReopened;
      console.log(
        `| ${label} | ${round} | ${s.filesTotal} | ${s.filesScanned} | ${s.filesSkipped} | ${s.todosFound} | ${written} | ${seconds.toFixed(2)} | ${Math.round(s.filesTotal / seconds)} |`,
      );
    }
  }
} finally {
  await server.stop();
  await database.drop();
  rmSync(generated, { recursive: true, force: true });
}
