import { describe, expect, it } from "vitest";
import type { SearchTasksQuery } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { ok, refusal, request, team } from "./support/client.js";
import { CreateTask, DeleteTask } from "./support/documents.js";

const Search = graphql(`
  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int, $after: String) {
    search(workspaceId: $workspaceId, query: $query, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { rank snippetSource task { id title } title { text match } snippet { text match } } }
    }
  }
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
    const inDescription = await make("Quarterly review", "We should deploy dashboards after the review meeting with finance and the whole team.");
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
    expect((await ok(Search, { workspaceId: workspace.id, query: "deploy friday" }, viewer.token)).search.edges.map((e) => e.node.task.id)).toEqual([inTitle.id]);
    // Punctuation and tsquery syntax are just separators: never an error.
    expect((await ok(Search, { workspaceId: workspace.id, query: "!(deploy) & | :*" }, viewer.token)).search.totalCount).toBe(2);
    expect((await ok(Search, { workspaceId: workspace.id, query: "  ?? " }, viewer.token)).search.totalCount).toBe(0);
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
      const { search }: SearchTasksQuery = await ok(Search, { workspaceId: workspace.id, query: "invoice", first: 2, after: cursor }, owner.token);
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
    expect(await refusal(Search, { workspaceId: workspace.id, query: "x", first: 51 }, owner.token)).toEqual({ code: "BAD_USER_INPUT", reason: "OUT_OF_RANGE" });
    expect((await refusal(Search, { workspaceId: workspace.id, query: "x", after: "bm9wZQ==" }, owner.token)).code).toBe("BAD_USER_INPUT");
    expect(await refusal(Search, { workspaceId: workspace.id, query: "x".repeat(201) }, owner.token)).toEqual({ code: "BAD_USER_INPUT", reason: "TOO_LONG" });
  });
});
