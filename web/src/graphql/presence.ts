import { graphql } from "../gql";

export const PresenceSubscription = graphql(`
  subscription Presence($workspaceId: ID!) {
    presence(workspaceId: $workspaceId) {
      kind
      taskId
      user { id name }
      viewers { since taskId user { id name } }
    }
  }
`);

export const SetPresenceMutation = graphql(`
  mutation SetPresence($input: SetPresenceInput!) {
    setPresence(input: $input)
  }
`);
