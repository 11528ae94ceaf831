/** A member's role in a workspace, lowest first. */
export const ROLES = ["VIEWER", "MEMBER", "ADMIN", "OWNER"] as const;
export type Role = (typeof ROLES)[number];

const rank: Record<Role, number> = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };

/** What each workspace capability needs at least. The whole role matrix lives here, for server and web. */
const minimumRole = {
  read: "VIEWER",
  writeTasks: "MEMBER",
  comment: "MEMBER",
  manageMembers: "ADMIN",
  manageBoards: "ADMIN",
  manageLabels: "ADMIN",
  /** Delete other people's comments. */
  moderateComments: "ADMIN",
  /** Link and unlink a Git repository. */
  manageRepository: "ADMIN",
  /** Start and cancel its syncs (they only write tasks, as members do). */
  syncRepository: "MEMBER",
  manageWorkspace: "OWNER",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof minimumRole;

/** Whether `role` may do what `permission` covers; no role (not a member) may do nothing. */
export const can = (role: Role | null | undefined, permission: Permission): boolean =>
  !!role && rank[role] >= rank[minimumRole[permission]];

/** Owners manage anyone; admins manage only the roles below their own, and only grant those. */
export const canManageRole = (actor: Role | null | undefined, role: Role): boolean =>
  actor === "OWNER" || (!!actor && rank[role] < rank[actor]);

/** The roles `actor` may grant, lowest first (what an invite or a role change may offer). */
export const assignableRoles = (actor: Role | null | undefined): Role[] => ROLES.filter((role) => canManageRole(actor, role));
