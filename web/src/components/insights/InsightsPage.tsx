import { useEffect, useMemo, useState } from "react";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useQuery } from "urql";
import { AnalyticsQuery } from "../../graphql/insights";
import { ErrorState, Spinner } from "../shared/States";
import { TransferPanel } from "./TransferPanel";

const RANGES = [14, 30, 90] as const;
const DAY = 86_400_000;
const COLORS = { todo: "#8590a2", inProgress: "#579dff", blocked: "#f87168", done: "#4bce97" };
/** The cumulative-flow areas, stacked bottom to top. */
const FLOW_AREAS = [
  ["done", "Done"],
  ["blocked", "Blocked"],
  ["inProgress", "In progress"],
  ["todo", "To do"],
] as const;
/** The cycle-time chart's reference lines: which figure, its colour and its label. */
const CYCLE_MARKS = [
  ["medianHours", "#579dff", "median"],
  ["p85Hours", "#f5a623", "85%"],
] as const;
/** A duration in hours, in the unit a person would say it in. */
function hours(h: number | null | undefined): string {
  if (h == null) return "–";
  if (h < 1 / 60) return `${Math.round(h * 3600)} s`;
  if (h < 1) return `${Math.round(h * 60)} min`;
  return h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} d`;
}
const shortDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" });

/**
 * Flow analytics for the workspace: cumulative flow, weekly throughput and cycle times, read from the event
 * log by the server. Live: when the workspace's version moves (a live event arrived), the figures are asked
 * for again, at most every couple of seconds.
 */
export function InsightsPage({ workspaceId, version, canWrite }: { workspaceId: string; version: number; canWrite: boolean }) {
  const [range, setRange] = useState<(typeof RANGES)[number]>(30);
  const [now, setNow] = useState(() => Date.now());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new log version is the trigger to read the range again (live Insights)
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), 1500);
    return () => clearTimeout(timer);
  }, [version]);
  const variables = useMemo(() => {
    // `to` a minute ahead, so a change made just now is inside the range.
    const to = new Date(now + 60_000);
    return { id: workspaceId, from: new Date(to.getTime() - range * DAY).toISOString(), to: to.toISOString() };
  }, [workspaceId, range, now]);
  const [result, reexecute] = useQuery({ query: AnalyticsQuery, variables, requestPolicy: "cache-and-network" });
  const analytics = result.data?.workspace?.analytics;

  return (
    <section className="insights" aria-label="Insights">
      <header className="insights-header">
        <h2>Insights</h2>
        <fieldset className="segmented" aria-label="Range">
          {RANGES.map((r) => (
            <button
              key={r}
              type="button"
              className={`btn btn-sm${r === range ? " btn-primary" : " btn-ghost"}`}
              aria-pressed={r === range}
              onClick={() => setRange(r)}
            >
              {r} days
            </button>
          ))}
        </fieldset>
      </header>
      {!analytics && result.fetching && <Spinner label="Loading insights" />}
      {result.error && !analytics && <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: "network-only" })} />}
      {analytics && (
        <>
          <div className="stat-tiles">
            <Stat label="Work in progress" value={String(analytics.wip)} testId="stat-wip" />
            <Stat label="Cycle time, median" value={hours(analytics.cycleTime.medianHours)} testId="stat-median" />
            <Stat label="Cycle time, 85th pct." value={hours(analytics.cycleTime.p85Hours)} testId="stat-p85" />
            <Stat label="Done in range" value={String(analytics.throughput.reduce((n, w) => n + w.count, 0))} testId="stat-done" />
            <Stat label="Time blocked" value={hours(analytics.blockedHours)} testId="stat-blocked" />
          </div>
          <figure className="chart" aria-label="Cumulative flow">
            <figcaption>Cumulative flow (tasks per status at the end of each day)</figcaption>
            <ResponsiveContainer width="100%" height={240}>
              <AreaChart data={analytics.days} margin={{ left: -20, right: 8, top: 8 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={24} fontSize={11} />
                <YAxis allowDecimals={false} fontSize={11} />
                <Tooltip labelFormatter={(d) => shortDate(String(d))} />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                {FLOW_AREAS.map(([key, name]) => (
                  <Area
                    key={key}
                    type="monotone"
                    dataKey={key}
                    name={name}
                    stackId="1"
                    stroke={COLORS[key]}
                    fill={COLORS[key]}
                    isAnimationActive={false}
                  />
                ))}
              </AreaChart>
            </ResponsiveContainer>
          </figure>
          <div className="chart-row">
            <figure className="chart" aria-label="Throughput">
              <figcaption>Throughput (tasks done per week)</figcaption>
              <ResponsiveContainer width="100%" height={220}>
                <BarChart data={analytics.throughput} margin={{ left: -20, right: 8, top: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="weekStart" tickFormatter={shortDate} fontSize={11} />
                  <YAxis allowDecimals={false} fontSize={11} />
                  <Tooltip labelFormatter={(d) => `Week of ${shortDate(String(d))}`} />
                  <Bar dataKey="count" name="Done" fill={COLORS.done} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </figure>
            <figure className="chart" aria-label="Cycle time">
              <figcaption>Cycle time (first In progress → Done), {analytics.cycleTime.count} tasks</figcaption>
              <ResponsiveContainer width="100%" height={220}>
                <ScatterChart margin={{ left: 0, right: 8, top: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis
                    type="number"
                    dataKey="at"
                    domain={["auto", "auto"]}
                    tickFormatter={(t) => new Date(t).toLocaleDateString(undefined, { month: "short", day: "numeric" })}
                    fontSize={11}
                    name="Done"
                  />
                  <YAxis type="number" dataKey="hours" name="Hours" tickFormatter={(v) => hours(Number(v))} width={56} fontSize={11} />
                  <Tooltip formatter={(v, name) => (name === "Hours" ? hours(Number(v)) : new Date(Number(v)).toLocaleString())} />
                  {CYCLE_MARKS.map(([key, stroke, value]) => {
                    const y = analytics.cycleTime[key];
                    return (
                      y != null && (
                        <ReferenceLine
                          key={key}
                          y={y}
                          stroke={stroke}
                          strokeDasharray="4 4"
                          label={{ value, fontSize: 10, position: "insideTopRight" }}
                        />
                      )
                    );
                  })}
                  <Scatter
                    data={analytics.cycleTime.points.map((p) => ({
                      at: new Date(p.doneAt).getTime(),
                      hours: p.hours,
                      title: p.task?.title ?? "",
                    }))}
                    fill="#9f8fef"
                    isAnimationActive={false}
                  />
                </ScatterChart>
              </ResponsiveContainer>
            </figure>
          </div>
        </>
      )}
      <TransferPanel workspaceId={workspaceId} canImport={canWrite} />
    </section>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <span className="stat-value">{value}</span>
      <span className="muted small">{label}</span>
    </div>
  );
}
