import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchTasksQuery } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { ok, refusal, request, sleep, team, uniqueEmail } from "./support/client.js";
import { CreateTask, DeleteTask, SignUp, UpdateTask } from "./support/documents.js";
import { serverOnOwnDatabase } from "./support/instances.js";
import type { ServerProcess } from "./support/server-process.js";

const Search = graphql(`
  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int, $after: String) {
    search(workspaceId: $workspaceId, query: $query, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo { hasNextPage endCursor }
      edges { cursor node { rank snippetSource task { id title } title { text match } snippet { text match } } }
    }
  }
`);
const SearchWorkspace = graphql(`
  mutation SearchCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }
`);
const AddComment = graphql(`
  mutation SearchAddComment($input: AddCommentInput!) { addComment(input: $input) { id } }
`);

const plain = (segments: { text: string; match: boolean }[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join("");

describe("search", () => {
  it("ranks title matches above description matches, highlights them, matches prefixes, and skips deleted tasks", async () => {
    const { owner, viewer, workspace } = await team();
    const make = async (title: string, description = "") =>
      (await ok(CreateTask, { input: { workspaceId: workspace.id, title, description } }, owner.token)).createTask;
    const inTitle = await make("Deploy the billing service", "Roll out on Friday.");
    const inDescription = await make(
      "Quarterly review",
      "We should deploy dashboards after the review meeting with finance and the whole team.",
    );
    await make("Unrelated", "Nothing to see");
    const deleted = await make("Deployment checklist");
    await ok(DeleteTask, { input: { id: deleted.id } }, owner.token);

    const { search } = await ok(Search, { workspaceId: workspace.id, query: "deplo" }, viewer.token);
    expect(search.totalCount).toBe(2);
    expect(search.edges.map((e) => e.node.task.id)).toEqual([inTitle.id, inDescription.id]);
    expect(plain(search.edges[0]!.node.title)).toBe("[Deploy] the billing service");
    expect(search.edges[0]!.node.rank).toBeGreaterThan(search.edges[1]!.node.rank);
    expect(plain(search.edges[1]!.node.snippet)).toContain("[deploy] dashboards");
    expect(search.edges[1]!.node.snippetSource).toBe("DESCRIPTION");
    // Every word must match.
    expect(
      (await ok(Search, { workspaceId: workspace.id, query: "deploy friday" }, viewer.token)).search.edges.map((e) => e.node.task.id),
    ).toEqual([inTitle.id]);
    // Punctuation and tsquery syntax are just separators: never an error.
    expect((await ok(Search, { workspaceId: workspace.id, query: "!(deploy) & | :*" }, viewer.token)).search.totalCount).toBe(2);
    expect((await ok(Search, { workspaceId: workspace.id, query: "  ?? " }, viewer.token)).search.totalCount).toBe(0);
  });

  it("orders by the ranking rule: title has every word, then rank (title, description, comments), then most recently updated", async () => {
    const { owner, workspace } = await team();
    const make = async (title: string, description = "") =>
      (await ok(CreateTask, { input: { workspaceId: workspace.id, title, description } }, owner.token)).createTask;
    // The description says it three times, the titles once: the titles still come first.
    const wordy = await make("Quarterly planning", "Release notes, release checklist, release party: release.");
    const older = await make("Release train", "");
    await sleep(5);
    const newer = await make("Release train", "");
    const inComment = await make("Cleanup");
    await ok(AddComment, { input: { taskId: inComment.id, body: "Blocks the release." } }, owner.token);
    const order = async () => (await ok(Search, { workspaceId: workspace.id, query: "release" }, owner.token)).search;

    let search = await order();
    expect(search.totalCount).toBe(4);
    expect(search.totalCountIsExact).toBe(true);
    // Same title, same rank: the more recently updated first.
    expect(search.edges.map((e) => e.node.task.id)).toEqual([newer.id, older.id, wordy.id, inComment.id]);
    expect(search.edges[2]!.node.rank).toBeGreaterThan(search.edges[3]!.node.rank);
    expect(search.edges[3]!.node.snippetSource).toBe("COMMENT");

    // Updating the older one makes it the more recent.
    await sleep(5);
    await ok(UpdateTask, { input: { id: older.id, priority: "HIGH" } }, owner.token);
    search = await order();
    expect(search.edges.map((e) => e.node.task.id)).toEqual([older.id, newer.id, wordy.id, inComment.id]);
  });

  it("finds tasks by their comments, with the comment as the snippet", async () => {
    const { owner, member, workspace } = await team();
    const task = (await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Login page" } }, owner.token)).createTask;
    await ok(AddComment, { input: { taskId: task.id, body: "The captcha breaks on Safari, see the console." } }, member.token);
    const { search } = await ok(Search, { workspaceId: workspace.id, query: "captcha safari" }, member.token);
    expect(search.edges.map((e) => e.node.task.id)).toEqual([task.id]);
    expect(search.edges[0]!.node.snippetSource).toBe("COMMENT");
    expect(plain(search.edges[0]!.node.snippet)).toContain("[captcha] breaks on [Safari]");
  });

  it("pages with cursors", async () => {
    const { owner, workspace } = await team();
    for (let i = 0; i < 5; i++) await ok(CreateTask, { input: { workspaceId: workspace.id, title: `Invoice ${i}` } }, owner.token);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 3; page++) {
      const cursor: string | null | undefined = after;
      const { search }: SearchTasksQuery = await ok(
        Search,
        { workspaceId: workspace.id, query: "invoice", first: 2, after: cursor },
        owner.token,
      );
      expect(search.totalCount).toBe(5);
      seen.push(...search.edges.map((e) => e.node.task.id));
      expect(search.pageInfo.hasNextPage).toBe(page < 2);
      after = search.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
  });

  it("refuses outsiders (NOT_FOUND), bad paging and overlong queries", async () => {
    const { owner, outsider, workspace } = await team();
    expect((await refusal(Search, { workspaceId: workspace.id, query: "x" }, outsider.token)).code).toBe("NOT_FOUND");
    expect((await request(Search, { workspaceId: workspace.id, query: "x" })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await refusal(Search, { workspaceId: workspace.id, query: "x", first: 51 }, owner.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "OUT_OF_RANGE",
    });
    expect((await refusal(Search, { workspaceId: workspace.id, query: "x", after: "bm9wZQ==" }, owner.token)).code).toBe("BAD_USER_INPUT");
    expect(await refusal(Search, { workspaceId: workspace.id, query: "x".repeat(201) }, owner.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "TOO_LONG",
    });
  });
});

describe("search past the exactly ranked matches (SEARCH_EXACT_UP_TO=4, SEARCH_CANDIDATES=3)", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await serverOnOwnDatabase({ SEARCH_EXACT_UP_TO: "4", SEARCH_CANDIDATES: "3" });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("says the total is a lower bound, ranks the most recently updated matches by the same rule, and pages through them only", async () => {
    const url = server.url;
    const owner = (
      await ok(SignUp, { input: { email: uniqueEmail("owner"), password: "tiramisu on a tuesday", name: "Owner" } }, undefined, url)
    ).signUp;
    const { createWorkspace: workspace } = await ok(SearchWorkspace, { input: { name: "Busy" } }, owner.token, url);
    const make = async (title: string, description = "") => {
      await sleep(5);
      return (await ok(CreateTask, { input: { workspaceId: workspace.id, title, description } }, owner.token, url)).createTask;
    };
    const oldTitle = await make("Invoice export");
    await make("Other", "the invoice totals");
    await make("Other", "an invoice per customer");
    const recentDescription = await make("Quarter", "the invoice run");
    const recentTitle = await make("Invoice template");
    const newestDescription = await make("Misc", "one invoice late");
    await make("Unrelated", "nothing here");
    const search = (first: number, after?: string | null) =>
      ok(Search, { workspaceId: workspace.id, query: "invoice", first, after }, owner.token, url);

    let { search: page } = await search(2);
    expect(page.totalCount).toBe(4);
    expect(page.totalCountIsExact).toBe(false);
    // The 3 most recently updated matches; among them the title match first, then by rank and recency.
    expect(page.edges.map((e) => e.node.task.id)).toEqual([recentTitle.id, newestDescription.id]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    ({ search: page } = await search(2, page.pageInfo.endCursor));
    expect(page.edges.map((e) => e.node.task.id)).toEqual([recentDescription.id]);
    expect(page.pageInfo.hasNextPage).toBe(false);

    // An older task updated now becomes a candidate, and its title match ranks it first.
    await ok(UpdateTask, { input: { id: oldTitle.id, priority: "HIGH" } }, owner.token, url);
    ({ search: page } = await search(5));
    expect(page.edges.map((e) => e.node.task.id)).toEqual([oldTitle.id, recentTitle.id, newestDescription.id]);

    // Few matches again: exact total, every match ranked.
    const { search: few } = await ok(Search, { workspaceId: workspace.id, query: "invoice template" }, owner.token, url);
    expect(few.totalCount).toBe(1);
    expect(few.totalCountIsExact).toBe(true);
  });
});
