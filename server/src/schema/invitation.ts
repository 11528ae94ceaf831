import { acceptInvitation, inviteMember } from "../domain/members.js";
import { builder, inWorkspace } from "./builder.js";
import { InvitationStatusEnum, RoleEnum } from "./enums.js";
import { decodeId, decodeWorkspaceId } from "./ids.js";

builder.prismaNode("Invitation", {
  id: { field: "id" },
  nullable: true,
  // Seen by the invitee and by the workspace's members.
  findUnique: (id, ctx) => ({
    id,
    OR: [{ email: ctx.user?.email ?? "" }, { workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } }],
  }),
  fields: (t) => ({
    email: t.exposeString("email"),
    role: t.expose("role", { type: RoleEnum }),
    status: t.expose("status", { type: InvitationStatusEnum }),
    workspaceName: t.string({ select: { workspace: { select: { name: true } } }, resolve: (i) => i.workspace.name }),
    workspace: t.relation("workspace", {
      nullable: true,
      description: "Null until you are a member.",
      resolve: async (query, invitation, _args, ctx) =>
        (await ctx.roleIn(invitation.workspaceId))
          ? ctx.prisma.workspace.findUnique({ ...query, where: { id: invitation.workspaceId } })
          : null,
    }),
    invitedBy: t.relation("invitedBy"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryField("myInvitations", (t) =>
  t.prismaField({
    type: ["Invitation"],
    description: "Pending invitations addressed to your email.",
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.invitation.findMany({ ...query, where: { email: ctx.user!.email, status: "PENDING" }, orderBy: { createdAt: "desc" } }),
  }),
);

const InviteMemberInput = builder.inputType("InviteMemberInput", {
  fields: (t) => ({
    workspaceId: t.id({ required: true }),
    email: t.string({ required: true, description: "Works before the invitee has an account." }),
    role: t.field({ type: RoleEnum, required: true }),
  }),
});
const AcceptInvitationInput = builder.inputType("AcceptInvitationInput", {
  fields: (t) => ({ invitationId: t.id({ required: true }) }),
});

builder.mutationFields((t) => ({
  inviteMember: t.prismaField({
    type: "Invitation",
    args: { input: t.arg({ type: InviteMemberInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, "manageMembers"),
    resolve: async (query, _root, { input }, ctx) => {
      const invitation = await inviteMember(ctx, { ...input, workspaceId: decodeWorkspaceId(input.workspaceId) });
      return ctx.prisma.invitation.findUniqueOrThrow({ ...query, where: { id: invitation.id } });
    },
  }),
  acceptInvitation: t.prismaField({
    type: "Invitation",
    description: "Joins the workspace; only the user signed in with the invited email can.",
    args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
    authScopes: { signedIn: true },
    resolve: async (query, _root, { input }, ctx) => {
      const invitation = await acceptInvitation(ctx, decodeId(String(input.invitationId), "Invitation", "invitationId"));
      return ctx.prisma.invitation.findUniqueOrThrow({ ...query, where: { id: invitation.id } });
    },
  }),
}));
