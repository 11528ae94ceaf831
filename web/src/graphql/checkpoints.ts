import { graphql } from "../gql";

export const CheckpointsQuery = graphql(`
  query Checkpoints($id: ID!) {
    workspace(id: $id) { id version myRole checkpoints { id name version createdAt createdBy { id name } } }
  }
`);

export const WorkspaceDiffQuery = graphql(`
  query WorkspaceDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {
    workspace(id: $id) {
      id
      diff(from: $from, to: $to, boardId: $boardId) {
        from
        to
        added { taskId title status }
        removed { taskId title status }
        changed { taskId before { title } after { title } fields { field from to } }
      }
    }
  }
`);

export const CreateCheckpointMutation = graphql(`
  mutation CreateCheckpoint($input: CreateCheckpointInput!) {
    createCheckpoint(input: $input) { id name version createdAt createdBy { id name } }
  }
`);

export const DeleteCheckpointMutation = graphql(`
  mutation DeleteCheckpoint($input: DeleteCheckpointInput!) {
    deleteCheckpoint(input: $input)
  }
`);

export const RestoreWorkspaceMutation = graphql(`
  mutation RestoreWorkspace($input: RestoreWorkspaceInput!) {
    restoreWorkspace(input: $input) {
      workspace { id version }
      tasks { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } }
    }
  }
`);
