import { badInput } from "../errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";

export const analyticsLimits = { days: 366, cyclePoints: 500 };

export interface FlowDay {
  /** UTC date, YYYY-MM-DD: the counts are as the day ended (or as of `to` for its last day). */
  date: string;
  todo: number;
  inProgress: number;
  blocked: number;
  done: number;
}
export interface ThroughputWeek {
  /** Monday (UTC) the week starts. */
  weekStart: string;
  count: number;
}
export interface CyclePoint {
  taskId: string;
  doneAt: Date;
  hours: number;
}
export interface FlowAnalytics {
  from: Date;
  to: Date;
  days: FlowDay[];
  throughput: ThroughputWeek[];
  cycleTime: { count: number; medianHours: number | null; p85Hours: number | null; points: CyclePoint[] };
  /** Tasks IN_PROGRESS at `to`. */
  wip: number;
  /** Time tasks spent BLOCKED within [from, to), summed over tasks. */
  blockedHours: number;
  blockedTasks: number;
}

export function checkRange(from: Date, to: Date) {
  if (!(from < to)) throw badInput("from must be before to.", "from", "OUT_OF_RANGE");
  if (to.getTime() - from.getTime() > analyticsLimits.days * 86_400_000) {
    throw badInput(`The range is at most ${analyticsLimits.days} days.`, "to", "OUT_OF_RANGE");
  }
}

/**
 * The status intervals of every task over [from, to), as SQL: each task's state at the board snapshot $4 (the
 * newest before `from`, see snapshotBefore), then every task event after that snapshot up to `to`, read by
 * version. The cost is bounded by the snapshot, not the log's length; nothing but aggregates leaves the
 * database. Timestamps are UTC ("createdAt" is a UTC timestamp without zone).
 */
const intervals = `
  bounds AS (
    SELECT ($2::timestamptz AT TIME ZONE 'UTC') AS "from", ($3::timestamptz AT TIME ZONE 'UTC') AS "to"
  ),
  snap AS (SELECT s.version, s.tasks FROM "BoardSnapshot" s WHERE s."workspaceId" = $1 AND s.version = $4),
  timeline AS (
    -- jsonb_to_recordset reads only the two keys it names from each task of the snapshot.
    SELECT x.id AS task_id, 0 AS version, '-infinity'::timestamp AS at, x.status
    FROM snap, jsonb_to_recordset(snap.tasks::jsonb) AS x(id text, status text)
    UNION ALL
    SELECT e."entityId", e.version, e."createdAt",
      CASE WHEN (e.metadata->'after'->>'deleted')::boolean THEN NULL ELSE e.metadata->'after'->>'status' END
    FROM "Event" e, bounds b
    -- "IS TRUE" keeps the planner off the (workspaceId, entityType, entityId) index, which would read every task
    -- event of the workspace: the log is read by version, from the snapshot on.
    WHERE e."workspaceId" = $1 AND (e."entityType" = 'Task') IS TRUE AND e."createdAt" < b."to"
      AND e.version > $4
      AND (e.metadata->'after' ? 'status' OR e.metadata->'after' ? 'deleted')
  ),
  spans AS (
    SELECT task_id, status, at AS start,
      lag(status) OVER w AS previous,
      lead(at, 1, 'infinity'::timestamp) OVER w AS stop
    FROM timeline WINDOW w AS (PARTITION BY task_id ORDER BY version)
  )`;

/**
 * The version of the newest board snapshot (history.ts stores one every SNAPSHOT_EVERY versions) holding no event
 * from `from` on, or 0 (the empty board) when there is none. Two index reads, whatever the log's length: the
 * first event at or after `from` by time, then the newest snapshot before it. A separate statement, so the main
 * one is planned knowing the version its log read starts from.
 */
async function snapshotBefore(db: PrismaClient, workspaceId: string, from: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ version: number | null }[]>`
    SELECT (
      SELECT s.version FROM "BoardSnapshot" s
      WHERE s."workspaceId" = ${workspaceId} AND s.version < coalesce((
        SELECT e.version FROM "Event" e
        WHERE e."workspaceId" = ${workspaceId} AND e."createdAt" >= (${from.toISOString()}::timestamptz AT TIME ZONE 'UTC')
        ORDER BY e."createdAt", e.version LIMIT 1), 2147483647)
      ORDER BY s.version DESC LIMIT 1
    ) AS version`;
  return row?.version ?? 0;
}

