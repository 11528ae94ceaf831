import type { PrismaClient } from "../generated/prisma/client.js";
import { badInput } from "../errors.js";

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
 * The status intervals of every task over [from, to), as SQL: each task's state at the newest board snapshot at
 * or before `from` (history.ts stores one every SNAPSHOT_EVERY versions), then every task event after that
 * snapshot up to `to`. The cost is bounded by the snapshot, not the log's length; nothing but aggregates
 * leaves the database. Timestamps are UTC ("createdAt" is a UTC timestamp without zone).
 */
const intervals = `
  bounds AS (
    SELECT ($2::timestamptz AT TIME ZONE 'UTC') AS "from", ($3::timestamptz AT TIME ZONE 'UTC') AS "to"
  ),
  snap AS (
    SELECT s.version, s.tasks FROM "BoardSnapshot" s
    WHERE s."workspaceId" = $1 AND s.version <= (
      SELECT coalesce(max(e.version), 0) FROM "Event" e, bounds b WHERE e."workspaceId" = $1 AND e."createdAt" < b."from")
    ORDER BY s.version DESC LIMIT 1
  ),
  timeline AS (
    SELECT x->>'id' AS task_id, 0 AS version, '-infinity'::timestamp AS at, x->>'status' AS status
    FROM snap, jsonb_array_elements(snap.tasks::jsonb) x
    UNION ALL
    SELECT e."entityId", e.version, e."createdAt",
      CASE WHEN (e.metadata->'after'->>'deleted')::boolean THEN NULL ELSE e.metadata->'after'->>'status' END
    FROM "Event" e, bounds b
    WHERE e."workspaceId" = $1 AND e."entityType" = 'Task' AND e."createdAt" < b."to"
      AND e.version > coalesce((SELECT version FROM snap), 0)
      AND (e.metadata->'after' ? 'status' OR e.metadata->'after' ? 'deleted')
  ),
  spans AS (
    SELECT task_id, status, at AS start,
      lag(status) OVER w AS previous,
      lead(at, 1, 'infinity'::timestamp) OVER w AS stop
    FROM timeline WINDOW w AS (PARTITION BY task_id ORDER BY version)
  )`;

