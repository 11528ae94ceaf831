import type { Context } from "../context.js";
import {
  acceptInvitation,
  declineInvitation,
  type IssuedInvitation,
  invitationWhere,
  inviteMember,
  resendInvitation,
  revokeInvitation,
} from "../domain/invitations.js";
import { operationPermission } from "../domain/permissions.js";
import type { Invitation } from "../generated/prisma/client.js";
import { builder, inWorkspace } from "./builder.js";
import { InvitationStatusEnum, RoleEnum } from "./enums.js";
import { WorkspaceNode } from "./workspace.js";

// The link issued in this very response, keyed by the row the resolver returns: nothing else can ever read it back.
const issued = new WeakMap<object, Omit<IssuedInvitation, "invitation">>();

const InvitationNode = builder.prismaNode("Invitation", {
  id: { field: "id" },
  nullable: true,
  // Seen by the invitee and by the workspace's members.
  findUnique: (id, ctx) => ({
    id,
    OR: [{ email: ctx.user?.email ?? "" }, { workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } }],
  }),
  fields: (t) => ({
    email: t.exposeString("email", { description: "The address the invite link was sent to." }),
    role: t.expose("role", { type: RoleEnum }),
    status: t.expose("status", { type: InvitationStatusEnum }),
    workspaceName: t.string({ select: { workspace: { select: { name: true } } }, resolve: (i) => i.workspace.name }),
    // A plain field, not a relation: a relation would be preloaded with the invitation and skip this check.
    workspace: t.field({
      type: WorkspaceNode,
      nullable: true,
      description: "Null until you are a member.",
      resolve: async (invitation, _args, ctx) =>
        (await ctx.roleIn(invitation.workspaceId)) ? ctx.prisma.workspace.findUnique({ where: { id: invitation.workspaceId } }) : null,
    }),
    invitedBy: t.relation("invitedBy"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      description: "The invite link stops working then; resending restarts the clock.",
    }),
    expired: t.boolean({ resolve: (i) => i.expiresAt <= new Date() }),
    inviteUrl: t.string({
      nullable: true,
      description:
        "The invite link (PUBLIC_URL/invite/<token>). Only in the response of inviteMember or resendInvitation: the server keeps just a hash.",
      resolve: (i) => issued.get(i)?.inviteUrl ?? null,
    }),
    emailSent: t.boolean({
      nullable: true,
      description: "In the same responses: whether the link was emailed (SMTP_URL set and accepted) or has to be shared by hand.",
      resolve: (i) => issued.get(i)?.emailSent ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  myInvitations: t.prismaField({
    type: ["Invitation"],
    description: "Pending, unexpired invitations addressed to your email. Accepting one needs its invite link.",
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.invitation.findMany({
        ...query,
        where: { email: ctx.user!.email, status: "PENDING", expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
      }),
  }),
  invitation: t.prismaField({
    type: "Invitation",
    nullable: true,
    description:
      "The invitation an invite link's token opens, signed in or not, so its page can say what joining means. Null for an unknown token.",
    args: { token: t.arg.string({ required: true }) },
    resolve: (query, _root, { token }, ctx) => {
      const where = invitationWhere(token);
      return where ? ctx.prisma.invitation.findUnique({ ...query, where }) : null;
    },
  }),
}));

const InviteMemberInput = builder.inputType("InviteMemberInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    email: t.string({ required: true, description: "Works before the invitee has an account." }),
    role: t.field({ type: RoleEnum, required: true }),
  }),
});
const AcceptInvitationInput = builder.inputType("AcceptInvitationInput", {
  fields: (t) => ({ token: t.string({ required: true, description: "The last path segment of the invite link." }) }),
});
const DeclineInvitationInput = builder.inputType("DeclineInvitationInput", {
  description: "Exactly one of the two.",
  fields: (t) => ({
    invitationId: t.globalID({ description: "An invitation to your own email, as myInvitations lists them.", for: InvitationNode }),
    token: t.string({ description: "The invite link's token." }),
  }),
});
const InvitationIdInput = builder.inputType("InvitationIdInput", {
  fields: (t) => ({ invitationId: t.globalID({ required: true, for: InvitationNode }) }),
});

builder.mutationFields((t) => {
  /** Re-reads the row with the client's selection; for a freshly issued link, remembers it for inviteUrl. */
  const reread = async (ctx: Context, query: object, result: Invitation | IssuedInvitation) => {
    const invitation = "invitation" in result ? result.invitation : result;
    const row = await ctx.prisma.invitation.findUniqueOrThrow({ ...query, where: { id: invitation.id } });
    if ("invitation" in result) issued.set(row, { inviteUrl: result.inviteUrl, emailSent: result.emailSent });
    return row;
  };
  /** A mutation of one pending invitation by its ID (the domain checks the caller manages it). */
  const onInvitation = (description: string, change: (ctx: Context, invitationId: string) => Promise<Invitation | IssuedInvitation>) =>
    t.prismaField({
      type: "Invitation",
      description,
      args: { input: t.arg({ type: InvitationIdInput, required: true }) },
      authScopes: { signedIn: true },
      resolve: async (query, _root, { input }, ctx) => reread(ctx, query, await change(ctx, input.invitationId.id)),
    });
  return {
    inviteMember: t.prismaField({
      type: "Invitation",
      description:
        "Invites an email with a role and issues its invite link (emailed with SMTP_URL, else logged); inviting again replaces the link.",
      args: { input: t.arg({ type: InviteMemberInput, required: true }) },
      authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.inviteMember),
      resolve: async (query, _root, { input }, ctx) =>
        reread(ctx, query, await inviteMember(ctx, { ...input, workspaceId: input.workspaceId.id })),
    }),
    resendInvitation: onInvitation(
      "A new invite link for a pending invitation, valid for the full lifetime again; the previous link stops working.",
      resendInvitation,
    ),
    revokeInvitation: onInvitation("Withdraws a pending invitation (admins: only for roles below their own).", revokeInvitation),
    acceptInvitation: t.prismaField({
      type: "Invitation",
      description: "Joins the workspace with the invited role. Needs the invite link's token; whoever holds it may accept.",
      args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
      authScopes: { signedIn: true },
      resolve: async (query, _root, { input }, ctx) => reread(ctx, query, await acceptInvitation(ctx, input.token)),
    }),
    declineInvitation: t.prismaField({
      type: "Invitation",
      description: "Says no to an invitation: by its link's token, or by its id when it is addressed to your email.",
      args: { input: t.arg({ type: DeclineInvitationInput, required: true }) },
      authScopes: { signedIn: true },
      resolve: async (query, _root, { input }, ctx) =>
        reread(ctx, query, await declineInvitation(ctx, { invitationId: input.invitationId?.id ?? null, token: input.token })),
    }),
  };
});
