import { graphql } from "../gql";

export const ActivityFieldsFragment = graphql(`
  fragment ActivityFields on Activity {
    id
    version
    action
    entityType
    entityId
    metadata
    createdAt
    actor { id name }
    subject { id name }
  }
`);

export const ActivityQuery = graphql(`
  query Activity($id: ID!) {
    workspace(id: $id) {
      id
      activity(first: 40) { edges { cursor node { ...ActivityFields } } }
    }
  }
`);

export const ActivityAddedSubscription = graphql(`
  subscription ActivityAdded($workspaceId: ID!, $since: Int) {
    activityAdded(workspaceId: $workspaceId, since: $since) { ...ActivityFields }
  }
`);
