import type { Role, TaskPriority, TaskStatus } from "../gql/graphql";

// The order and the plain-words name of each status, priority and role, as the UI shows them.

// Board order: work flows left to right, and Blocked sits beside In progress, before Done.
export const STATUSES: TaskStatus[] = ["TODO", "IN_PROGRESS", "BLOCKED", "DONE"];

export const STATUS_LABEL: Record<TaskStatus, string> = {
  TODO: "To do",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  BLOCKED: "Blocked",
};

export const PRIORITIES: TaskPriority[] = ["URGENT", "HIGH", "MEDIUM", "LOW"];

export const PRIORITY_LABEL: Record<TaskPriority, string> = {
  URGENT: "Urgent",
  HIGH: "High",
  MEDIUM: "Medium",
  LOW: "Low",
};

export const ROLE_LABEL: Record<Role, string> = {
  VIEWER: "Viewer",
  MEMBER: "Member",
  ADMIN: "Admin",
  OWNER: "Owner",
};