export async function flowAnalytics(db: PrismaClient, workspaceId: string, from: Date, to: Date): Promise<FlowAnalytics> {
  checkRange(from, to);
  const args = [workspaceId, from.toISOString(), to.toISOString()] as const;

  // Cumulative flow: +1 on the day a task enters a status, -1 on the day it leaves; a running sum gives each
  // day's end-of-day count. Spans that began before `from` count from its first day.
  const days = await db.$queryRawUnsafe<{ date: string; status: string; count: number }[]>(
    `WITH ${intervals},
    day_list AS (
      SELECT d::date AS day FROM bounds b, generate_series(b."from"::date, (b."to" - interval '1 millisecond')::date, interval '1 day') d
    ),
    deltas AS (
      SELECT s.status, greatest(s.start, b."from")::date AS day, 1 AS delta FROM spans s, bounds b WHERE s.status IS NOT NULL AND s.stop > b."from"
      UNION ALL
      SELECT s.status, s.stop::date, -1 FROM spans s, bounds b WHERE s.status IS NOT NULL AND s.stop > b."from" AND s.stop < b."to"
    ),
    per_day AS (SELECT status, day, sum(delta) AS delta FROM deltas GROUP BY status, day)
    SELECT to_char(d.day, 'YYYY-MM-DD') AS date, st.status,
      (sum(coalesce(p.delta, 0)) OVER (PARTITION BY st.status ORDER BY d.day))::int AS count
    FROM day_list d CROSS JOIN (VALUES ('TODO'), ('IN_PROGRESS'), ('BLOCKED'), ('DONE')) st(status)
    LEFT JOIN per_day p ON p.day = d.day AND p.status = st.status
    ORDER BY d.day`,
    ...args,
  );

  // Throughput: arrivals in DONE from another status (or created DONE), by ISO week.
  const throughput = await db.$queryRawUnsafe<{ week: string; count: number }[]>(
    `WITH ${intervals},
    weeks AS (
      SELECT w::date AS week FROM bounds b,
        generate_series(date_trunc('week', b."from"), date_trunc('week', b."to" - interval '1 millisecond'), interval '1 week') w
    ),
    arrivals AS (
      SELECT date_trunc('week', s.start)::date AS week FROM spans s, bounds b
      WHERE s.status = 'DONE' AND s.previous IS DISTINCT FROM 'DONE' AND s.start >= b."from" AND s.start < b."to"
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS week, count(a.week)::int AS count
    FROM weeks w LEFT JOIN arrivals a ON a.week = w.week GROUP BY w.week ORDER BY w.week`,
    ...args,
  );

  // Cycle time: a task's last arrival in DONE within the range, from its first IN_PROGRESS ever (its own
  // events, found by the (workspaceId, entityType, entityId) index: not bounded by the snapshot).
  const cycles = await db.$queryRawUnsafe<{ task_id: string; done_at: Date; hours: number; n: number; median: number; p85: number }[]>(
    `WITH ${intervals},
    finished AS (
      SELECT s.task_id, max(s.start) AS done_at FROM spans s, bounds b
      WHERE s.status = 'DONE' AND s.previous IS DISTINCT FROM 'DONE' AND s.start >= b."from" AND s.start < b."to"
      GROUP BY s.task_id
    ),
    cycle AS (
      SELECT f.task_id, f.done_at, extract(epoch FROM f.done_at - started.at)::float8 / 3600 AS hours
      FROM finished f CROSS JOIN LATERAL (
        SELECT min(e."createdAt") AS at FROM "Event" e
        WHERE e."workspaceId" = $1 AND e."entityType" = 'Task' AND e."entityId" = f.task_id
          AND e.metadata->'after'->>'status' = 'IN_PROGRESS' AND e."createdAt" <= f.done_at
      ) started
      WHERE started.at IS NOT NULL
    ),
    stats AS (
      SELECT count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median,
        percentile_cont(0.85) WITHIN GROUP (ORDER BY hours) AS p85 FROM cycle
    )
    SELECT c.task_id, c.done_at, c.hours, stats.n, stats.median, stats.p85
    FROM stats LEFT JOIN LATERAL (SELECT * FROM cycle ORDER BY done_at DESC, task_id LIMIT ${analyticsLimits.cyclePoints}) c ON true`,
    ...args,
  );
  const stats = cycles[0];
  const points = cycles.filter((c) => c.task_id !== null).reverse();

  // WIP at `to`, and time spent BLOCKED inside the range.
  const [totals] = await db.$queryRawUnsafe<{ wip: number; blocked_hours: number; blocked_tasks: number }[]>(
    `WITH ${intervals}
    SELECT
      (SELECT count(*) FROM spans s, bounds b WHERE s.status = 'IN_PROGRESS' AND s.start < b."to" AND s.stop >= b."to")::int AS wip,
      coalesce((SELECT sum(extract(epoch FROM least(s.stop, b."to") - greatest(s.start, b."from")))
        FROM spans s, bounds b WHERE s.status = 'BLOCKED' AND s.stop > b."from" AND s.start < b."to"), 0)::float8 / 3600 AS blocked_hours,
      (SELECT count(DISTINCT s.task_id) FROM spans s, bounds b WHERE s.status = 'BLOCKED' AND s.stop > b."from" AND s.start < b."to")::int AS blocked_tasks`,
    ...args,
  );

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
      points: points.map((c) => ({ taskId: c.task_id, doneAt: new Date(c.done_at), hours: Number(c.hours) })),
    },
    wip: Number(totals?.wip ?? 0),
    blockedHours: Number(totals?.blocked_hours ?? 0),
    blockedTasks: Number(totals?.blocked_tasks ?? 0),
  };
}
