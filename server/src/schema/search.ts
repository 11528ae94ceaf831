import type { Context } from "../context.js";
import { operationPermission } from "../domain/permissions.js";
import { type SearchHit, type Segment, searchLimits, searchTasks } from "../domain/search.js";
import { badInput } from "../errors.js";
import type { Task } from "../generated/prisma/client.js";
import { builder, inWorkspace } from "./builder.js";
import { workspaceIdOf } from "./ids.js";
import { between } from "./validation.js";
import { WorkspaceNode } from "./workspace.js";

const SegmentRef = builder.objectRef<Segment>("HighlightSegment").implement({
  description: "Part of a highlighted text; `match` marks the words the query matched. Plain text: render it, never as HTML.",
  fields: (t) => ({ text: t.exposeString("text"), match: t.exposeBoolean("match") }),
});

const SearchSourceEnum = builder.enumType("SearchSnippetSource", { values: ["DESCRIPTION", "COMMENT"] as const });

type PagedHit = SearchHit & { page: string[] };

function pageTasks(ctx: Context, ids: string[], query: object): Promise<Map<string, Task>> {
  return ctx.once(
    `search-page:${ids.join(",")}`,
    async () => new Map((await ctx.prisma.task.findMany({ ...query, where: { id: { in: ids } } })).map((t) => [t.id, t])),
  );
}

const SearchHitRef = builder.objectRef<PagedHit>("SearchHit").implement({
  fields: (t) => ({
    task: t.prismaField({
      type: "Task",
      // One query for the page's tasks, not one per hit (every hit of a page asks for the same selection).
      resolve: async (query, hit, _args, ctx) => (await pageTasks(ctx, hit.page, query)).get(hit.taskId)!,
    }),
    rank: t.exposeFloat("rank", { description: "ts_rank: higher is better; title matches weigh most, then description, then comments." }),
    title: t.field({ type: [SegmentRef], resolve: (hit) => hit.title }),
    snippet: t.field({
      type: [SegmentRef],
      description: "An excerpt around the matches; empty when only the title matched.",
      resolve: (hit) => hit.snippet,
    }),
    snippetSource: t.field({ type: SearchSourceEnum, resolve: (hit) => hit.source }),
  }),
});

interface Page {
  hits: PagedHit[];
  total: number;
  totalIsExact: boolean;
  hasMore: boolean;
  offset: number;
  limit: number;
}

const cursorOf = (offset: number) => Buffer.from(`search:${offset}`).toString("base64");
function offsetAfter(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const match = /^search:(\d{1,9})$/.exec(Buffer.from(cursor, "base64").toString());
  if (!match) throw badInput("after is not a cursor of this search.", "after");
  return Number(match[1]) + 1;
}

const SearchEdgeRef = builder.objectRef<{ hit: PagedHit; offset: number }>("SearchEdge").implement({
  fields: (t) => ({
    cursor: t.string({ resolve: (e) => cursorOf(e.offset) }),
    node: t.field({ type: SearchHitRef, resolve: (e) => e.hit }),
  }),
});

const SearchConnectionRef = builder.objectRef<Page>("SearchConnection").implement({
  description: "Matches, best first.",
  fields: (t) => ({
    totalCount: t.exposeInt("total", {
      description:
        'Exact up to SEARCH_EXACT_UP_TO matches (2,000 by default); past that it is that bound and totalCountIsExact is false (show "2,000+").',
    }),
    totalCountIsExact: t.exposeBoolean("totalIsExact", {
      description:
        "False when more tasks match than are ranked exactly: then only the SEARCH_CANDIDATES (100 by default) most recently updated matches are ranked, and paging ends after them.",
    }),
    edges: t.field({ type: [SearchEdgeRef], resolve: (p) => p.hits.map((hit, i) => ({ hit, offset: p.offset + i })) }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      resolve: (p) => ({
        hasNextPage: p.hasMore,
        hasPreviousPage: p.offset > 0,
        startCursor: p.hits.length ? cursorOf(p.offset) : null,
        endCursor: p.hits.length ? cursorOf(p.offset + p.hits.length - 1) : null,
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: SearchConnectionRef,
    description:
      "Full-text search of a workspace's tasks: titles, descriptions and comments. Every word must match, as a prefix. " +
      "Best first: tasks whose title has every word, then by rank (title, then description, then comments), then the most recently updated. Any role may search.",
    args: {
      workspaceId: t.arg.globalID({ required: true, for: WorkspaceNode }),
      query: t.arg.string({ required: true, description: "At most 200 characters." }),
      first: t.arg.int({ description: "1 to 50; default 20.", validate: { schema: between(1, searchLimits.first) } }),
      after: t.arg.string(),
    },
    authScopes: (_root, args) => inWorkspace(args.workspaceId, operationPermission.read),
    resolve: async (_root, args, ctx) => {
      const limit = args.first ?? 20;
      const offset = offsetAfter(args.after);
      const { hits, ...found } = await searchTasks(ctx, workspaceIdOf(args.workspaceId), args.query, offset, limit);
      const page = hits.map((h) => h.taskId);
      return { hits: hits.map((h) => ({ ...h, page })), ...found, offset, limit };
    },
  }),
}));
