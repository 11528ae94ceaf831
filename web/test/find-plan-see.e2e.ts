import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Find, plan and see (issue #13): the command palette's jump, the label filter in the URL, and the Insights
// page live and at 390 px: the built product in real Chromium.
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

describe("find, plan and see", () => {
  it("jumps to a card from Ctrl+K, filters by label (kept in the URL), and shows live Insights, readable at 390 px", async () => {
    const token = await signUpViaApi("Pat Planner", "pat@example.com");
    const { createWorkspace: ws } = await gql(`mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`, { input: { name: "Launch" } }, token);
    const label = async (name: string, color: string) =>
      (await gql(`mutation($input: CreateLabelInput!) { createLabel(input: $input) { id } }`, { input: { workspaceId: ws.id, name, color } }, token)).createLabel.id as string;
    const bug = await label("Bug", "#f87168");
    const ui = await label("UI", "#579dff");
    const task = async (input: Record<string, unknown>) =>
      (await gql(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, { input: { workspaceId: ws.id, ...input } }, token)).createTask.id as string;
    const move = (id: string, status: string) => gql(`mutation($input: MoveTaskInput!) { moveTask(input: $input) { id } }`, { input: { id, status } }, token);
    const login = await task({ title: "Fix login redirect", description: "Users land on a blank page after the OAuth callback.", labelIds: [bug] });
    await task({ title: "Polish settings page", labelIds: [ui] });
    await task({ title: "Write release notes", dueAt: "2020-01-01T00:00:00.000Z" });
    const shipped = await task({ title: "Ship the pricing page" });
    await move(shipped, "IN_PROGRESS");
    await move(shipped, "DONE");

    const { context, page } = await signedInPage(token, 1280);
    await page.goto(`${base}/w/${ws.id}`);
    await page.getByTestId("connection-badge").filter({ hasText: "Live" }).waitFor();
    await page.getByTestId("task-card").first().waitFor();
    // Cards show their labels and an overdue date.
    await page.getByTestId("task-card").filter({ hasText: "Write release notes" }).getByText(/Overdue/).waitFor();

    // Search jump: Ctrl+K, a word only the description holds, Enter opens that card.
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("dialog", { name: "Search tasks" });
    await palette.getByRole("combobox").fill("oauth");
    const hit = palette.getByRole("option").filter({ hasText: "Fix login redirect" });
    await hit.waitFor();
    await hit.locator("mark", { hasText: "OAuth" }).waitFor();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Task details" });
    await expect(dialog.getByLabel("Title").inputValue()).resolves.toBe("Fix login redirect");
    expect(new URL(page.url()).searchParams.get("task")).toBe(login);
    await dialog.getByRole("button", { name: "Close" }).click();

    // Label filter: only the Bug card stays, the URL says so, and a reload keeps it.
    await page.getByRole("toolbar", { name: "Filters" }).getByRole("button", { name: "Bug" }).click();
    await expect.poll(() => page.getByTestId("task-card").count()).toBe(1);
    await page.getByTestId("task-card").filter({ hasText: "Fix login redirect" }).waitFor();
    expect(new URL(page.url()).searchParams.get("labels")).toBe(bug);
    await page.reload();
    await page.getByTestId("task-card").first().waitFor();
    await expect.poll(() => page.getByTestId("task-card").count()).toBe(1);
    await page.getByRole("toolbar", { name: "Filters" }).getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(() => page.getByTestId("task-card").count()).toBe(4);

    // Insights: the charts draw, and a task finished elsewhere shows up without a reload.
    await page.getByRole("link", { name: "Insights" }).click();
    await page.getByTestId("stat-done").getByText("1", { exact: true }).waitFor();
    await page.getByTestId("stat-wip").getByText("0", { exact: true }).waitFor();
    for (const name of ["Cumulative flow", "Throughput", "Cycle time"]) await page.getByRole("figure", { name }).locator("svg.recharts-surface").first().waitFor();
    await move(login, "IN_PROGRESS");
    await page.getByTestId("stat-wip").getByText("1", { exact: true }).waitFor({ timeout: 8000 });
    await move(login, "DONE");
    await page.getByTestId("stat-done").getByText("2", { exact: true }).waitFor({ timeout: 8000 });
    await page.screenshot({ path: path.join(shots, "insights-1280.png"), fullPage: true });
    await context.close();

    // At 390 px the page fits the screen: no chart wider than the viewport, no sideways scrolling.
    const phone = await signedInPage(token, 390, 844);
    await phone.page.goto(`${base}/w/${ws.id}/insights`);
    const flow = phone.page.getByRole("figure", { name: "Cumulative flow" });
    await flow.locator("svg.recharts-surface").first().waitFor();
    const box = await flow.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await phone.page.screenshot({ path: path.join(shots, "insights-390.png"), fullPage: true });
    await phone.context.close();
  });
});
