import type { Role, TaskPriority, TaskStatus } from "./gql/graphql";

export const STATUSES: TaskStatus[] = ["TODO", "IN_PROGRESS", "DONE", "BLOCKED"];

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

/** The board query and the cache updaters must agree on these arguments: they name the cached list. */
export const BOARD_TASK_ARGS = { first: 100 };

/** Matches the server's spacing between positions; only used for optimistic placement. */
export const GAP = 1024;

export const isOptimisticId = (id: string) => id.startsWith("optimistic:");

const rank: Record<Role, number> = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };
export const canWriteTasks = (role: Role | undefined) => !!role && rank[role] >= rank.MEMBER;
export const canManageMembers = (role: Role | undefined) => !!role && rank[role] >= rank.ADMIN;
/** Mirrors the server rule: owners manage anyone, others only roles below their own. */
export const canManageRole = (actor: Role | undefined, role: Role) => actor === "OWNER" || (!!actor && rank[role] < rank[actor]);
export const ROLES: Role[] = ["VIEWER", "MEMBER", "ADMIN", "OWNER"];
