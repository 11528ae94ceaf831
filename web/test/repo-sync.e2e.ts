import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The Sync panel: link a repository on the server, sync it live, and see its TODOs as cards with file:line.
const root = path.resolve(import.meta.dirname, "..", "..");
const shots = path.resolve(import.meta.dirname, "..", "test-output");
let server: ChildProcess;
let base = "";
let dataDir = "";
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

// `pnpm start` compiles the server before it listens: allow for that on a busy 2-core machine.
async function waitForHealth(url: string, ms = 200_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not become healthy");
}

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function signUpViaApi(name: string, email: string) {
  const d = await gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { name, email, password: "correct-horse-battery" } });
  return d.signUp.token as string;
}

async function signedInPage(token: string, width: number, height = 860): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript((t) => localStorage.setItem("taskgraph.token", t), token);
  return { context, page: await context.newPage() };
}

const column = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  dataDir = mkdtempSync(path.join(tmpdir(), "taskgraph-e2e-"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn("pnpm", ["--filter", "@taskgraph/server", "start"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true, // own process group, so pnpm, tsx and node all stop together
  });
  await waitForHealth(base);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("repository sync in the UI", () => {
  it("an owner links a directory, syncs it with a live banner, and the cards show file:line", async () => {
    const token = await signUpViaApi("Rita Repo", "rita@example.com");
    const { createWorkspace: ws } = await gql(`mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`, { input: { name: "Engine" } }, token);
    const repo = mkdtempSync(path.join(tmpdir(), "taskgraph-e2e-repo-"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null" } });
    try {
      git("init", "-q", "-b", "main");
      mkdirSync(path.join(repo, "src"));
      writeFileSync(path.join(repo, "src", "engine.ts"), "export const speed = 1;\n// TODO: Tune the engine speed\n");
      writeFileSync(path.join(repo, "src", "brakes.py"), "# FIXME: Brakes squeak\n");
      git("add", "-A");
      git("-c", "user.email=r@example.com", "-c", "user.name=R", "commit", "-q", "-m", "todos");

      const { context, page } = await signedInPage(token, 1280);
      await page.goto(`${base}/w/${ws.id}/members`);
      const panel = page.getByRole("region", { name: "Code" });
      await panel.getByLabel("Directory on the server").check();
      await panel.getByLabel("Absolute path of the repository").fill("relative/path");
      await panel.getByRole("button", { name: "Link repository" }).click();
      await panel.getByRole("alert").filter({ hasText: "absolute" }).waitFor();
      await panel.getByLabel("Absolute path of the repository").fill(repo);
      await panel.getByRole("button", { name: "Link repository" }).click();
      await panel.getByLabel("Branch").waitFor();
      await panel.getByRole("button", { name: "Sync now" }).click();
      const banner = panel.getByTestId("sync-banner");
      await banner.filter({ hasText: "Succeeded" }).waitFor({ timeout: 30_000 });
      await expect(banner.getByRole("progressbar").getAttribute("aria-valuenow")).resolves.toBe("100");
      await panel.getByRole("list", { name: "Sync history" }).getByText("2 new", { exact: false }).waitFor();
      await page.screenshot({ path: path.join(shots, "repo-sync-panel.png"), fullPage: true });

      await page.goto(`${base}/w/${ws.id}`);
      const card = column(page, "To do").locator(".card-inner", { hasText: "Tune the engine speed" });
      await card.getByText("engine.ts:2").waitFor();
      await expect(card.getByText("from-code").count()).resolves.toBe(1);
      await column(page, "To do").locator(".card-inner", { hasText: "Brakes squeak" }).getByText("brakes.py:1").waitFor();
      await page.screenshot({ path: path.join(shots, "repo-sync-board.png") });
      await context.close();
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 120_000);
});
