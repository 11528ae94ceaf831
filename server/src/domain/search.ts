import type { Context } from "../context.js";
import { badInput } from "../errors.js";

export const searchLimits = { query: 200, words: 12, first: 50 };

/** One piece of a highlighted text: the parts that matched the query have `match` set. */
export interface Segment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  taskId: string;
  rank: number;
  title: Segment[];
  /** A highlighted excerpt of the description, or of the best-matching comment when only a comment matched. */
  snippet: Segment[];
  /** Where the snippet comes from. */
  source: "DESCRIPTION" | "COMMENT";
}

// Marks ts_headline puts around matches: control characters, which stored text never holds (security/text.ts
// refuses them), so splitting on them is exact and the client renders plain text, never server-made HTML.
const START = "\u0002";
const STOP = "\u0003";
const titleOptions = `HighlightAll=true, StartSel=${START}, StopSel=${STOP}`;
const headlineOptions = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The words of what the user typed, each as a prefix match ("depl" finds "deploying"), all required.
 * Only letters and digits reach to_tsquery, so no input can be a tsquery syntax error.
 */
export function toPrefixQuery(text: string): string | null {
  if (text.length > searchLimits.query) throw badInput(`query must be at most ${searchLimits.query} characters.`, "query", "TOO_LONG");
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.slice(0, searchLimits.words).map((w) => `${w}:*`).join(" & ");
}

/**
 * Ranked full-text search over a workspace's live tasks: the stored, GIN-indexed vectors of "TaskSearch" hold
 * each task's title (weight A), description (B) and comments (C), kept by triggers (see its migrations).
 * Only the page's rows are highlighted: ts_headline re-parses text, so it must not run for every match.
 */
export async function searchTasks(ctx: Context, workspaceId: string, text: string, offset: number, limit: number): Promise<{ hits: SearchHit[]; total: number }> {
  const query = toPrefixQuery(text);
  if (!query) return { hits: [], total: 0 };
  const rows = await ctx.prisma.$queryRaw<
    { id: string; rank: number; title: string; snippet: string; source: "DESCRIPTION" | "COMMENT"; total: bigint }[]
  >`
    WITH q AS (SELECT to_tsquery('english', ${query}) AS query),
    -- "TaskSearch" holds live tasks only (deleted ones leave it by trigger), so ranking needs no other table.
    page AS (
      SELECT s."taskId" AS id, ts_rank(s.vector, to_tsquery('english', ${query}))::float8 AS rank, count(*) OVER () AS total
      FROM "TaskSearch" s
      WHERE s.vector @@ to_tsquery('english', ${query}) AND s."workspaceId" = ${workspaceId}
      ORDER BY rank DESC, s."taskId"
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT p.id, p.rank, p.total,
      ts_headline('english', t.title, q.query, ${titleOptions}) AS title,
      CASE WHEN d.matches OR bc.snippet IS NULL THEN ts_headline('english', t.description, q.query, ${headlineOptions}) ELSE bc.snippet END AS snippet,
      CASE WHEN d.matches OR bc.snippet IS NULL THEN 'DESCRIPTION' ELSE 'COMMENT' END AS source
    FROM page p JOIN "Task" t ON t.id = p.id CROSS JOIN q
    CROSS JOIN LATERAL (SELECT t.description <> '' AND to_tsvector('english', t.description) @@ q.query AS matches) d
    -- Only when the description did not match: the best-matching comment, newest first among equals.
    LEFT JOIN LATERAL (
      SELECT ts_headline('english', c.body, q.query, ${headlineOptions}) AS snippet
      FROM "Comment" c
      WHERE NOT d.matches AND c."taskId" = p.id AND c."deletedAt" IS NULL AND to_tsvector('english', c.body) @@ q.query
      ORDER BY ts_rank(to_tsvector('english', c.body), q.query) DESC, c."createdAt" DESC LIMIT 1
    ) bc ON true
    ORDER BY p.rank DESC, p.id`;
  return {
    total: rows.length ? Number(rows[0].total) : offset === 0 ? 0 : await countMatches(ctx, workspaceId, query),
    hits: rows.map((r) => ({ taskId: r.id, rank: r.rank, title: segments(r.title), snippet: segments(r.snippet ?? ""), source: r.source })),
  };
}

/** The total when the page asked for lies past the last match (the page query then has no row to carry it). */
async function countMatches(ctx: Context, workspaceId: string, query: string): Promise<number> {
  const [row] = await ctx.prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "TaskSearch" s
    WHERE s."workspaceId" = ${workspaceId} AND s.vector @@ to_tsquery('english', ${query})`;
  return Number(row?.n ?? 0);
}

/** Splits ts_headline's output at its marks. */
export function segments(marked: string): Segment[] {
  const out: Segment[] = [];
  let rest = marked;
  while (rest.length) {
    const start = rest.indexOf(START);
    if (start === -1) {
      out.push({ text: rest, match: false });
      break;
    }
    if (start > 0) out.push({ text: rest.slice(0, start), match: false });
    const stop = rest.indexOf(STOP, start);
    const end = stop === -1 ? rest.length : stop;
    out.push({ text: rest.slice(start + 1, end), match: true });
    rest = stop === -1 ? "" : rest.slice(stop + 1);
  }
  return out.filter((s) => s.text.length > 0);
}
