import { can, canManageRole, type Permission } from "@taskgraph/core";

// The role table (each capability's minimum role, who may manage whom) is shared with the web client:
// packages/core/src/roles.ts. A new capability is added there.
export { can, canManageRole, type Permission };

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
  linkRepository: "manageRepository",
  unlinkRepository: "manageRepository",
  startRepositorySync: "syncRepository",
  cancelRepositorySync: "syncRepository",
} as const satisfies Record<string, Permission | ((...args: never[]) => Permission)>;
