import { changeMemberRole, removeMember } from "../domain/members.js";
import { operationPermission } from "../domain/permissions.js";
import { builder, inWorkspace } from "./builder.js";
import { RoleEnum } from "./enums.js";
import { encodeId } from "./ids.js";
import { UserNode } from "./user.js";
import { WorkspaceNode } from "./workspace.js";

/** A user's membership of one workspace. Its ID joins both, so caches can key it. */
builder.prismaObject("Membership", {
  name: "Member",
  fields: (t) => ({
    id: t.id({ resolve: (m) => memberId(m.workspaceId, m.userId) }),
    user: t.relation("user"),
    role: t.expose("role", { type: RoleEnum }),
    joinedAt: t.expose("joinedAt", { type: "DateTime" }),
  }),
});

export const memberId = (workspaceId: string, userId: string) => encodeId("Member", `${workspaceId}:${userId}`);

const ChangeMemberRoleInput = builder.inputType("ChangeMemberRoleInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    userId: t.globalID({ required: true, for: UserNode }),
    role: t.field({ type: RoleEnum, required: true }),
  }),
});

const RemoveMemberInput = builder.inputType("RemoveMemberInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    userId: t.globalID({ required: true, for: UserNode, description: "Your own ID to leave the workspace." }),
  }),
});

builder.mutationFields((t) => ({
  changeMemberRole: t.prismaField({
    type: "Membership",
    args: { input: t.arg({ type: ChangeMemberRoleInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.changeMemberRole),
    resolve: async (query, _root, { input }, ctx) => {
      const changed = await changeMemberRole(ctx, {
        workspaceId: input.workspaceId.id,
        userId: input.userId.id,
        role: input.role,
      });
      return ctx.prisma.membership.findUniqueOrThrow({
        ...query,
        where: { workspaceId_userId: { workspaceId: changed.workspaceId, userId: changed.userId } },
      });
    },
  }),
  removeMember: t.id({
    description: "Removes a member (or lets you leave) and returns the removed Member's ID. Their tasks become unassigned.",
    args: { input: t.arg({ type: RemoveMemberInput, required: true }) },
    authScopes: (_root, { input }, ctx) => inWorkspace(input.workspaceId, operationPermission.removeMember(ctx.user?.id, input.userId.id)),
    resolve: async (_root, { input }, ctx) => {
      const removed = await removeMember(ctx, {
        workspaceId: input.workspaceId.id,
        userId: input.userId.id,
      });
      return memberId(removed.workspaceId, removed.userId);
    },
  }),
}));
