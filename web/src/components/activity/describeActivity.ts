import { STATUS_LABEL } from "../../model/displayNames";

/** A log entry as every surface that lists one has it: the activity feed and a task's history. */
export interface LoggedChange {
  action: string;
  metadata?: unknown;
  /** For a Member entry, the member it is about. */
  subject?: { name: string } | null;
}

type Meta = {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  changed?: string[];
  undo?: boolean;
  redo?: boolean;
  /** On undo and redo entries: the action taken back or made again, and how many cards that change touched. */
  original?: string;
  cards?: number;
  restoredFrom?: number;
  [k: string]: unknown;
};

const status = (s: unknown) => STATUS_LABEL[s as keyof typeof STATUS_LABEL] ?? String(s);
const lower = (s: unknown) => String(s ?? "").toLowerCase();

/** What an undo or redo took back or made again, as "undid <doing> …". */
const DOING: Record<string, string> = {
  TASK_CREATED: "creating",
  TASK_DELETED: "deleting",
  TASK_UPDATED: "editing",
  TASK_RESTORED: "restoring",
};

function describeStep(m: Meta, action: string, title: string): string {
  const verb = m.undo ? "undid" : "redid";
  if (!m.original) {
    // Logged before undo said what it took back: say what it did to the card.
    const tag = m.undo ? "(undo)" : "(redo)";
    if (action === "TASK_DELETED") return `removed ${title} ${tag}`;
    if (action === "TASK_RESTORED") return `brought back ${title} ${tag}`;
    return `${verb} a change to ${title}`;
  }
  let doing = DOING[m.original] ?? "a change to";
  if (m.original === "TASK_MOVED") {
    // An undo's `before` is where the undone move had put the card; a redo's `after` is where it puts it again.
    const to = m.undo ? m.before?.status : m.after?.status;
    const from = m.undo ? m.after?.status : m.before?.status;
    doing = to && from && to !== from ? "moving" : "reordering";
    if (doing === "moving") return `${verb} moving ${title} to ${status(to)}${many(m)}`;
  }
  return `${verb} ${doing} ${title}${many(m)}`;
}

const many = (m: Meta) => (m.cards && m.cards > 1 ? ` (one of ${m.cards} cards in that change)` : "");

/** One line in plain words for a log entry, after the actor's name: "Ada undid creating “Ship it”". */
export function describeActivity(a: LoggedChange): string {
  const m = (a.metadata ?? {}) as Meta;
  const title = `“${String(m.after?.title ?? m.before?.title ?? "a task")}”`;
  if (a.action.startsWith("TASK_")) {
    if (m.undo || m.redo) return describeStep(m, a.action, title);
    if (m.restoredFrom != null) {
      return a.action === "TASK_DELETED"
        ? `removed ${title}, restoring the board to version ${m.restoredFrom}`
        : `restored ${title} to how it was at version ${m.restoredFrom}`;
    }
  }
  switch (a.action) {
    case "TASK_CREATED":
      return `created ${title}`;
    case "TASK_MOVED":
      if (m.before?.boardId && m.after?.boardId && m.before.boardId !== m.after.boardId) return `moved ${title} to another board`;
      return m.before?.status !== m.after?.status ? `moved ${title} to ${status(m.after?.status)}` : `reordered ${title}`;
    case "TASK_UPDATED":
      return m.changed?.length
        ? `updated ${m.changed.map((c) => (c === "assigneeId" ? "assignee" : c)).join(", ")} of ${title}`
        : `updated ${title}`;
    case "TASK_DELETED":
      return `deleted ${title}`;
    case "TASK_RESTORED":
      return `brought back ${title}`;
    case "MEMBER_INVITED":
      return `${m.resent ? "sent a new invite link to" : "invited"} ${m.email} as ${lower(m.role)}`;
    case "INVITATION_REVOKED":
      return `withdrew the invitation for ${m.email}`;
    case "INVITATION_DECLINED":
      return `declined the invitation for ${m.email}`;
    case "MEMBER_JOINED":
      return `joined as ${lower(m.role)}`;
    case "MEMBER_ROLE_CHANGED":
      return `changed ${a.subject ? `${a.subject.name}’s` : "a member’s"} role from ${lower(m.from)} to ${lower(m.to)}`;
    case "MEMBER_REMOVED":
      return m.left ? "left the workspace" : `removed ${a.subject?.name ?? "a member"} from the workspace`;
    case "WORKSPACE_CREATED":
      return "created the workspace";
    case "WORKSPACE_RENAMED":
      return `renamed the workspace to “${m.to}”`;
    case "BOARD_CREATED":
      return `created the board “${m.name}”`;
    case "BOARD_RENAMED":
      return `renamed the board “${m.before?.name}” to “${m.after?.name}”`;
    case "BOARD_ARCHIVED":
      return `archived the board “${m.name}”`;
    case "BOARD_UNARCHIVED":
      return `reopened the board “${m.name}”`;
    case "CHECKPOINT_CREATED":
      return `saved the checkpoint “${m.name}” (version ${m.version})`;
    case "CHECKPOINT_DELETED":
      return `deleted the checkpoint “${m.name}”`;
    case "COMMENT_ADDED":
    case "COMMENT_EDITED": {
      const body = String(m.body ?? m.after?.body ?? "");
      const said = `“${body.length > 60 ? `${body.slice(0, 60)}…` : body}”`;
      return a.action === "COMMENT_ADDED" ? `commented ${said}` : `edited a comment: ${said}`;
    }
    case "COMMENT_DELETED":
      return "deleted a comment";
  }
  return lower(a.action).replaceAll("_", " ");
}
