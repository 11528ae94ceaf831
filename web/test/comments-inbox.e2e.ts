import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtProduct, shots } from "./support/product";

// Comments, mentions and the inbox, live between two people: the built product in real Chromium.
const product = builtProduct();
const { gql, signUpViaApi, signedInPage } = product;

const column = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

describe("comments and mentions", () => {
  it("B sees A's comment and mention live, rendered safely, and B's inbox count rises", async () => {
    const tokenA = await signUpViaApi("Ann Writer", "ann@example.com");
    const tokenB = await signUpViaApi("Bob Reader", "bob@example.com");
    const { createWorkspace: ws } = await gql(
      `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
      { input: { name: "Launch" } },
      tokenA,
    );
    const { inviteMember } = await gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { inviteUrl } }`,
      { input: { workspaceId: ws.id, email: "bob@example.com", role: "MEMBER" } },
      tokenA,
    );
    await gql(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
      { input: { token: inviteMember.inviteUrl.split("/invite/")[1] } },
      tokenB,
    );
    await gql(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      { input: { workspaceId: ws.id, title: "Write the announcement" } },
      tokenA,
    );

    const { context: a, page: pageA } = await signedInPage(tokenA, 1280);
    const { context: b, page: pageB } = await signedInPage(tokenB, 1280);
    for (const page of [pageA, pageB]) {
      await page.goto(`${product.base}/w/${ws.id}`);
      await page.getByTestId("connection-badge").filter({ hasText: "Live" }).waitFor();
      // The sidebar lists the workspace's boards; the first is open.
      await page.getByRole("navigation", { name: "Boards" }).getByRole("link", { name: "# Main" }).waitFor();
    }
    await expect(pageB.getByRole("button", { name: "Inbox", exact: true }).count()).resolves.toBe(1);

    // Both open the card; B just watches its comments.
    for (const page of [pageA, pageB]) {
      await column(page, "To do").getByText("Write the announcement").click();
      await page.getByRole("region", { name: "Comments" }).getByText("No comments yet.").waitFor();
    }

    // A writes a comment, picking B from the mention list, with Markdown and some HTML that must stay text.
    const box = pageA.getByLabel("Write a comment");
    await box.click();
    await box.pressSequentially("Looks **great** @Bo");
    await pageA.getByRole("listbox", { name: "Mention a member" }).getByRole("option", { name: "@Bob Reader" }).waitFor();
    await box.press("Enter");
    await expect(box.inputValue()).resolves.toBe("Looks **great** @Bob Reader ");
    await box.pressSequentially("<img src=x onerror=alert(1)>");
    await pageA.getByRole("button", { name: "Comment", exact: true }).click();

    // B sees it live in the open dialog: bold rendered, the HTML shown as text, no image element made.
    const commentsB = pageB.getByRole("region", { name: "Comments" });
    const posted = Date.now();
    await commentsB.getByText("Ann Writer").waitFor({ timeout: 3000 });
    expect(Date.now() - posted).toBeLessThan(3000);
    await commentsB.locator(".markdown strong", { hasText: "great" }).waitFor();
    await commentsB.getByText("<img src=x onerror=alert(1)>", { exact: false }).waitFor();
    expect(await commentsB.locator(".markdown img").count()).toBe(0);

    // And B's inbox count rises without a reload; the inbox says who mentioned B where.
    await pageB.getByTestId("inbox-count").filter({ hasText: "1" }).waitFor({ timeout: 3000 });
    await pageB.screenshot({ path: path.join(shots, "comments-mention-b-1280.png") });
    await pageB.getByRole("button", { name: "Close" }).click();
    await pageB.getByRole("button", { name: "Inbox, 1 unread" }).click();
    await pageB.getByRole("dialog", { name: "Notifications" }).getByText("Ann Writer mentioned you on “Write the announcement”").waitFor();
    await pageB.getByRole("button", { name: "Mark all read" }).click();
    await pageB.getByRole("button", { name: "Inbox", exact: true }).waitFor();
    expect(await pageB.getByTestId("inbox-count").count()).toBe(0);

    await a.close();
    await b.close();
  });

  it("boards live in the sidebar and the URL; the history page compares with a checkpoint and restores the board", async () => {
    const token = await signUpViaApi("Cleo Admin", "cleo@example.com");
    const { createWorkspace: ws } = await gql(
      `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
      { input: { name: "Roadmap" } },
      token,
    );
    const { context, page } = await signedInPage(token, 1280);
    await page.goto(`${product.base}/w/${ws.id}`);
    const boards = page.getByRole("navigation", { name: "Boards" });
    await boards.getByRole("link", { name: "# Main" }).waitFor();

    // A second board from the sidebar: the URL names it, and cards made there stay there.
    await boards.getByRole("button", { name: "+ New board" }).click();
    await page.getByLabel("New board name").fill("Q3 ideas");
    await page.getByLabel("New board name").press("Enter");
    await page.waitForURL(/\/w\/[^/]+\/b\/[^/]+$/);
    await boards.locator('a[aria-current="page"]', { hasText: "Q3 ideas" }).waitFor();
    await column(page, "To do").getByRole("button", { name: "Add task to To do" }).click();
    await page.getByLabel("New task title in To do").fill("Dark mode");
    await page.getByLabel("New task title in To do").press("Enter");
    await page.getByLabel("New task title in To do").press("Escape");
    await column(page, "To do").locator('[data-testid="task-card"]:not([data-task-id^="optimistic:"])', { hasText: "Dark mode" }).waitFor();
    const q3 = page.url();
    await boards.getByRole("link", { name: "# Main" }).click();
    await page.getByText("No tasks yet").first().waitFor();
    expect(await column(page, "To do").getByText("Dark mode").count()).toBe(0);
    await page.goto(q3);
    await column(page, "To do").getByText("Dark mode").waitFor();

    // History: save a checkpoint, change the board, compare, restore.
    await page.getByRole("link", { name: "History" }).click();
    await page.getByLabel("Checkpoint name").fill("Before cleanup");
    await page.getByRole("button", { name: "Save checkpoint" }).click();
    await page.getByRole("button", { name: "Before cleanup", exact: true }).waitFor();
    const [card] = (await gql(`query($id: ID!) { workspace(id: $id) { tasks { edges { node { id } } } } }`, { id: ws.id }, token)).workspace
      .tasks.edges;
    await gql(
      `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`,
      { input: { id: card.node.id, title: "Dark mode v2" } },
      token,
    );
    await page.getByRole("button", { name: "Before cleanup", exact: true }).click();
    const diff = page.getByLabel("Differences");
    await diff.getByText("title:").waitFor();
    await diff.locator("del", { hasText: "Dark mode" }).waitFor();
    await diff.locator("ins", { hasText: "Dark mode v2" }).waitFor();
    await page.screenshot({ path: path.join(shots, "history-diff-1280.png") });
    page.once("dialog", (d) => void d.accept());
    await diff.getByRole("button", { name: /Restore board to version/ }).click();
    await page.getByText(/Restored 1 card/).waitFor();
    await page.goto(q3);
    await column(page, "To do").getByText("Dark mode", { exact: true }).waitFor();
    await context.close();
  });
});
