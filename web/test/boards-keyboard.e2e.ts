import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtProduct, shots } from "./support/product";

// Issue #11 in real Chromium: Enter opens a card, keyboard moves go where the arrow points, the task dialog
// keeps focus and gives it back, no serious axe violations, page titles, a viewer's read-only dialog.
const product = builtProduct();
const { gql } = product;

type Card = { id: string; title: string; status: string; position: number };

async function setUp(name: string) {
  const token = await product.signUpViaApi(name, `${name.toLowerCase()}-${Date.now()}@example.com`);
  const ws = (
    await gql(
      `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
      { input: { name: `${name}'s team` } },
      token,
    )
  ).createWorkspace.id as string;
  const create = (title: string, status = "TODO") =>
    gql(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, { input: { workspaceId: ws, title, status } }, token);
  for (const t of ["Alpha", "Bravo", "Charlie", "Delta"]) await create(t);
  await create("X-ray", "IN_PROGRESS");
  return { token, ws };
}

async function columns(token: string, ws: string): Promise<{ version: number; byStatus: Record<string, string[]> }> {
  const d = await gql(
    `query($id: ID!) { workspace(id: $id) { version tasks(first: 100) { edges { node { id title status position } } } } }`,
    { id: ws },
    token,
  );
  const cards: Card[] = d.workspace.tasks.edges.map((e: { node: Card }) => e.node);
  const byStatus: Record<string, string[]> = {};
  for (const c of [...cards].sort((a, b) => a.position - b.position)) {
    byStatus[c.status] = [...(byStatus[c.status] ?? []), c.title];
  }
  return { version: d.workspace.version, byStatus };
}

