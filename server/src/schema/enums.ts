import { ACTIONS } from "@taskgraph/core";
import { InvitationStatus, Role, TaskPriority, TaskStatus } from "../generated/prisma/enums.js";
import { builder } from "./builder.js";

export const RoleEnum = builder.enumType(Role, {
  name: "Role",
  description: "VIEWER reads; MEMBER also writes tasks; ADMIN also manages members below ADMIN; OWNER everything.",
});
export const TaskStatusEnum = builder.enumType(TaskStatus, { name: "TaskStatus" });
export const TaskPriorityEnum = builder.enumType(TaskPriority, { name: "TaskPriority" });
export const InvitationStatusEnum = builder.enumType(InvitationStatus, { name: "InvitationStatus" });

// Published from the one list the write path and the web client share (packages/core).
export const ActivityActionEnum = builder.enumType("ActivityAction", { values: ACTIONS });
