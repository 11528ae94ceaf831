import { graphql } from "../gql";

export const RepositoryPanelQuery = graphql(`
  query RepositoryPanel($id: ID!) {
    workspace(id: $id) {
      id
      myRole
      repository { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } }
      repositorySyncs(first: 10) {
        edges {
          node {
            id branch headSha status phase progress createdAt startedAt completedAt
            startedBy { id name }
            stats { filesTotal filesScanned filesSkipped todosFound tasksCreated tasksUpdated tasksClosed tasksReopened }
            error { code message retryAt }
          }
        }
      }
    }
  }
`);

export const RepositoryBranchesQuery = graphql(`
  query RepositoryBranches($workspaceId: ID!) {
    repositoryBranches(workspaceId: $workspaceId) { name headSha isDefault }
  }
`);

export const LinkRepositoryMutation = graphql(`
  mutation LinkRepository($input: LinkRepositoryInput!) {
    linkRepository(input: $input) { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } workspace { id } }
  }
`);

export const UnlinkRepositoryMutation = graphql(`
  mutation UnlinkRepository($input: UnlinkRepositoryInput!) {
    unlinkRepository(input: $input)
  }
`);

export const StartRepositorySyncMutation = graphql(`
  mutation StartRepositorySync($input: StartRepositorySyncInput!) {
    startRepositorySync(input: $input) { id branch status phase progress createdAt }
  }
`);

export const CancelRepositorySyncMutation = graphql(`
  mutation CancelRepositorySync($input: CancelRepositorySyncInput!) {
    cancelRepositorySync(input: $input) { id status phase progress completedAt }
  }
`);

export const RepositorySyncProgressSubscription = graphql(`
  subscription RepositorySyncProgress($syncId: ID!) {
    repositorySyncProgress(syncId: $syncId) { sequence status phase progress filesScanned filesTotal message at sync { id } }
  }
`);
