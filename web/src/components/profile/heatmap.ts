/** One day of the activity calendar. */
export type Day = { date: string; count: number };

/** 0 for no activity, then 1–4 by quarter of the year's busiest day. */
export function level(count: number, max: number) {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

/** Weeks as columns, Sunday on top; the first column is padded so January 1 lands on its weekday (UTC). */
export function toWeeks(days: Day[]): (Day | null)[][] {
  const first = days[0];
  if (!first) return [];
  const pad = new Date(`${first.date}T00:00:00Z`).getUTCDay();
  const cells: (Day | null)[] = [...Array<null>(pad).fill(null), ...days];
  const weeks: (Day | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
