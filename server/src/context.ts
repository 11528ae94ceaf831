import type { Role, User } from "./generated/prisma/client.js";
import type { PrismaClient } from "./generated/prisma/client.js";
import type { InviteDelivery } from "./mail/invite-delivery.js";
import type { PresenceRegistry } from "./realtime/presence.js";
import type { EventBus } from "./realtime/pubsub.js";

export interface Services {
  prisma: PrismaClient;
  bus: EventBus;
  /** Who is viewing which workspace, per server instance. */
  presence: PresenceRegistry;
  /** Makes invite links and emails (or logs) them. */
  invites: InviteDelivery;
}

export interface Context extends Services {
  user: User | null;
  sessionId: string | null;
  /** The caller's role in a workspace, or null for non-members. */
  roleIn(workspaceId: string): Promise<Role | null>;
}

export function createContext(services: Services, auth: { user: User; sessionId: string } | null, cacheRoles: boolean): Context {
  const roles = new Map<string, Promise<Role | null>>();
  const lookup = (workspaceId: string) =>
    auth
      ? services.prisma.membership
          .findUnique({ where: { workspaceId_userId: { workspaceId, userId: auth.user.id } }, select: { role: true } })
          .then((m) => m?.role ?? null)
      : Promise.resolve(null);
  return {
    ...services,
    user: auth?.user ?? null,
    sessionId: auth?.sessionId ?? null,
    // Subscriptions live for hours: they ask the database every time, so a removal takes effect at once.
    roleIn: (workspaceId) => {
      if (!cacheRoles) return lookup(workspaceId);
      let role = roles.get(workspaceId);
      if (!role) roles.set(workspaceId, (role = lookup(workspaceId)));
      return role;
    },
  };
}
