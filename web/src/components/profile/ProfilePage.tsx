import { useLayoutEffect, useRef, useState } from "react";
import { useQuery } from "urql";
import { ActivityCalendarQuery } from "../../graphql/profile";
import { Avatar } from "../shared/Avatar";
import { ErrorState, Spinner } from "../shared/States";
import { type Day, level, toWeeks } from "./heatmap";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, {
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });

export function ProfilePage() {
  const thisYear = new Date().getUTCFullYear();
  const [year, setYear] = useState(thisYear);
  const [result, reexecute] = useQuery({ query: ActivityCalendarQuery, variables: { year }, requestPolicy: "cache-and-network" });
  const me = result.data?.me;
  const calendar = me?.activityCalendar;

  return (
    <div className="profile-page">
      {me && (
        <header className="profile-header">
          <span className="avatar-lg-wrap">
            <Avatar user={me} />
          </span>
          <div>
            <h1>{me.name}</h1>
            <p className="muted small">
              {me.email} · member since {new Date(me.createdAt).toLocaleDateString(undefined, { month: "long", year: "numeric" })}
            </p>
          </div>
        </header>
      )}
      <section className="panel calendar-panel" aria-label="Activity calendar">
        <div className="panel-header">
          <h2>{calendar ? `${plural(calendar.total, "contribution")} in ${calendar.year}` : `Activity in ${year}`}</h2>
          <span className="spacer" />
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            aria-label="Previous year"
            onClick={() => setYear((y) => y - 1)}
            disabled={year <= 1970}
          >
            ‹
          </button>
          <span className="year-label" aria-live="polite">
            {year}
          </span>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            aria-label="Next year"
            onClick={() => setYear((y) => y + 1)}
            disabled={year >= thisYear}
          >
            ›
          </button>
        </div>
        {!calendar && result.fetching && <Spinner label="Loading activity" />}
        {!calendar && result.error && <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: "network-only" })} />}
        {calendar && (
          <>
            <Heatmap days={calendar.days} />
            <div className="calendar-stats">
              <Stat label="Contributions" value={calendar.total.toLocaleString()} />
              <Stat label="Current streak" value={plural(calendar.currentStreak, "day")} />
              <Stat label="Longest streak" value={plural(calendar.longestStreak, "day")} />
              <Stat label="Busiest day" value={busiest(calendar.days)} />
            </div>
          </>
        )}
      </section>
      <p className="muted small">Counts every change you made across your workspaces, per UTC day.</p>
    </div>
  );
}

function busiest(days: Day[]) {
  const top = days.reduce<Day | null>((best, d) => (d.count > (best?.count ?? 0) ? d : best), null);
  const day = top && new Date(`${top.date}T00:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
  return top ? `${day} · ${plural(top.count, "change")}` : "—";
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <span className="stat-label">{label}</span>
      <strong>{value}</strong>
    </div>
  );
}

export function Heatmap({ days }: { days: Day[] }) {
  const weeks = toWeeks(days);
  const max = days.reduce((m, d) => Math.max(m, d.count), 0);
  // A month label sits over the first week that contains that month's 1st.
  const monthAt = weeks.map((w) => {
    const first = w.find((d) => d?.date.endsWith("-01"));
    return first ? MONTHS[Number(first.date.slice(5, 7)) - 1] : "";
  });
  // On a narrow screen the year scrolls sideways: start at its end, where the recent days are.
  const scroller = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when the days change, which changes the width
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [days]);
  return (
    <>
      <div className="heatmap-scroll" ref={scroller}>
        <div className="heatmap" role="img" aria-label={`Contribution heatmap: ${days.filter((d) => d.count > 0).length} active days`}>
          <div className="heatmap-months" style={{ gridTemplateColumns: `repeat(${weeks.length}, var(--cell))` }} aria-hidden>
            {monthAt.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one label per week column, in a fixed order
              <span key={i}>{m}</span>
            ))}
          </div>
          <div className="heatmap-body">
            <div className="heatmap-weekdays" aria-hidden>
              {WEEKDAYS.map((d, i) => (
                <span key={d}>{i % 2 === 1 ? d : ""}</span>
              ))}
            </div>
            <div className="heatmap-grid" style={{ gridTemplateColumns: `repeat(${weeks.length}, var(--cell))` }}>
              {weeks.flatMap((w, wi) =>
                Array.from({ length: 7 }, (_, di) => {
                  const d = w[di];
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its week and weekday
                  if (!d) return <span key={`${wi}-${di}`} className="cell cell-empty" style={{ gridColumn: wi + 1, gridRow: di + 1 }} />;
                  const text = `${d.count === 0 ? "No contributions" : plural(d.count, "contribution")} on ${longDate(d.date)}`;
                  return (
                    <span
                      key={d.date}
                      className={`cell level-${level(d.count, max)}`}
                      style={{ gridColumn: wi + 1, gridRow: di + 1 }}
                      title={text}
                      data-date={d.date}
                      data-count={d.count}
                    />
                  );
                }),
              )}
            </div>
          </div>
        </div>
      </div>
      <div className="heatmap-legend" aria-hidden>
        <span>Less</span>
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} className={`cell level-${l}`} />
        ))}
        <span>More</span>
      </div>
    </>
  );
}
