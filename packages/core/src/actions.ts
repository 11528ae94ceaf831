/**
 * Every kind of entry in a workspace's log, in the order the schema lists them: the server's write path
 * appends them, the GraphQL enum ActivityAction publishes this list, the web client words them.
 * A new kind of change is added here, and nowhere else.
 */
export const ACTIONS = [
  "WORKSPACE_CREATED",
  "WORKSPACE_RENAMED",
  "MEMBER_INVITED",
  "INVITATION_REVOKED",
  "INVITATION_DECLINED",
  "MEMBER_JOINED",
  "MEMBER_ROLE_CHANGED",
  "MEMBER_REMOVED",
  "TASK_CREATED",
  "TASK_UPDATED",
  "TASK_MOVED",
  "TASK_DELETED",
  "TASK_RESTORED",
  "LABEL_CREATED",
  "LABEL_UPDATED",
  "LABEL_DELETED",
  "BOARD_CREATED",
  "BOARD_RENAMED",
  "BOARD_ARCHIVED",
  "BOARD_UNARCHIVED",
  "CHECKPOINT_CREATED",
  "CHECKPOINT_DELETED",
  "COMMENT_ADDED",
  "COMMENT_EDITED",
  "COMMENT_DELETED",
] as const;

export type Action = (typeof ACTIONS)[number];
