import { type CyclePoint, type FlowAnalytics, type FlowDay, flowAnalytics, type ThroughputWeek } from "../domain/analytics.js";
import { builder } from "./builder.js";
import { WorkspaceNode } from "./workspace.js";

const FlowDayRef = builder.objectRef<FlowDay>("FlowDay").implement({
  description: "How many tasks were in each status as a UTC day ended (cumulative flow).",
  fields: (t) => ({
    date: t.exposeString("date", { description: "YYYY-MM-DD (UTC)." }),
    todo: t.exposeInt("todo"),
    inProgress: t.exposeInt("inProgress", { description: "Work in progress that day." }),
    blocked: t.exposeInt("blocked"),
    done: t.exposeInt("done"),
  }),
});

const ThroughputWeekRef = builder.objectRef<ThroughputWeek>("ThroughputWeek").implement({
  fields: (t) => ({
    weekStart: t.exposeString("weekStart", { description: "The Monday (UTC) the week starts, YYYY-MM-DD." }),
    count: t.exposeInt("count", { description: "Tasks that reached DONE that week." }),
  }),
});

const CyclePointRef = builder.objectRef<CyclePoint>("CycleTimePoint").implement({
  fields: (t) => ({
    task: t.prismaField({
      type: "Task",
      nullable: true,
      resolve: (query, p, _args, ctx) => ctx.prisma.task.findUnique({ ...query, where: { id: p.taskId } }),
    }),
    doneAt: t.expose("doneAt", { type: "DateTime" }),
    hours: t.exposeFloat("hours", { description: "From the task's first IN_PROGRESS to this arrival in DONE." }),
  }),
});

const CycleTimeRef = builder.objectRef<FlowAnalytics["cycleTime"]>("CycleTime").implement({
  fields: (t) => ({
    count: t.exposeInt("count", { description: "Tasks that reached DONE in the range after having been IN_PROGRESS." }),
    medianHours: t.exposeFloat("medianHours", { nullable: true }),
    p85Hours: t.exposeFloat("p85Hours", { nullable: true, description: "85th percentile: 85% of tasks took at most this long." }),
    points: t.field({
      type: [CyclePointRef],
      description: "One per task, oldest first (the newest 500), for a scatter plot.",
      resolve: (c) => c.points,
    }),
  }),
});

const FlowAnalyticsRef = builder.objectRef<FlowAnalytics>("FlowAnalytics").implement({
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    days: t.field({ type: [FlowDayRef], resolve: (a) => a.days }),
    throughput: t.field({ type: [ThroughputWeekRef], resolve: (a) => a.throughput }),
    cycleTime: t.field({ type: CycleTimeRef, resolve: (a) => a.cycleTime }),
    wip: t.exposeInt("wip", { description: "Tasks IN_PROGRESS at `to`." }),
    blockedHours: t.exposeFloat("blockedHours", { description: "Hours tasks spent BLOCKED within the range, summed over tasks." }),
    blockedTasks: t.exposeInt("blockedTasks", { description: "Tasks that were BLOCKED at some time within the range." }),
  }),
});

builder.objectField(WorkspaceNode, "analytics", (t) =>
  t.field({
    type: FlowAnalyticsRef,
    description: "Flow metrics over [from, to) from the event log (at most 366 days). Any role may read them.",
    args: { from: t.arg({ type: "DateTime", required: true }), to: t.arg({ type: "DateTime", required: true }) },
    resolve: (workspace, args, ctx) => flowAnalytics(ctx.prisma, workspace.id, args.from, args.to),
  }),
);
