import type { Context } from "../context.js";
import type { Invitation, Membership, Role, Workspace } from "../generated/prisma/client.js";
import { conflict, forbidden, notFound, unauthenticated } from "../errors.js";
import { commitChange, commitNewWorkspace, type EventDraft, type Tx } from "./changes.js";
import { canManageRole } from "./permissions.js";
import { email as validEmail, limits, requiredText } from "./validate.js";

export function createWorkspace(ctx: Context, name: string): Promise<Workspace> {
  const clean = requiredText(name, "name", limits.workspaceName);
  return commitNewWorkspace(ctx, async (tx, userId) => {
    const workspace = await tx.workspace.create({
      data: { name: clean, memberships: { create: { userId, role: "OWNER" } } },
    });
    return {
      workspaceId: workspace.id,
      result: { ...workspace, version: 1 },
      events: [{ action: "WORKSPACE_CREATED", entityType: "Workspace", entityId: workspace.id, metadata: { name: clean } }],
    };
  });
}

export function renameWorkspace(ctx: Context, workspaceId: string, name: string): Promise<Workspace> {
  const clean = requiredText(name, "name", limits.workspaceName);
  return commitChange(ctx, workspaceId, "manageWorkspace", async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
    if (before.name === clean) return { result: before, events: [] };
    // appendEvents bumps the version after this update; the resolver re-reads the row it returns.
    const after = await tx.workspace.update({ where: { id: workspaceId }, data: { name: clean } });
    return {
      result: after,
      events: [{ action: "WORKSPACE_RENAMED", entityType: "Workspace", entityId: workspaceId, metadata: { from: before.name, to: clean } }],
    };
  });
}

export function inviteMember(ctx: Context, input: { workspaceId: string; email: string; role: Role }): Promise<Invitation> {
  const email = validEmail(input.email);
  return commitChange(ctx, input.workspaceId, "manageMembers", async (tx, actor) => {
    if (!canManageRole(actor.role!, input.role)) throw forbidden(`An ${actor.role} cannot invite an ${input.role}.`);
    const existing = await tx.membership.findFirst({ where: { workspaceId: input.workspaceId, user: { email } } });
    if (existing) throw conflict(`${email} is already a member of this workspace.`);
    // Inviting again updates the pending invitation rather than stacking a second one.
    const pending = await tx.invitation.findFirst({ where: { workspaceId: input.workspaceId, email, status: "PENDING" } });
    const invitation = pending
      ? await tx.invitation.update({ where: { id: pending.id }, data: { role: input.role, invitedById: actor.userId } })
      : await tx.invitation.create({ data: { workspaceId: input.workspaceId, email, role: input.role, invitedById: actor.userId } });
    return {
      result: invitation,
      events: [{ action: "MEMBER_INVITED", entityType: "Invitation", entityId: invitation.id, metadata: { email, role: input.role } }],
    };
  });
}

export async function acceptInvitation(ctx: Context, invitationId: string): Promise<Invitation> {
  if (!ctx.user) throw unauthenticated();
  const user = ctx.user;
  // Someone else's invitation is indistinguishable from none at all.
  const found = await ctx.prisma.invitation.findFirst({ where: { id: invitationId, email: user.email } });
  if (!found) throw notFound("Invitation");
  return commitChange(ctx, found.workspaceId, null, async (tx) => {
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    if (invitation.status !== "PENDING") throw conflict(`This invitation was already ${invitation.status.toLowerCase()}.`);
    const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: user.id } } });
    if (member) throw conflict("You are already a member of this workspace.");
    await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role } });
    const accepted = await tx.invitation.update({ where: { id: invitationId }, data: { status: "ACCEPTED", acceptedAt: new Date() } });
    return {
      result: accepted,
      events: [{ action: "MEMBER_JOINED", entityType: "Member", entityId: user.id, metadata: { role: invitation.role, invitationId } }],
    };
  });
}

export function changeMemberRole(ctx: Context, input: { workspaceId: string; userId: string; role: Role }): Promise<Membership> {
  return commitChange(ctx, input.workspaceId, "manageMembers", async (tx, actor) => {
    const target = await memberOf(tx, input.workspaceId, input.userId);
    if (!canManageRole(actor.role!, target.role) || !canManageRole(actor.role!, input.role)) {
      throw forbidden(`An ${actor.role} can only manage roles below ${actor.role}.`);
    }
    if (target.role === input.role) return { result: target, events: [] };
    if (target.role === "OWNER") await assertAnotherOwner(tx, input.workspaceId);
    const updated = await tx.membership.update({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: input.userId } },
      data: { role: input.role },
    });
    return {
      result: updated,
      events: [{ action: "MEMBER_ROLE_CHANGED", entityType: "Member", entityId: input.userId, metadata: { from: target.role, to: input.role } }],
    };
  });
}

/** Removes a member, or lets a member leave. Their tasks in the workspace become unassigned, each logged. */
export function removeMember(ctx: Context, input: { workspaceId: string; userId: string }): Promise<Membership> {
  const leaving = input.userId === ctx.user?.id;
  return commitChange(ctx, input.workspaceId, leaving ? "read" : "manageMembers", async (tx, actor) => {
    const target = await memberOf(tx, input.workspaceId, input.userId);
    if (!leaving && !canManageRole(actor.role!, target.role)) throw forbidden(`An ${actor.role} can only remove members below ${actor.role}.`);
    if (target.role === "OWNER") await assertAnotherOwner(tx, input.workspaceId);
    const assigned = await tx.task.findMany({ where: { workspaceId: input.workspaceId, assigneeId: input.userId, deletedAt: null } });
    const events: EventDraft[] = [];
    for (const task of assigned) {
      await tx.task.update({ where: { id: task.id }, data: { assigneeId: null, version: { increment: 1 } } });
      events.push({
        action: "TASK_UPDATED",
        entityType: "Task",
        entityId: task.id,
        metadata: {
          before: { assigneeId: input.userId, version: task.version },
          after: { assigneeId: null, version: task.version + 1 },
          changed: ["assigneeId"],
        },
      });
    }
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: input.userId } } });
    events.push({ action: "MEMBER_REMOVED", entityType: "Member", entityId: input.userId, metadata: { role: target.role, left: leaving } });
    return { result: target, events };
  });
}

async function memberOf(tx: Tx, workspaceId: string, userId: string): Promise<Membership> {
  const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
  if (!member) throw notFound("Member");
  return member;
}

async function assertAnotherOwner(tx: Tx, workspaceId: string) {
  const owners = await tx.membership.count({ where: { workspaceId, role: "OWNER" } });
  if (owners < 2) throw conflict("A workspace needs an owner: make someone else an owner first.");
}
