import type { Context } from "../context.js";
import { conflict, forbidden, notFound } from "../errors.js";
import type { Membership, Role } from "../generated/prisma/client.js";
import { commitChange, type EventDraft, type Tx } from "./changes.js";
import { canManageRole, operationPermission } from "./permissions.js";

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
      events: [
        { action: "MEMBER_ROLE_CHANGED", entityType: "Member", entityId: input.userId, metadata: { from: target.role, to: input.role } },
      ],
    };
  });
}

/** Removes a member, or lets a member leave. Their tasks in the workspace become unassigned, each logged. */
export function removeMember(ctx: Context, input: { workspaceId: string; userId: string }): Promise<Membership> {
  const leaving = input.userId === ctx.user?.id;
  return commitChange(ctx, input.workspaceId, operationPermission.removeMember(ctx.user?.id, input.userId), async (tx, actor) => {
    const target = await memberOf(tx, input.workspaceId, input.userId);
    if (!leaving && !canManageRole(actor.role!, target.role))
      throw forbidden(`An ${actor.role} can only remove members below ${actor.role}.`, "ROLE_OUT_OF_REACH");
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
