import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtProduct, shots } from "./support/product";

// Two people (and a viewer) on one board, in the built product in real Chromium.
const product = builtProduct();
const { gql, signUpViaApi, signedInPage } = product;

const column = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

describe("two people on one board", () => {
  it("A's create and drag show up live for B; a viewer gets no edit controls", async () => {
    // User A does everything through the UI: sign up, create a workspace, invite B and C.
    const a = await product.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const pageA = await a.newPage();
    await pageA.goto(product.base);
    await pageA.getByRole("button", { name: "Create an account" }).click();
    await pageA.getByLabel("Name").fill("Ada Lovelace");
    await pageA.getByLabel("Email").fill("ada@example.com");
    await pageA.getByLabel("Password").fill("correct-horse-battery");
    await pageA.getByRole("button", { name: "Create account" }).click();
    await pageA.getByRole("heading", { name: "Create your first workspace" }).waitFor();
    await pageA.getByLabel("Workspace name").fill("Launch plan");
    await pageA.getByRole("button", { name: "Create", exact: true }).click();
    await pageA.waitForURL(/\/w\/[^/]+$/);
    const workspacePath = new URL(pageA.url()).pathname;
    await pageA.getByTestId("connection-badge").filter({ hasText: "Live" }).waitFor();

    const tokenB = await signUpViaApi("Grace Hopper", "grace@example.com");
    const tokenC = await signUpViaApi("Victor Viewer", "victor@example.com");
    await pageA.getByRole("link", { name: "Members" }).click();
    // Each invitation's link is shown to A once, to copy (no SMTP_URL here, so nothing is emailed).
    const invitePaths: Record<string, string> = {};
    for (const [email, role] of [
      ["grace@example.com", "MEMBER"],
      ["victor@example.com", "VIEWER"],
    ] as const) {
      await pageA.getByLabel("Email to invite").fill(email);
      await pageA.getByLabel("Role for the invitation").selectOption(role);
      await pageA.getByRole("button", { name: "Send invite" }).click();
      await pageA.getByRole("heading", { name: `Invite link for ${email}` }).waitFor();
      await pageA.getByRole("button", { name: "Copy invite link" }).waitFor();
      invitePaths[email] = new URL(await pageA.getByLabel("Invite link URL").inputValue()).pathname;
      expect(invitePaths[email]).toMatch(/^\/invite\/tgi_[\w-]{43}$/);
      await pageA.locator(".member-list").getByText(email).waitFor();
    }
    await pageA.screenshot({ path: path.join(shots, "members-invite-link-a-1280.png") });
    // Signed in with the invited email is not enough any more: the sidebar lists it, but only declining works there.
    expect((await gql(`{ myInvitations { id } }`, {}, tokenB)).myInvitations).toHaveLength(1);
    await pageA.getByRole("link", { name: "Board" }).click();

    // B opens the link signed in and accepts.
    const { context: b, page: pageB } = await signedInPage(tokenB, 1280);
    await pageB.goto(product.base + invitePaths["grace@example.com"]);
    await expect(pageB.getByTestId("invite-summary").textContent()).resolves.toBe(
      "Ada Lovelace invited you to join Launch plan as member.",
    );
    await pageB.getByRole("button", { name: "Accept and join" }).click();
    await pageB.waitForURL(product.base + workspacePath);
    await column(pageB, "To do").waitFor();

    // C opens the link signed out: the sign-in page says what it is for; after signing in, C accepts.
    const invited = await product.browser.newContext({ viewport: { width: 390, height: 844 } });
    const pageInvited = await invited.newPage();
    await pageInvited.goto(product.base + invitePaths["victor@example.com"]);
    await expect(pageInvited.getByTestId("invite-summary").textContent()).resolves.toBe(
      "Ada Lovelace invited you to join Launch plan as viewer.",
    );
    await pageInvited.screenshot({ path: path.join(shots, "invite-signed-out-390.png") });
    await pageInvited.getByLabel("Email").fill("victor@example.com");
    await pageInvited.getByLabel("Password").fill("correct-horse-battery");
    await pageInvited.getByRole("button", { name: "Sign in" }).click();
    await pageInvited.getByRole("button", { name: "Accept and join" }).click();
    await pageInvited.waitForURL(product.base + workspacePath);
    await invited.close();
    // The link is spent: opening it again says so instead of offering to join.
    await pageB.goto(product.base + invitePaths["grace@example.com"]);
    await pageB.getByText("This invitation to Launch plan has already been accepted.").waitFor();
    await pageB.goto(product.base + workspacePath);
    await column(pageB, "To do").waitFor();
    await pageB.getByTestId("connection-badge").filter({ hasText: "Live" }).waitFor();

    // A creates a task inline; B sees it within a second, without reloading.
    await column(pageA, "To do").getByRole("button", { name: "Add task to To do" }).click();
    await pageA.getByLabel("New task title in To do").fill("Draft the launch email");
    await pageA.getByLabel("New task title in To do").press("Enter");
    await pageA.getByLabel("New task title in To do").press("Escape");
    const cardA = column(pageA, "To do").locator('[data-testid="task-card"]:not([data-task-id^="optimistic:"])', {
      hasText: "Draft the launch email",
    });
    await cardA.waitFor();
    const seenCreate = Date.now();
    await column(pageB, "To do").getByText("Draft the launch email").waitFor({ timeout: 1000 });
    expect(Date.now() - seenCreate).toBeLessThan(1000);

    // A moves it with the keyboard sensor: Space picks up, ArrowRight to the next column, Space drops.
    await cardA.focus();
    await pageA.keyboard.press("Space");
    await pageA.waitForTimeout(150);
    await pageA.keyboard.press("ArrowRight");
    await pageA.waitForTimeout(300);
    await pageA.keyboard.press("Space");
    await column(pageA, "In progress").getByText("Draft the launch email").waitFor({ timeout: 2000 });
    const moved = Date.now();
    await column(pageB, "In progress").getByText("Draft the launch email").waitFor({ timeout: 1000 });
    expect(Date.now() - moved).toBeLessThan(1000);
    expect(await column(pageB, "To do").getByText("Draft the launch email").count()).toBe(0);
    await expect(pageB.getByTestId("count-IN_PROGRESS").textContent()).resolves.toBe("1");
    await pageB
      .getByTestId("activity-item")
      .filter({ hasText: "moved “Draft the launch email” to In progress" })
      .waitFor({ timeout: 1000 });

    // Presence: B sees A's face in the board header (and A sees B's).
    await pageB.getByTestId("presence").getByLabel("Ada Lovelace", { exact: true }).waitFor({ timeout: 3000 });
    await pageA.getByTestId("presence").getByLabel("Grace Hopper", { exact: true }).waitFor({ timeout: 3000 });

    // A undoes the move with Ctrl+Z: both boards show the card back in To do within a second.
    await pageA.keyboard.press("Control+z");
    const undone = Date.now();
    await Promise.all([
      column(pageA, "To do").getByText("Draft the launch email").waitFor({ timeout: 1000 }),
      column(pageB, "To do").getByText("Draft the launch email").waitFor({ timeout: 1000 }),
    ]);
    expect(Date.now() - undone).toBeLessThan(1000);
    expect(await column(pageB, "In progress").getByText("Draft the launch email").count()).toBe(0);
    await pageA.getByText("Undid moving “Draft the launch email”: it is back in To do.").waitFor({ timeout: 2000 });
    // Redo puts it back; a second redo has nothing left and says so.
    await pageA.keyboard.press("Control+Shift+z");
    await column(pageB, "In progress").getByText("Draft the launch email").waitFor({ timeout: 1000 });
    await pageA.keyboard.press("Control+Shift+z");
    await pageA.getByText("Nothing to redo.").waitFor({ timeout: 2000 });

    await pageA.screenshot({ path: path.join(shots, "board-a-1280.png") });
    await pageB.screenshot({ path: path.join(shots, "board-b-1280.png") });

    // The viewer can read the board but gets no controls to change it.
    const { context: c, page: pageC } = await signedInPage(tokenC, 390, 844);
    await pageC.goto(product.base + workspacePath);
    await pageC.getByTestId("task-card").filter({ hasText: "Draft the launch email" }).waitFor();
    expect(await pageC.getByRole("button", { name: /Add task/ }).count()).toBe(0);
    expect(await pageC.locator('[aria-roledescription="draggable card"]').count()).toBe(0);
    // The sidebar's workspaces query answers on its own schedule; the shot must show the list, not its spinner.
    const navC = pageC.getByRole("navigation", { name: "Workspaces" });
    await navC.getByRole("link", { name: /Launch plan/ }).waitFor();
    expect(await navC.getByText(/Loading workspaces/).count()).toBe(0);
    // Nothing on the page may be left spinning: every query it started must have answered.
    await expect.poll(() => pageC.getByText(/^Loading/).count(), { timeout: 10_000 }).toBe(0);
    await pageC.screenshot({ path: path.join(shots, "board-viewer-390.png"), fullPage: true });
    await pageC.getByTestId("task-card").filter({ hasText: "Draft the launch email" }).focus();
    await pageC.keyboard.press("Enter");
    await pageC.getByRole("dialog", { name: "Task details" }).waitFor();
    expect(await pageC.getByRole("button", { name: "Save" }).count()).toBe(0);
    expect(await pageC.getByRole("button", { name: "Delete" }).count()).toBe(0);
    await pageC.keyboard.press("Escape");
    await pageC.getByRole("link", { name: "Members" }).click();
    await pageC.getByTestId("member-row").first().waitFor();
    expect(await pageC.getByRole("button", { name: "Send invite" }).count()).toBe(0);
    expect(await pageC.getByRole("button", { name: "Remove" }).count()).toBe(0);
    await pageC.screenshot({ path: path.join(shots, "members-viewer-390.png"), fullPage: true });

    await pageA.getByRole("link", { name: "Members" }).click();
    await pageA.getByTestId("member-row").nth(2).waitFor();
    await pageA.screenshot({ path: path.join(shots, "members-a-1280.png") });
    const { context: m, page: pageM } = await signedInPage(tokenB, 390, 844);
    await pageM.goto(product.base + workspacePath);
    await pageM.getByTestId("task-card").filter({ hasText: "Draft the launch email" }).waitFor();
    await pageM.screenshot({ path: path.join(shots, "board-member-390.png") });

    // B opens the card: A sees B's face on it; while it is open A renames it, so B's save meets a conflict.
    await pageA.getByRole("link", { name: "Board" }).click();
    const cardB = pageB.getByTestId("task-card").filter({ hasText: "Draft the launch email" });
    await cardB.click();
    const dialogB = pageB.getByRole("dialog", { name: "Task details" });
    await dialogB.waitFor();
    await pageA
      .getByTestId("task-card")
      .filter({ hasText: "Draft the launch email" })
      .getByTestId("editing-faces")
      .waitFor({ timeout: 3000 });
    await pageA.screenshot({ path: path.join(shots, "presence-a-1280.png") });
    const tokenA = await pageA.evaluate(() => localStorage.getItem("taskgraph.token"));
    const taskId = (await cardB.getAttribute("data-task-id"))!;
    await gql(
      `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`,
      { input: { id: taskId, title: "Draft the launch email (v2)", priority: "HIGH" } },
      tokenA!,
    );
    await dialogB.getByText("Someone else changed this task while you had it open").waitFor({ timeout: 2000 });
    await dialogB.getByLabel("Title").fill("Launch email, final");
    await dialogB.getByRole("button", { name: "Save" }).click();
    // The conflict names the field both sides changed: here the title (A's priority change does not clash).
    const conflict = pageB.getByRole("alertdialog", { name: "Someone else changed the title" });
    await conflict.waitFor({ timeout: 2000 });
    await conflict.getByText("Draft the launch email (v2)").waitFor();
    await conflict.getByText("Launch email, final").waitFor();
    await pageB.screenshot({ path: path.join(shots, "conflict-b-1280.png") });
    await conflict.getByRole("button", { name: "Apply mine on top" }).click();
    await pageA.getByTestId("task-card").filter({ hasText: "Launch email, final" }).waitFor({ timeout: 2000 });
    // Their priority change survives: only the title was mine.
    await expect(pageA.getByTestId("task-card").filter({ hasText: "Launch email, final" }).textContent()).resolves.toContain("High");

    // History in A's dialog, and restoring the version from before both renames.
    await pageA.getByTestId("task-card").filter({ hasText: "Launch email, final" }).click();
    const dialogA = pageA.getByRole("dialog", { name: "Task details" });
    await dialogA.getByTestId("history-entry").nth(4).waitFor({ timeout: 3000 });
    await pageA.screenshot({ path: path.join(shots, "history-a-1280.png") });
    const created = dialogA.getByTestId("history-entry").filter({ hasText: "created" });
    await created.getByRole("button", { name: /Restore this version/ }).click();
    await pageB.getByTestId("task-card").filter({ hasText: "Draft the launch email" }).waitFor({ timeout: 2000 });
    await pageA.keyboard.press("Escape");

    // The profile page: A's contribution heatmap counts today's changes.
    await pageA.getByRole("link", { name: /Ada Lovelace/ }).click();
    await pageA.waitForURL(/\/me$/);
    const today = new Date().toISOString().slice(0, 10);
    const todayCell = pageA.locator(`.heatmap-grid [data-date="${today}"]`);
    await todayCell.waitFor();
    expect(Number(await todayCell.getAttribute("data-count"))).toBeGreaterThan(3);
    expect(await todayCell.getAttribute("title")).toMatch(/contributions on/);
    await pageA.screenshot({ path: path.join(shots, "profile-a-1280.png") });
    // Narrow screen: presence in the header, and the dialog with its history.
    await pageM.goto(product.base + workspacePath);
    await pageM.getByTestId("presence").getByLabel("Victor Viewer", { exact: true }).waitFor({ timeout: 3000 });
    await pageM.getByTestId("task-card").filter({ hasText: "Draft the launch email" }).click();
    await pageM.getByRole("dialog", { name: "Task details" }).getByTestId("history-entry").nth(4).waitFor({ timeout: 3000 });
    await pageM.screenshot({ path: path.join(shots, "dialog-history-390.png") });
    await pageM.keyboard.press("Escape");
    await pageM.screenshot({ path: path.join(shots, "board-presence-390.png") });
    await pageM.goto(`${product.base}/me`);
    await pageM.locator(`.heatmap-grid [data-date]`).first().waitFor();
    await pageM.screenshot({ path: path.join(shots, "profile-b-390.png"), fullPage: true });

    await Promise.all([a.close(), b.close(), c.close(), m.close()]);
  }, 150_000);
});
