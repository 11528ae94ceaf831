import type { Context } from "../context.js";

export interface ActivityDay {
  date: string;
  count: number;
}

export interface ActivityCalendar {
  year: number;
  days: ActivityDay[];
  total: number;
  currentStreak: number;
  longestStreak: number;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One aggregate: the caller's Event rows grouped by UTC day ("createdAt" is a timestamp without time
 * zone holding UTC), the year's days as JSON, and the current streak by gaps-and-islands over all days
 * up to today (a run of consecutive days shares day - row_number()). Only aggregated rows leave the database.
 */
export async function activityCalendar(
  ctx: Pick<Context, "prisma">,
  userId: string,
  year: number,
  today = new Date(),
): Promise<ActivityCalendar> {
  const start = `${String(year).padStart(4, "0")}-01-01`;
  const end = `${String(year + 1).padStart(4, "0")}-01-01`;
  const todayIso = isoDay(today);
  const [row] = await ctx.prisma.$queryRaw<{ days: unknown; currentStreak: number | null }[]>`
    WITH daily AS (
      SELECT "createdAt"::date AS day, count(*)::int AS n
      FROM "Event"
      WHERE "actorId" = ${userId} AND "createdAt" < (${todayIso}::date + 1)
      GROUP BY 1
    ), runs AS (
      SELECT day, day - (row_number() OVER (ORDER BY day))::int AS run FROM daily
    )
    SELECT
      (SELECT json_agg(json_build_object('date', to_char(day, 'YYYY-MM-DD'), 'count', n) ORDER BY day)
         FROM daily WHERE day >= ${start}::date AND day < ${end}::date) AS days,
      (SELECT count(*)::int FROM runs
         WHERE run = (SELECT run FROM runs WHERE day >= ${todayIso}::date - 1 ORDER BY day DESC LIMIT 1)) AS "currentStreak"`;
  const raw = typeof row?.days === "string" ? JSON.parse(row.days) : row?.days;
  const counts = new Map<string, number>(((raw ?? []) as ActivityDay[]).map((d) => [d.date, Number(d.count)]));

  const days: ActivityDay[] = [];
  let total = 0;
  let run = 0;
  let longestStreak = 0;
  for (let day = new Date(`${start}T00:00:00Z`); isoDay(day) < end; day = new Date(day.getTime() + 86_400_000)) {
    const date = isoDay(day);
    const count = counts.get(date) ?? 0;
    days.push({ date, count });
    total += count;
    run = count > 0 ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
  }
  return { year, days, total, currentStreak: Number(row?.currentStreak ?? 0), longestStreak };
}
