import { graphql } from "../gql";

export const WorkspacesQuery = graphql(`
  query Workspaces {
    workspaces { id name myRole }
    myInvitations { id workspaceName role status createdAt invitedBy { id name } }
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

export const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($input: DeclineInvitationInput!) {
    declineInvitation(input: $input) { id status }
  }
`);

/** What an invite link opens; answers signed out too. */
export const InvitationByTokenQuery = graphql(`
  query InvitationByToken($token: String!) {
    invitation(token: $token) { id email role status expired expiresAt workspaceName invitedBy { id name } }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($input: InvitationIdInput!) {
    resendInvitation(input: $input) { id email role status expired expiresAt inviteUrl emailSent }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: InvitationIdInput!) {
    revokeInvitation(input: $input) { id status }
  }
`);
