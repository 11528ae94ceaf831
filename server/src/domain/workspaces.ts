import type { Context } from "../context.js";
import type { Workspace } from "../generated/prisma/client.js";
import { commitChange, commitNewWorkspace } from "./changes.js";
import { operationPermission } from "./permissions.js";

export function createWorkspace(ctx: Context, name: string): Promise<Workspace> {
  const clean = name.trim();
  return commitNewWorkspace(ctx, async (tx, userId) => {
    const workspace = await tx.workspace.create({
      // Every workspace starts with one board; tasks created without naming a board go on its first open one.
      data: { name: clean, memberships: { create: { userId, role: "OWNER" } }, boards: { create: { name: "Main", position: 1024 } } },
    });
    return {
      workspaceId: workspace.id,
      result: { ...workspace, version: 1 },
      events: [{ action: "WORKSPACE_CREATED", entityType: "Workspace", entityId: workspace.id, metadata: { name: clean } }],
    };
  });
}

export function renameWorkspace(ctx: Context, workspaceId: string, name: string): Promise<Workspace> {
  const clean = name.trim();
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