export async function flowAnalytics(db: PrismaClient, workspaceId: string, from: Date, to: Date): Promise<FlowAnalytics> {
  checkRange(from, to);
  const args = [workspaceId, from.toISOString(), to.toISOString(), await snapshotBefore(db, workspaceId, from)] as const;

  // One statement, so the spans are built once and every figure below reads them.
  const [row] = await db.$queryRawUnsafe<
    {
      days: { date: string; status: string; count: number }[] | null;
      throughput: { week: string; count: number }[] | null;
      cycles: { task_id: string; done_at: string; hours: number }[] | null;
      n: number;
      median: number | null;
      p85: number | null;
      wip: number;
      blocked_hours: number;
      blocked_tasks: number;
    }[]
  >(
    `WITH ${intervals},
    -- Cumulative flow: +1 on the day a task enters a status, -1 on the day it leaves; a running sum gives each
    -- day's end-of-day count. Spans that began before \`from\` count from its first day.
    day_list AS (
      SELECT d::date AS day FROM bounds b, generate_series(b."from"::date, (b."to" - interval '1 millisecond')::date, interval '1 day') d
    ),
    deltas AS (
      SELECT s.status, greatest(s.start, b."from")::date AS day, 1 AS delta FROM spans s, bounds b WHERE s.status IS NOT NULL AND s.stop > b."from"
      UNION ALL
      SELECT s.status, s.stop::date, -1 FROM spans s, bounds b WHERE s.status IS NOT NULL AND s.stop > b."from" AND s.stop < b."to"
    ),
    per_day AS (SELECT status, day, sum(delta) AS delta FROM deltas GROUP BY status, day),
    flow AS (
      SELECT to_char(d.day, 'YYYY-MM-DD') AS date, st.status,
        (sum(coalesce(p.delta, 0)) OVER (PARTITION BY st.status ORDER BY d.day))::int AS count, d.day
      FROM day_list d CROSS JOIN (VALUES ('TODO'), ('IN_PROGRESS'), ('BLOCKED'), ('DONE')) st(status)
      LEFT JOIN per_day p ON p.day = d.day AND p.status = st.status
    ),
    -- Throughput: arrivals in DONE from another status (or created DONE), by ISO week.
    arrivals AS (
      SELECT s.task_id, s.start FROM spans s, bounds b
      WHERE s.status = 'DONE' AND s.previous IS DISTINCT FROM 'DONE' AND s.start >= b."from" AND s.start < b."to"
    ),
    weeks AS (
      SELECT w::date AS week FROM bounds b,
        generate_series(date_trunc('week', b."from"), date_trunc('week', b."to" - interval '1 millisecond'), interval '1 week') w
    ),
    weekly AS (
      SELECT to_char(w.week, 'YYYY-MM-DD') AS week, count(a.start)::int AS count
      FROM weeks w LEFT JOIN arrivals a ON date_trunc('week', a.start)::date = w.week GROUP BY w.week
    ),
    -- Cycle time: a task's last arrival in DONE within the range, from its first IN_PROGRESS ever (its own
    -- events, by the (workspaceId, entityType, entityId) index: not bounded by the snapshot).
    finished AS (SELECT task_id, max(start) AS done_at FROM arrivals GROUP BY task_id),
    cycle AS (
      SELECT f.task_id, f.done_at, extract(epoch FROM f.done_at - started.at)::float8 / 3600 AS hours
      FROM finished f CROSS JOIN LATERAL (
        SELECT min(e."createdAt") AS at FROM "Event" e
        WHERE e."workspaceId" = $1 AND e."entityType" = 'Task' AND e."entityId" = f.task_id
          AND e.metadata->'after'->>'status' = 'IN_PROGRESS' AND e."createdAt" <= f.done_at
      ) started
      WHERE started.at IS NOT NULL
    ),
    recent AS (SELECT * FROM cycle ORDER BY done_at DESC, task_id LIMIT ${analyticsLimits.cyclePoints})
    SELECT
      (SELECT json_agg(json_build_object('date', date, 'status', status, 'count', count) ORDER BY day) FROM flow) AS days,
      (SELECT json_agg(json_build_object('week', week, 'count', count) ORDER BY week) FROM weekly) AS throughput,
      (SELECT json_agg(json_build_object('task_id', task_id, 'done_at', done_at, 'hours', hours) ORDER BY done_at, task_id) FROM recent) AS cycles,
      (SELECT count(*) FROM cycle)::int AS n,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FROM cycle) AS median,
      (SELECT percentile_cont(0.85) WITHIN GROUP (ORDER BY hours) FROM cycle) AS p85,
      (SELECT count(*) FROM spans s, bounds b WHERE s.status = 'IN_PROGRESS' AND s.start < b."to" AND s.stop >= b."to")::int AS wip,
      coalesce((SELECT sum(extract(epoch FROM least(s.stop, b."to") - greatest(s.start, b."from")))
        FROM spans s, bounds b WHERE s.status = 'BLOCKED' AND s.stop > b."from" AND s.start < b."to"), 0)::float8 / 3600 AS blocked_hours,
      (SELECT count(DISTINCT s.task_id) FROM spans s, bounds b WHERE s.status = 'BLOCKED' AND s.stop > b."from" AND s.start < b."to")::int AS blocked_tasks`,
    ...args,
  );
  const days = row?.days ?? [];
  const throughput = row?.throughput ?? [];
  const points = row?.cycles ?? [];
  const stats = row && { n: row.n, median: row.median, p85: row.p85 };
  const totals = row;

  const byDate = new Map<string, FlowDay>();
  const field = { TODO: "todo", IN_PROGRESS: "inProgress", BLOCKED: "blocked", DONE: "done" } as const;
  for (const row of days) {
    const day = byDate.get(row.date) ?? { date: row.date, todo: 0, inProgress: 0, blocked: 0, done: 0 };
    day[field[row.status as keyof typeof field]] = Number(row.count);
    byDate.set(row.date, day);
  }
  return {
    from,
    to,
    days: [...byDate.values()],
    throughput: throughput.map((w) => ({ weekStart: w.week, count: Number(w.count) })),
    cycleTime: {
      count: Number(stats?.n ?? 0),
      medianHours: stats?.median == null ? null : Number(stats.median),
      p85Hours: stats?.p85 == null ? null : Number(stats.p85),
      points: points.map((c) => ({ taskId: c.task_id, doneAt: new Date(`${c.done_at}Z`), hours: Number(c.hours) })),
    },
    wip: Number(totals?.wip ?? 0),
    blockedHours: Number(totals?.blocked_hours ?? 0),
    blockedTasks: Number(totals?.blocked_tasks ?? 0),
  };
}
