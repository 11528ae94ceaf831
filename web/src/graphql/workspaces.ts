import { graphql } from "../gql";

export const WorkspacesQuery = graphql(`
  query Workspaces {
    workspaces { id name myRole }
    myInvitations { id workspaceName role createdAt invitedBy { id name } }
  }
`);

export const CreateWorkspaceMutation = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) { id name myRole }
  }
`);

export const RenameWorkspaceMutation = graphql(`
  mutation RenameWorkspace($input: RenameWorkspaceInput!) {
    renameWorkspace(input: $input) { id name }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { id status workspace { id name myRole } }
  }
`);
