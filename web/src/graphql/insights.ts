import { graphql } from "../gql";

export const LabelFieldsFragment = graphql(`
  fragment LabelFields on Label { id name color }
`);

export const CreateLabelMutation = graphql(`
  mutation CreateLabel($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }
`);

export const SearchQuery = graphql(`
  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int) {
    search(workspaceId: $workspaceId, query: $query, first: $first) {
      totalCount
      totalCountIsExact
      edges {
        node {
          snippetSource
          title { text match }
          snippet { text match }
          task { id status board { id } }
        }
      }
    }
  }
`);

export const AnalyticsQuery = graphql(`
  query Analytics($id: ID!, $from: DateTime!, $to: DateTime!) {
    workspace(id: $id) {
      id
      analytics(from: $from, to: $to) {
        days { date todo inProgress blocked done }
        throughput { weekStart count }
        cycleTime { count medianHours p85Hours points { doneAt hours task { id title } } }
        wip
        blockedHours
        blockedTasks
      }
    }
  }
`);
