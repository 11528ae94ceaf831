import { graphql } from "../gql";

export const ActivityCalendarQuery = graphql(`
  query ActivityCalendar($year: Int) {
    me {
      id
      name
      email
      createdAt
      activityCalendar(year: $year) { year total currentStreak longestStreak days { date count } }
    }
  }
`);
