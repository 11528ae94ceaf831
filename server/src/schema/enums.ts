import { InvitationStatus, Role, TaskPriority, TaskStatus } from "../generated/prisma/enums.js";
import { builder } from "./builder.js";

export const RoleEnum = builder.enumType(Role, {
  name: "Role",
  description: "VIEWER reads; MEMBER also writes tasks; ADMIN also manages members below ADMIN; OWNER everything.",
});
export const TaskStatusEnum = builder.enumType(TaskStatus, { name: "TaskStatus" });
export const TaskPriorityEnum = builder.enumType(TaskPriority, { name: "TaskPriority" });
export const InvitationStatusEnum = builder.enumType(InvitationStatus, { name: "InvitationStatus" });

export const ActivityActionEnum = builder.enumType("ActivityAction", {
  values: [
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
  ] as const,
});
