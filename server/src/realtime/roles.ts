import type { Context } from "../context.js";
import type { PrismaClient, Role } from "../generated/prisma/client.js";

/**
 * Who is a member of a workspace with which role, as one instance's subscriptions see it: read once per
 * workspace (one query for all its members) instead of once per subscriber, so a reconnect storm of
 * thousands of sockets costs no membership read each. Only a positive answer is trusted from memory: a
 * miss asks the database (someone who just joined subscribes at once). Every Member event drops the
 * workspace's table as it reaches the instance (hub.ts) or a stream (stream.ts), and a subscriber's own
 * Member events re-check its role in the database, so a removal or demotion takes effect at once. A table is
 * kept only while the instance listens to the workspace (the hub drops it when the last subscriber leaves).
 */
const REFRESH_MS = 30_000;

interface Table {
  roles: Promise<Map<string, Role>>;
  loadedAt: number;
}

// One server per process: the hub (which has no database handle) drops a table the moment a Member event
// reaches this instance, before any stream sees it.
const tables = new Map<string, Table>();

/** `listening`: whether this instance hears the workspace's events now; a table is trusted only then. */
export async function memberRole(prisma: PrismaClient, workspaceId: string, userId: string, listening: boolean): Promise<Role | null> {
  if (!listening) {
    tables.delete(workspaceId);
    const row = await prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
    return row?.role ?? null;
  }
  const byWorkspace = tables;
  let table = byWorkspace.get(workspaceId);
  if (!table || Date.now() - table.loadedAt > REFRESH_MS) {
    const roles = prisma.membership
      .findMany({ where: { workspaceId }, select: { userId: true, role: true } })
      .then((rows) => new Map(rows.map((m) => [m.userId, m.role])));
    table = { roles, loadedAt: Date.now() };
    byWorkspace.set(workspaceId, table);
    roles.catch(() => byWorkspace.get(workspaceId) === table && byWorkspace.delete(workspaceId));
  }
  const known = (await table.roles).get(userId);
  if (known) return known;
  const row = await prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  if (row) (await table.roles).set(userId, row.role);
  return row?.role ?? null;
}

/** A Member event arrived (on the bus, or from the log): the next question reads the table again. */
export function membersChanged(workspaceId: string): void {
  tables.delete(workspaceId);
}

/** The caller's role for a subscription, read once per operation: its scope check and its stream share it. */
export function liveRoleIn(ctx: Context, workspaceId: string): Promise<Role | null> {
  const userId = ctx.user?.id;
  if (!userId) return Promise.resolve(null);
  return ctx.once(`live-role:${workspaceId}`, () => memberRole(ctx.prisma, workspaceId, userId, ctx.bus.listening(workspaceId)));
}