async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const until = Date.now() + ms;
  let last = await read();
  while (!ok(last) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

const card = (page: Page, title: string) => page.getByTestId("task-card").filter({ hasText: title });

/** Space lifts the focused card, the arrows move it, Space drops it; each key waits for the board to follow. */
async function keyboardMove(page: Page, title: string, keys: string[]) {
  await card(page, title).focus();
  await page.keyboard.press("Space");
  await page.waitForTimeout(250);
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(250);
  }
  await page.keyboard.press("Space");
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

describe("a keyboard-first, accessible board", () => {
  it("→ and ← move between columns, ↑ and ↓ by one place, and nothing else is written", async () => {
    const { token, ws } = await setUp("Kim");
    const { page, context } = await product.signedInPage(token, 1280);
    await page.goto(`${product.base}/w/${ws}`);
    await card(page, "Delta").waitFor();
    const start = await columns(token, ws);
    expect(start.byStatus.TODO).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);

    // → once: the next column, at the same height (its end here), never a reorder in its own column.
    await keyboardMove(page, "Bravo", ["ArrowRight"]);
    let now = await waitFor(
      () => columns(token, ws),
      (c) => c.version > start.version,
    );
    expect(now.byStatus).toEqual({ TODO: ["Alpha", "Charlie", "Delta"], IN_PROGRESS: ["X-ray", "Bravo"] });

    // ↑ once: exactly one place up (not two).
    await keyboardMove(page, "Delta", ["ArrowUp"]);
    now = await waitFor(
      () => columns(token, ws),
      (c) => c.byStatus.TODO?.[1] === "Delta",
    );
    expect(now.byStatus.TODO).toEqual(["Alpha", "Delta", "Charlie"]);

    // ↓ once: one place down.
    await keyboardMove(page, "Alpha", ["ArrowDown"]);
    now = await waitFor(
      () => columns(token, ws),
      (c) => c.byStatus.TODO?.[0] === "Delta",
    );
    expect(now.byStatus.TODO).toEqual(["Delta", "Alpha", "Charlie"]);

    // ← back from In progress, then ↑ to the top of To do; → then ← again is no move at all.
    await keyboardMove(page, "Bravo", ["ArrowLeft", "ArrowUp"]);
    now = await waitFor(
      () => columns(token, ws),
      (c) => c.byStatus.TODO?.includes("Bravo") ?? false,
    );
    expect(now.byStatus).toEqual({ TODO: ["Bravo", "Delta", "Alpha", "Charlie"], IN_PROGRESS: ["X-ray"] });
    const before = now.version;
    await keyboardMove(page, "Charlie", ["ArrowRight", "ArrowLeft"]);
    await page.waitForTimeout(800);
    now = await columns(token, ws);
    expect(now.version).toBe(before);
    // Four moves, four log entries: no accidental reorder was saved.
    expect(before).toBe(start.version + 4);
    await context.close();
  });

  it("Enter opens the focused card and keeps it open; Tab stays in the dialog; closing gives focus back to the card", async () => {
    const { token, ws } = await setUp("Lee");
    const { page, context } = await product.signedInPage(token, 1280);
    await page.goto(`${product.base}/w/${ws}`);
    await card(page, "Charlie").waitFor();
    const start = await columns(token, ws);

    await card(page, "Charlie").focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Task details" });
    await dialog.waitFor();
    await page.waitForTimeout(600);
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel("Title").inputValue()).toBe("Charlie");
    await page.screenshot({ path: path.join(shots, "boards-dialog-1280.png") });

    for (let i = 0; i < 40; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // Radix gives focus back as the dialog unmounts (a tick after it leaves the page).
    const charlieId = await card(page, "Charlie").getAttribute("data-task-id");
    const focused = await waitFor(
      () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.taskId),
      (id) => id === charlieId,
      2000,
    );
    expect(focused).toBe(charlieId);
    expect((await columns(token, ws)).version).toBe(start.version);

    // At 390 px too, the dialog fits and keeps focus.
    await page.setViewportSize({ width: 390, height: 844 });
    await card(page, "Alpha").focus();
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.screenshot({ path: path.join(shots, "boards-dialog-390.png") });
    await page.keyboard.press("Escape");
    await context.close();
  });

  it("the board and the members page have no serious axe violations; page titles say where you are", async () => {
    const { token, ws } = await setUp("Mo");
    const { page, context } = await product.signedInPage(token, 1280);
    await page.goto(`${product.base}/w/${ws}`);
    await card(page, "Alpha").waitFor();
    await waitFor(
      async () => page.title(),
      (t) => t.startsWith("Main · "),
    );
    expect(await page.title()).toBe("Main · Mo's team — Taskgraph");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Members" }).click();
    await page.getByLabel("Email to invite").waitFor();
    await waitFor(
      async () => page.title(),
      (t) => t.startsWith("Members"),
    );
    expect(await page.title()).toBe("Members · Mo's team — Taskgraph");
    expect(await seriousViolations(page)).toEqual([]);

    // Item 6: the role picker starts from Member again after an invitation; Remove asks before it removes.
    await page.getByLabel("Email to invite").fill("viewer-to-be@example.com");
    await page.getByLabel("Role for the invitation").selectOption("VIEWER");
    await page.getByRole("button", { name: "Send invite" }).click();
    await page.getByRole("heading", { name: "Invite link for viewer-to-be@example.com" }).waitFor();
    expect(await page.getByLabel("Role for the invitation").inputValue()).toBe("MEMBER");
    const other = await product.signUpViaApi("Pat", `pat-${Date.now()}@example.com`);
    const invited = await gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { inviteUrl } }`,
      { input: { workspaceId: ws, email: "pat@example.com", role: "MEMBER" } },
      token,
    );
    const inviteToken = String(invited.inviteMember.inviteUrl).split("/invite/")[1];
    await gql(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
      { input: { token: inviteToken } },
      other,
    );
    await page.reload();
    // Item 6: an invitee without a workspace sees the invitation first, not "Create your first workspace".
    const invitee = await product.signUpViaApi("Quinn", "viewer-to-be@example.com");
    const { page: inviteePage, context: inviteeContext } = await product.signedInPage(invitee, 1280);
    await inviteePage.goto(product.base);
    await inviteePage.getByRole("heading", { name: "You have an invitation" }).waitFor();
    expect(await inviteePage.getByRole("main").getByRole("button", { name: "Decline invitation to Mo's team" }).count()).toBe(1);
    await inviteeContext.close();
    const row = page.getByTestId("member-row").filter({ hasText: "Pat" });
    await row.getByRole("button", { name: "Remove" }).click();
    await row.getByRole("button", { name: "Keep" }).click();
    expect(await page.getByTestId("member-row").filter({ hasText: "Pat" }).count()).toBe(1);
    await row.getByRole("button", { name: "Remove" }).click();
    await row.getByRole("button", { name: "Remove Pat" }).click();
    await row.waitFor({ state: "detached" });
    await page.screenshot({ path: path.join(shots, "boards-members-1280.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(shots, "boards-members-390.png") });
    await context.close();
  });

  it("a delete's toast offers Undo; an undo's toast says what it did and offers Redo", async () => {
    const { token, ws } = await setUp("Noa");
    const { page, context } = await product.signedInPage(token, 1280);
    await page.goto(`${product.base}/w/${ws}`);
    await card(page, "Delta").click();
    const dialog = page.getByRole("dialog", { name: "Task details" });
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await dialog.getByRole("button", { name: "Delete task" }).click();
    const toasts = page.locator(".toasts");
    await toasts.getByText("Deleted “Delta”.").waitFor();
    await card(page, "Delta").waitFor({ state: "detached" });
    await toasts.getByRole("button", { name: "Undo" }).click();
    await toasts.getByText("Undid deleting “Delta”: it is back on the board.").waitFor();
    await card(page, "Delta").waitFor();

    // Ctrl+Z now takes back the newest creation: the toast says the card left, and Redo brings it back.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await toasts.getByText("Undid creating “X-ray”: it is off the board.").waitFor();
    await card(page, "X-ray").waitFor({ state: "detached" });
    await toasts.getByRole("button", { name: "Redo" }).click();
    await toasts.getByText("Redid creating “X-ray”: it is back on the board.").waitFor();
    await card(page, "X-ray").waitFor();
    await context.close();
  });
});
