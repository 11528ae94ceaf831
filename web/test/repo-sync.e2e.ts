import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtProduct, shots } from "./support/product";

// The Sync panel: link a repository on the server, sync it live, and see its TODOs as cards with file:line.
const product = builtProduct();
const { gql, signUpViaApi, signedInPage } = product;

const column = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

describe("repository sync in the UI", () => {
  it("an owner links a directory, syncs it with a live banner, and the cards show file:line", async () => {
    const token = await signUpViaApi("Rita Repo", "rita@example.com");
    const { createWorkspace: ws } = await gql(
      `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
      { input: { name: "Engine" } },
      token,
    );
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
      await page.goto(`${product.base}/w/${ws.id}/members`);
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

      await page.goto(`${product.base}/w/${ws.id}`);
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
