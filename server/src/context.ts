import type { SessionStore, SessionUser } from "./auth/sessions.js";
import type { PrismaClient, Role } from "./generated/prisma/client.js";
import { getOrCreate } from "./lib/get-or-create.js";
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
  /** Bearer sessions, cached in memory and evicted on every instance at sign-out. */
  sessions: SessionStore;
}

export interface Context extends Services {
  user: SessionUser | null;
  sessionId: string | null;
  /** The caller's role in a workspace, or null for non-members. */
  roleIn(workspaceId: string): Promise<Role | null>;
  /** Tells roleIn what a query that read the membership anyway found, so it is not read twice. */
  knowRole(workspaceId: string, role: Role | null): void;
  /** Workspaces this request loaded through a membership filter: the caller is in them, whatever the role. */
  readonly provenMember: Set<string>;
  /** One load per request of whatever `key` names: the scope check and the resolver share a read. */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export function createContext(services: Services, auth: { user: SessionUser; sessionId: string } | null, cacheRoles: boolean): Context {
  // Made on first use: a subscription keeps its context for hours, and most never need them.
  let roles: Map<string, Promise<Role | null>> | undefined;
  let loads: Map<string, Promise<unknown>> | undefined;
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
      roles ??= new Map();
      return getOrCreate(roles, workspaceId, () => lookup(workspaceId));
    },
    knowRole: (workspaceId, role) => {
      if (!cacheRoles) return;
      roles ??= new Map();
      if (!roles.has(workspaceId)) roles.set(workspaceId, Promise.resolve(role));
    },
    provenMember: new Set(),
    once: <T>(key: string, load: () => Promise<T>) => {
      loads ??= new Map();
      return getOrCreate(loads, key, load) as Promise<T>;
    },
  };
}
