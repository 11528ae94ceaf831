import type { Role } from "../generated/prisma/client.js";

const rank: Record<Role, number> = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };

/** What each workspace capability needs at least. The whole role matrix lives here. */
const minimumRole = {
  read: "VIEWER",
  writeTasks: "MEMBER",
  manageMembers: "ADMIN",
  manageLabels: "ADMIN",
  manageBoards: "ADMIN",
  comment: "MEMBER",
  /** Delete other people's comments. */
  moderateComments: "ADMIN",
  manageWorkspace: "OWNER",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof minimumRole;

export const can = (role: Role, permission: Permission) => rank[role] >= rank[minimumRole[permission]];

/** Owners manage anyone; admins manage only the roles below their own, and only grant those. */
export const canManageRole = (actor: Role, role: Role) => actor === "OWNER" || rank[role] < rank[actor];

/**
 * The permission each workspace operation needs, declared once: the schema's scope checks it before anything
 * is read or locked (so a refusal costs no transaction), and the write path (commitChange) checks the same
 * entry again under the workspace lock, where a role changed in between is seen.
 */
export const operationPermission = {
  read: "read",
  renameWorkspace: "manageWorkspace",
  inviteMember: "manageMembers",
  resendInvitation: "manageMembers",
  revokeInvitation: "manageMembers",
  changeMemberRole: "manageMembers",
  /** Anyone may leave; removing someone else takes manageMembers (and a role above theirs). */
  removeMember: (actorId: string | undefined, userId: string): Permission => (actorId === userId ? "read" : "manageMembers"),
  createTask: "writeTasks",
  updateTask: "writeTasks",
  moveTask: "writeTasks",
  deleteTask: "writeTasks",
  undo: "writeTasks",
  redo: "writeTasks",
  restoreTask: "writeTasks",
  createLabel: "manageLabels",
  updateLabel: "manageLabels",
  deleteLabel: "manageLabels",
  importTrello: "writeTasks",
  createBoard: "manageBoards",
  renameBoard: "manageBoards",
  archiveBoard: "manageBoards",
  createCheckpoint: "writeTasks",
  deleteCheckpoint: "writeTasks",
  restoreWorkspace: "writeTasks",
  addComment: "comment",
  /** Its author only, checked by the change; deleting someone else's also takes moderateComments. */
  editComment: "comment",
  deleteComment: "comment",
} as const satisfies Record<string, Permission | ((...args: never[]) => Permission)>;
