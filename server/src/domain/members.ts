import type { Context } from "../context.js";
import type { Membership, Role, Workspace } from "../generated/prisma/client.js";
import { conflict, forbidden, notFound } from "../errors.js";
import { commitChange, commitNewWorkspace, type EventDraft, type Tx } from "./changes.js";
import { canManageRole, operationPermission } from "./permissions.js";
import { limits, requiredText } from "./validate.js";

export function createWorkspace(ctx: Context, name: string): Promise<Workspace> {
  const clean = requiredText(name, "name", limits.workspaceName);
  return commitNewWorkspace(ctx, async (tx, userId) => {
    const workspace = await tx.workspace.create({
      // Every workspace starts with one board; tasks created without naming a board go on its first open one.
      data: { name: clean, memberships: { create: { userId, role: "OWNER" } }, boards: { create: { name: "Board", position: 1024 } } },
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
  return commitChange(ctx, workspaceId, operationPermission.renameWorkspace, async (tx) => {
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

export function changeMemberRole(ctx: Context, input: { workspaceId: string; userId: string; role: Role }): Promise<Membership> {
  return commitChange(ctx, input.workspaceId, operationPermission.changeMemberRole, async (tx, actor) => {
    const target = await memberOf(tx, input.workspaceId, input.userId);
    if (!canManageRole(actor.role!, target.role) || !canManageRole(actor.role!, input.role)) {
      throw forbidden(`An ${actor.role} can only manage roles below ${actor.role}.`, "ROLE_OUT_OF_REACH");
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
  return commitChange(ctx, input.workspaceId, operationPermission.removeMember(ctx.user?.id, input.userId), async (tx, actor) => {
    const target = await memberOf(tx, input.workspaceId, input.userId);
    if (!leaving && !canManageRole(actor.role!, target.role)) throw forbidden(`An ${actor.role} can only remove members below ${actor.role}.`, "ROLE_OUT_OF_REACH");
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
  if (owners < 2) throw conflict("LAST_OWNER", "A workspace needs an owner: make someone else an owner first.");
}
