import type { Context } from "../context.js";
import type { Role } from "../generated/prisma/client.js";
import type { WorkspaceEvent } from "./pubsub.js";

/**
 * The subscriber's role after an event: a Member event about them is read again from the database, so a
 * removal (null) or a demotion takes effect at once; any other event leaves the role as it was. Every
 * stream that must end when its subscriber leaves the workspace asks this.
 */
export async function roleAfter(ctx: Context, workspaceId: string, event: WorkspaceEvent, role: Role | null): Promise<Role | null> {
  if (event.entityType !== "Member" || event.entityId !== ctx.user?.id) return role;
  return ctx.roleIn(workspaceId);
}
