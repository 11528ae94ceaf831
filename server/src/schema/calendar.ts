import { type ActivityCalendar, type ActivityDay, activityCalendar } from "../domain/calendar.js";
import { builder } from "./builder.js";
import { between } from "./validation.js";

const ActivityDayRef = builder.objectRef<ActivityDay>("ActivityDay").implement({
  fields: (t) => ({
    date: t.exposeString("date", { description: "A UTC day, YYYY-MM-DD." }),
    count: t.exposeInt("count", { description: "Log entries you caused that day, across all your workspaces." }),
  }),
});

const ActivityCalendarRef = builder.objectRef<ActivityCalendar>("ActivityCalendar").implement({
  description: "Your own activity per UTC day for one year, for a contribution-style heatmap.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    days: t.field({
      type: [ActivityDayRef],
      description: "Every day of the year in order, January 1 to December 31; days without activity count 0.",
      resolve: (c) => c.days,
    }),
    total: t.exposeInt("total", { description: "The sum of the year's counts." }),
    currentStreak: t.exposeInt("currentStreak", {
      description:
        "Consecutive active UTC days ending today, or yesterday when today has nothing yet; counted over all time, whichever year is asked for.",
    }),
    longestStreak: t.exposeInt("longestStreak", { description: "The longest run of consecutive active days within the year." }),
  }),
});

// A field of User so clients read it as `me { activityCalendar }`; User is also visible for co-members
// (assignee, actor, ...), and there it is FORBIDDEN: your activity is yours alone.
builder.prismaObjectField("User", "activityCalendar", (t) =>
  t.field({
    type: ActivityCalendarRef,
    description: "Your activity per UTC day for a year (default: the current UTC year). Only on yourself (`me`); FORBIDDEN on anyone else.",
    args: { year: t.arg.int({ description: "1970 to 2100.", validate: { schema: between(1970, 2100) } }) },
    select: { id: true },
    authScopes: (user, _args, ctx) => !!ctx.user && user.id === ctx.user.id,
    resolve: (user, args, ctx) => {
      return activityCalendar(ctx, user.id, args.year ?? new Date().getUTCFullYear());
    },
  }),
);
