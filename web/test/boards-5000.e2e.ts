import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtProduct, shots } from "./support/product";

// Issue #11, item 1, in real Chromium: a 5,000-task board opens at its first page, loads the rest in the
// background, counts every card, draws only what is in view, scrolls smoothly and still takes live changes.
// It prints time to first card, time to the whole board, and scroll frame times.
const product = builtProduct();
const { gql } = product;

const LISTS = [
  { id: "l1", name: "To Do", cards: 3000 },
  { id: "l2", name: "Doing", cards: 1000 },
  { id: "l3", name: "Blocked", cards: 200 },
  { id: "l4", name: "Done", cards: 800 },
];

function trelloBoard() {
  const cards = LISTS.flatMap((l) =>
    Array.from({ length: l.cards }, (_, i) => ({
      id: `${l.id}-${i}`,
      name: `${l.name} card ${String(i + 1).padStart(4, "0")}${i % 7 === 0 ? " with a longer title that wraps onto a second line" : ""}`,
      desc: i % 3 === 0 ? "Some detail" : "",
      idList: l.id,
      idLabels: [],
      idMembers: [],
      due: null,
      closed: false,
    })),
  );
  return { name: "Big board", lists: LISTS.map((l) => ({ id: l.id, name: l.name, closed: false })), cards, labels: [] };
}

describe("a board with 5,000 tasks", () => {
  it("paints its first page fast, counts all 5,000, virtualizes long columns, scrolls smoothly and takes live changes", async () => {
    const token = await product.signUpViaApi("Bea", `bea-${Date.now()}@example.com`);
    const ws = (
      await gql(`mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`, { input: { name: "Big" } }, token)
    ).createWorkspace.id as string;
    const imported = await fetch(`${product.base}/import/trello/${ws}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(trelloBoard()),
    });
    expect(imported.status).toBe(200);

    const { page, context } = await product.signedInPage(token, 1280, 860);
    const started = Date.now();
    await page.goto(`${product.base}/w/${ws}`);
    await page.getByTestId("task-card").first().waitFor();
    const firstCard = Date.now() - started;
    const pages: string[] = [];
    page.on("response", (r) => {
      if (r.url().includes("BoardPage") || r.request().postData()?.includes("BoardPage"))
        pages.push(`${r.status()} at ${Date.now() - started} ms`);
    });
    for (let waited = 0; (await page.getByTestId("count-TODO").textContent()) !== "3000" && waited < 120_000; waited += 500) {
      if (waited % 10_000 === 0)
        console.log(
          `[boards-5000] ${waited} ms: To do shows ${await page.getByTestId("count-TODO").textContent()}; pages ${pages.join(", ")}`,
        );
      await page.waitForTimeout(500);
    }
    await page.getByTestId("count-DONE").filter({ hasText: /^800$/ }).waitFor({ timeout: 10_000 });
    const wholeBoard = Date.now() - started;
    expect(await page.getByTestId("count-IN_PROGRESS").textContent()).toBe("1000");
    expect(await page.getByTestId("count-BLOCKED").textContent()).toBe("200");
    await page.screenshot({ path: path.join(shots, "boards-5000-1280.png") });

    // Only the cards near the visible part of each column are in the page.
    const mounted = await page.getByTestId("task-card").count();
    expect(mounted).toBeLessThan(400);

    // Scroll the 3,000-card column 60 px a frame for 150 frames and time each frame.
    const frames: number[] = await page.evaluate(async () => {
      const column = document.querySelector('[data-status="TODO"] [data-testid="column-scroll"]') as HTMLElement;
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 150; i++) {
        column.scrollTop += 60;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times;
    });
    const sorted = [...frames].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
    const long = frames.filter((f) => f > 50).length;
    const scrolledTo = await page.evaluate(
      () => document.querySelector('[data-status="TODO"] [data-testid="column-scroll"]')?.scrollTop ?? 0,
    );
    console.log(
      `[boards-5000] first card ${firstCard} ms · all 5,000 counted ${wholeBoard} ms · ${mounted} cards mounted · ` +
        `scroll: mean ${mean.toFixed(1)} ms/frame (${(1000 / mean).toFixed(0)} fps), p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, ` +
        `${long} of ${frames.length} frames over 50 ms; scrolled ${scrolledTo} px`,
    );
    expect(p(0.95)).toBeLessThan(100);

    // A live card from someone else lands at the end of the loaded column and the count follows.
    await gql(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      { input: { workspaceId: ws, title: "Brand new live card" } },
      token,
    );
    await page
      .getByTestId("count-TODO")
      .filter({ hasText: /^3001$/ })
      .waitFor();
    await page.evaluate(() => {
      const column = document.querySelector('[data-status="TODO"] [data-testid="column-scroll"]') as HTMLElement;
      column.scrollTop = column.scrollHeight;
    });
    await page.getByTestId("task-card").filter({ hasText: "Brand new live card" }).waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(shots, "boards-5000-390.png") });
    await context.close();
  }, 240_000);
});
