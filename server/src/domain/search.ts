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
 * How search bounds its cost by the page instead of by the number of matches:
 * - up to `exactUpTo` matches, every match is ranked and the total is exact;
 * - past it, the total is reported as `exactUpTo` and marked inexact ("2,000+"), and only the `candidates` most
 *   recently updated matches are ranked, found by walking tasks newest first until it has them (at least
 *   exactUpTo / tasks of all tasks match, so the walk reads at most about candidates × tasks / exactUpTo rows).
 * Counting reads up to exactUpTo + 1 matches, so a search reads at most about exactUpTo + candidates × tasks /
 * exactUpTo rows: the defaults balance the two for 50,000 tasks (2,000 + 2,500).
 * Both can be set in the environment (SEARCH_EXACT_UP_TO, SEARCH_CANDIDATES).
 */
export const searchBounds = {
  exactUpTo: positiveInteger(process.env.SEARCH_EXACT_UP_TO, 2000),
  candidates: positiveInteger(process.env.SEARCH_CANDIDATES, 100),
};

function positiveInteger(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * The words of what the user typed, each as a prefix match ("depl" finds "deploying"), all required; with
 * `weight`, each word must match in text of that weight ("A" is the title).
 * Only letters and digits reach to_tsquery, so no input can be a tsquery syntax error.
 */
export function toPrefixQuery(text: string, weight = ""): string | null {
  if (text.length > searchLimits.query) throw badInput(`query must be at most ${searchLimits.query} characters.`, "query", "TOO_LONG");
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, searchLimits.words)
    .map((w) => `${w}:*${weight}`)
    .join(" & ");
}

export interface SearchPage {
  hits: SearchHit[];
  /** Exact when `totalIsExact`; otherwise a lower bound (searchBounds.exactUpTo). */
  total: number;
  totalIsExact: boolean;
  /** Whether ranked results go on past this page. */
  hasMore: boolean;
}

/**
 * Ranked full-text search over a workspace's live tasks: the stored, GIN-indexed vectors of "TaskSearch" hold
 * each task's title (weight A), description (B) and comments (C), kept by triggers (see its migrations).
 *
 * The ranking rule, in order: tasks whose title matches every word; then ts_rank over the stored vector (title
 * weighs most, then description, then comments); then the most recently updated; then the id. Past
 * searchBounds.exactUpTo matches, that order applies to the most recently updated searchBounds.candidates matches.
 * Only the page's rows are highlighted: ts_headline re-parses text, so it must not run for every match.
 */
