import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtProduct, shots } from "./support/product";

// Find, plan and see (issue #13): the command palette's jump, the label filter in the URL, and the Insights
// page live and at 390 px: the built product in real Chromium.
const product = builtProduct();
const { gql, signUpViaApi, signedInPage } = product;

describe("find, plan and see", () => {
  it("jumps to a card from Ctrl+K, filters by label (kept in the URL), and shows live Insights, readable at 390 px", async () => {
    const token = await signUpViaApi("Pat Planner", "pat@example.com");
    const { createWorkspace: ws } = await gql(
      `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
      { input: { name: "Launch" } },
      token,
    );
    const label = async (name: string, color: string) =>
      (
        await gql(
          `mutation($input: CreateLabelInput!) { createLabel(input: $input) { id } }`,
          { input: { workspaceId: ws.id, name, color } },
          token,
        )
      ).createLabel.id as string;
    const bug = await label("Bug", "#f87168");
    const ui = await label("UI", "#579dff");
    const task = async (input: Record<string, unknown>) =>
      (
        await gql(
          `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
          { input: { workspaceId: ws.id, ...input } },
          token,
        )
      ).createTask.id as string;
    const move = (id: string, status: string) =>
      gql(`mutation($input: MoveTaskInput!) { moveTask(input: $input) { id } }`, { input: { id, status } }, token);
    const login = await task({
      title: "Fix login redirect",
      description: "Users land on a blank page after the OAuth callback.",
      labelIds: [bug],
    });
    await task({ title: "Polish settings page", labelIds: [ui] });
    await task({ title: "Write release notes", dueAt: "2020-01-01T00:00:00.000Z" });
    const shipped = await task({ title: "Ship the pricing page" });
    await move(shipped, "IN_PROGRESS");
    await move(shipped, "DONE");

    const { context, page } = await signedInPage(token, 1280);
    await page.goto(`${product.base}/w/${ws.id}`);
    await page.getByTestId("connection-badge").filter({ hasText: "Live" }).waitFor();
    await page.getByTestId("task-card").first().waitFor();
    // Cards show their labels and an overdue date.
    await page
      .getByTestId("task-card")
      .filter({ hasText: "Write release notes" })
      .getByText(/Overdue/)
      .waitFor();

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
    for (const name of ["Cumulative flow", "Throughput", "Cycle time"])
      await page.getByRole("figure", { name }).locator("svg.recharts-surface").first().waitFor();
    await move(login, "IN_PROGRESS");
    await page.getByTestId("stat-wip").getByText("1", { exact: true }).waitFor({ timeout: 8000 });
    await move(login, "DONE");
    await page.getByTestId("stat-done").getByText("2", { exact: true }).waitFor({ timeout: 8000 });
    await page.screenshot({ path: path.join(shots, "insights-1280.png"), fullPage: true });
    await context.close();

    // At 390 px the page fits the screen: no chart wider than the viewport, no sideways scrolling.
    const phone = await signedInPage(token, 390, 844);
    await phone.page.goto(`${product.base}/w/${ws.id}/insights`);
    const flow = phone.page.getByRole("figure", { name: "Cumulative flow" });
    await flow.locator("svg.recharts-surface").first().waitFor();
    const box = await flow.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await phone.page.screenshot({ path: path.join(shots, "insights-390.png"), fullPage: true });
    await phone.context.close();
  });
});
