import type { Role } from "../gql/graphql";

const rank: Record<Role, number> = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };
export const canWriteTasks = (role: Role | undefined) => !!role && rank[role] >= rank.MEMBER;
export const canManageMembers = (role: Role | undefined) => !!role && rank[role] >= rank.ADMIN;
/** Mirrors the server rule: owners manage anyone, others only roles below their own. */
export const canManageRole = (actor: Role | undefined, role: Role) => actor === "OWNER" || (!!actor && rank[role] < rank[actor]);
export const ROLES: Role[] = ["VIEWER", "MEMBER", "ADMIN", "OWNER"];
