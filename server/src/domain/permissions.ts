import type { Role } from "../generated/prisma/client.js";

const rank: Record<Role, number> = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };

/** What each workspace capability needs at least. The whole role matrix lives here. */
const minimumRole = {
  read: "VIEWER",
  writeTasks: "MEMBER",
  manageMembers: "ADMIN",
  manageLabels: "ADMIN",
  manageWorkspace: "OWNER",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof minimumRole;

export const can = (role: Role, permission: Permission) => rank[role] >= rank[minimumRole[permission]];

/** Owners manage anyone; admins manage only the roles below their own, and only grant those. */
export const canManageRole = (actor: Role, role: Role) => actor === "OWNER" || rank[role] < rank[actor];
