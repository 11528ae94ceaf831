import { graphql } from "../gql";

export const MembersQuery = graphql(`
  query Members($id: ID!) {
    workspace(id: $id) {
      id
      name
      myRole
      members { id role joinedAt user { id name email } }
      invitations { id email role status expired expiresAt createdAt invitedBy { id name } }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) { id email role status expired expiresAt createdAt inviteUrl emailSent invitedBy { id name } }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) { id role }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);
