import { assignableRoles, can, canManageRole } from "@taskgraph/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import type { Role } from "../../gql/graphql";
import { ChangeMemberRoleMutation, MembersQuery, RemoveMemberMutation } from "../../graphql/members";
import { ResendInvitationMutation, RevokeInvitationMutation } from "../../graphql/workspaces";
import { navigate } from "../../router";
import { useToast } from "../shared/Toasts";

/** A link just issued by inviteMember or resendInvitation: the only time the page can show it. */
export interface IssuedLink {
  email: string;
  url: string;
  emailSent: boolean;
}

/**
 * The members page's data: the workspace's members and pending invitations, what your role lets you do
 * to each, and the actions (change a role, remove or leave, resend or revoke an invitation).
 */
export function useMembers(workspaceId: string) {
  const [result, reexecute] = useQuery({ query: MembersQuery, variables: { id: workspaceId } });
  const [, changeRoleOf] = useMutation(ChangeMemberRoleMutation);
  const [, removeMember] = useMutation(RemoveMemberMutation);
  const [resending, resendInvitation] = useMutation(ResendInvitationMutation);
  const [revoking, revokeInvitation] = useMutation(RevokeInvitationMutation);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const toast = useToast();
  const workspace = result.data?.workspace;
  const myRole = workspace?.myRole;
  const manage = can(myRole, "manageMembers");

  async function changeRole(userId: string, role: Role) {
    const r = await changeRoleOf({ input: { workspaceId, userId, role } });
    if (r.error) toast(describeError(r.error));
  }

  async function remove(userId: string, self: boolean) {
    const r = await removeMember({ input: { workspaceId, userId } });
    if (r.error) return toast(describeError(r.error));
    if (self) navigate("/");
  }

  async function resend(invitationId: string) {
    const r = await resendInvitation({ input: { invitationId } });
    const sent = r.data?.resendInvitation;
    if (!sent?.inviteUrl) return toast(describeError(r.error));
    setIssued({ email: sent.email, url: sent.inviteUrl, emailSent: !!sent.emailSent });
  }

  async function revoke(invitationId: string, email: string) {
    const r = await revokeInvitation({ input: { invitationId } });
    if (r.error) return toast(describeError(r.error));
    if (issued?.email === email) setIssued(null);
    toast(`Invitation to ${email} revoked: its link no longer works.`, "info");
  }

  return {
    result,
    retry: () => reexecute({ requestPolicy: "network-only" }),
    workspace,
    myRole,
    manage,
    assignable: assignableRoles(myRole),
    canEdit: (role: Role) => manage && canManageRole(myRole, role),
    // A revoked invitation stays in the cache with its new status until the list is refetched.
    pending: workspace?.invitations.filter((inv) => inv.status === "PENDING") ?? [],
    resending: resending.fetching,
    revoking: revoking.fetching,
    issued,
    setIssued,
    changeRole,
    remove,
    resend,
    revoke,
  };
}

export type MembersData = ReturnType<typeof useMembers>;