export async function searchTasks(ctx: Context, workspaceId: string, text: string, offset: number, limit: number): Promise<SearchPage> {
  const query = toPrefixQuery(text);
  const titleQuery = toPrefixQuery(text, "A");
  const descriptionQuery = toPrefixQuery(text, "B");
  if (!query || !titleQuery || !descriptionQuery) return { hits: [], total: 0, totalIsExact: true, hasMore: false };
  const { exactUpTo, candidates } = searchBounds;

  // One statement. "found": the first exactUpTo + 1 matches, through the GIN index (task_search_matches), so a word
  // on most of the board costs little more than a rare one. Up to exactUpTo of them, they are the candidates and
  // the total is exact; past it, the candidates are the newest matches, walking "Task_search_recency_idx" newest
  // first until it has enough (a one-time filter: only one branch runs).
  const rows = await ctx.prisma.$queryRaw<
    {
      total: number;
      id: string | null;
      rank: number;
      title: string;
      snippet: string | null;
      source: "DESCRIPTION" | "COMMENT";
      more: boolean;
    }[]
  >`
    WITH q AS (SELECT to_tsquery('english', ${query}) AS query),
    found AS MATERIALIZED (SELECT * FROM "task_search_matches"(${workspaceId}, to_tsquery('english', ${query}), ${exactUpTo + 1})),
    total AS (SELECT count(*)::int AS n FROM found),
    candidates AS MATERIALIZED (
      SELECT f."taskId" AS id, f.vector, NULL::timestamp AS "updatedAt"
      FROM found f WHERE (SELECT n FROM total) <= ${exactUpTo}
      UNION ALL
      (SELECT t.id, s.vector, t."updatedAt" FROM "Task" t JOIN "TaskSearch" s ON s."taskId" = t.id
       WHERE (SELECT n FROM total) > ${exactUpTo}
         AND t."workspaceId" = ${workspaceId} AND t."deletedAt" IS NULL AND s.vector @@ to_tsquery('english', ${query})
       ORDER BY t."updatedAt" DESC LIMIT ${candidates})
    ),
    ranked AS (
      SELECT c.*, c.vector @@ to_tsquery('english', ${titleQuery}) AS in_title,
        ts_rank(c.vector, to_tsquery('english', ${query}))::float8 AS rank,
        count(*) OVER () AS n
      FROM candidates c
    ),
    -- Recency only breaks ties, so it is read (one primary-key read each) only for the rows that reach the page
    -- and those tied with its last.
    front AS (
      SELECT r.* FROM ranked r ORDER BY r.in_title DESC, r.rank DESC FETCH FIRST ${offset + limit} ROWS WITH TIES
    ),
    dated AS (
      SELECT l.id, l.vector, l.in_title, l.rank, l.n,
        coalesce(l."updatedAt", (SELECT t."updatedAt" FROM "Task" t WHERE t.id = l.id)) AS "updatedAt"
      FROM front l
    ),
    page AS (
      SELECT d.*, row_number() OVER (ORDER BY d.in_title DESC, d.rank DESC, d."updatedAt" DESC, d.id) AS position
      FROM dated d
      ORDER BY d.in_title DESC, d.rank DESC, d."updatedAt" DESC, d.id
      LIMIT ${limit} OFFSET ${offset}
    ),
    hits AS (
      SELECT p.id, p.rank, p.position, p.position < p.n AS more,
        ts_headline('english', t.title, q.query, ${titleOptions}) AS title,
        CASE WHEN d.matches OR bc.snippet IS NULL THEN ts_headline('english', t.description, q.query, ${headlineOptions}) ELSE bc.snippet END AS snippet,
        CASE WHEN d.matches OR bc.snippet IS NULL THEN 'DESCRIPTION' ELSE 'COMMENT' END AS source
      FROM page p JOIN "Task" t ON t.id = p.id CROSS JOIN q
      -- The description's words are the stored vector's weight B: no need to parse it again to know it matched.
      CROSS JOIN LATERAL (SELECT p.vector @@ to_tsquery('english', ${descriptionQuery}) AS matches) d
      -- Only when the description did not match: the best-matching comment, newest first among equals.
      LEFT JOIN LATERAL (
        SELECT ts_headline('english', c.body, q.query, ${headlineOptions}) AS snippet
        FROM "Comment" c
        WHERE NOT d.matches AND c."taskId" = p.id AND c."deletedAt" IS NULL AND to_tsvector('english', c.body) @@ q.query
        ORDER BY ts_rank(to_tsvector('english', c.body), q.query) DESC, c."createdAt" DESC LIMIT 1
      ) bc ON true
    )
    -- The total comes back even when the page is past the last match.
    SELECT total.n AS total, hits.* FROM total LEFT JOIN hits ON true ORDER BY hits.position`;
  const matches = rows[0]?.total ?? 0;
  const exact = matches <= exactUpTo;
  const hits = rows.filter((r): r is typeof r & { id: string } => r.id !== null);
  return {
    total: exact ? matches : exactUpTo,
    totalIsExact: exact,
    hasMore: hits.at(-1)?.more ?? false,
    hits: hits.map((r) => ({ taskId: r.id, rank: r.rank, title: segments(r.title), snippet: segments(r.snippet ?? ""), source: r.source })),
  };
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
