import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, ok, request, signUp } from "./support/client.js";
import { CreateTask } from "./support/documents.js";

const Calendar = graphql(`
  query CalendarMine($year: Int) {
    me {
      id
      activityCalendar(year: $year) {
        year
        total
        currentStreak
        longestStreak
        days { date count }
      }
    }
  }
`);

const OthersCalendar = graphql(`
  query CalendarOthers($id: ID!) {
    node(id: $id) {
      ... on User { id activityCalendar { total } }
    }
  }
`);

const today = () => new Date().toISOString().slice(0, 10);

describe("me.activityCalendar", () => {
  it("counts the caller's own log entries per UTC day, with streaks", async () => {
    const user = await signUp("Busy");
    const workspace = await createWorkspace(user);
    const before = (await ok(Calendar, {}, user.token)).me!.activityCalendar;
    const countToday = (days: { date: string; count: number }[]) => days.find((d) => d.date === today())?.count ?? 0;

    const N = 4;
    for (let i = 0; i < N; i++) await ok(CreateTask, { input: { workspaceId: workspace.id, title: `t${i}` } }, user.token);
    // Someone else's work in the same workspace is not the caller's activity.
    const other = await signUp("Other");
    await addMember(user, workspace.id, other, "MEMBER");
    await ok(CreateTask, { input: { workspaceId: workspace.id, title: "not mine" } }, other.token);

    const calendar = (await ok(Calendar, {}, user.token)).me!.activityCalendar;
    const year = new Date().getUTCFullYear();
    expect(calendar.year).toBe(year);
    const inviteEvents = 1; // the owner's invitation of `other` is the owner's own activity too
    expect(countToday(calendar.days) - countToday(before.days)).toBe(N + inviteEvents);
    expect(countToday(calendar.days)).toBeGreaterThanOrEqual(N);
    expect(calendar.total).toBeGreaterThanOrEqual(N);
    expect(calendar.total).toBe(calendar.days.reduce((sum, d) => sum + d.count, 0));
    expect(calendar.currentStreak).toBeGreaterThanOrEqual(1);
    expect(calendar.longestStreak).toBeGreaterThanOrEqual(1);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    expect(calendar.days).toHaveLength(leap ? 366 : 365);
    expect(calendar.days[0]!.date).toBe(`${year}-01-01`);
    expect(calendar.days.at(-1)!.date).toBe(`${year}-12-31`);

    const past = (await ok(Calendar, { year: 2001 }, user.token)).me!.activityCalendar;
    expect(past).toMatchObject({ year: 2001, total: 0, longestStreak: 0 });
    expect(past.currentStreak).toBe(calendar.currentStreak);
    expect(past.days).toHaveLength(365);
  });

  it("rejects years outside 1970..2100 with BAD_USER_INPUT", async () => {
    const user = await signUp("Years");
    for (const year of [1969, 2101]) {
      const result = await request(Calendar, { year }, user.token);
      expect(result.errors?.[0]!.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect((await ok(Calendar, { year: 1970 }, user.token)).me!.activityCalendar.total).toBe(0);
  });

  it("is FORBIDDEN on anyone but the caller", async () => {
    const owner = await signUp("Owner");
    const workspace = await createWorkspace(owner);
    const member = await signUp("Member");
    await addMember(owner, workspace.id, member, "MEMBER");
    const result = await request(OthersCalendar, { id: owner.id }, member.token);
    expect(result.errors?.[0]!.extensions?.code).toBe("FORBIDDEN");
    const own = await ok(OthersCalendar, { id: member.id }, member.token);
    expect(own.node).toMatchObject({ id: member.id });
  });
});
