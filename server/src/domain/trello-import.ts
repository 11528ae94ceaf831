import { GAP } from "@taskgraph/core";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import type { Prisma, Task, TaskStatus } from "../generated/prisma/client.js";
import { defaultBoardId } from "./boards.js";
import { commitChange, type EventDraft, type Tx } from "./changes.js";
import { ensureLabel, labelLimits } from "./labels.js";
import { operationPermission } from "./permissions.js";
import { loggedState } from "./tasks.js";
import { limits } from "./validate.js";

/** The upload limit of the import route (IMPORT_MAX_BYTES); the GraphQL body limit stays at 1 MB. */
export const importMaxBytes = Number(process.env.IMPORT_MAX_BYTES) || 10_000_000;
export const importLimits = { cards: 5000 };
const statuses: TaskStatus[] = ["TODO", "IN_PROGRESS", "DONE", "BLOCKED"];

/** The parts of a Trello board export (Menu → Print and export → JSON) that become tasks. */
interface TrelloBoard {
  name: string;
  lists: { id: string; name: string; closed: boolean }[];
  cards: {
    id: string;
    name: string;
    desc: string;
    idList: string;
    idLabels: string[];
    idMembers: string[];
    due: string | null;
    closed: boolean;
  }[];
  labels: { id: string; name: string; color: string | null }[];
  members: { id: string; fullName: string; email: string | null }[];
}

export interface ImportPlan {
  boardName: string;
  /** Every open list, the status its cards get, and how that was decided. */
  lists: { id: string; name: string; status: TaskStatus; by: "MAPPING" | "NAME" | "DEFAULT"; cards: number }[];
  tasks: { title: string; description: string; status: TaskStatus; labels: string[]; dueAt: Date | null; assigneeId: string | null }[];
  /** Labels the import would create (the workspace has none of that name yet). */
  newLabels: { name: string; color: string }[];
  /** Trello members no workspace member matches by email: their cards stay unassigned. */
  unmatchedMembers: string[];
  skippedArchived: number;
}

// Trello's named colours, as its UI draws them.
const trelloColors: Record<string, string> = {
  green: "#4bce97",
  yellow: "#f5cd47",
  orange: "#fea362",
  red: "#f87168",
  purple: "#9f8fef",
  blue: "#579dff",
  sky: "#6cc3e0",
  lime: "#94c748",
  pink: "#e774bb",
  black: "#8590a2",
};
const colorOf = (name: string | null) => trelloColors[(name ?? "").replace(/_(dark|light)$/, "")] ?? "#8590a2";

/** Lists named like a status land there without a mapping ("Doing" → IN_PROGRESS). */
function statusByName(name: string): TaskStatus | null {
  const n = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  if (["todo", "backlog", "todos", "next", "upnext", "ideas", "new"].includes(n)) return "TODO";
  if (["doing", "inprogress", "wip", "started", "review", "inreview", "ongoing"].includes(n)) return "IN_PROGRESS";
  if (["done", "complete", "completed", "finished", "shipped", "closed"].includes(n)) return "DONE";
  if (["blocked", "onhold", "waiting", "stuck"].includes(n)) return "BLOCKED";
  return null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = "") => (typeof v === "string" ? v : fallback);

/** Checks the uploaded document's shape; anything else is a clear BAD_USER_INPUT naming what is wrong. */
export function parseTrello(text: string): TrelloBoard {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw badInput("The file is not JSON. Export the board from Trello with Menu → Print and export → Export as JSON.", "file");
  }
  if (!isObject(doc) || !Array.isArray(doc.lists) || !Array.isArray(doc.cards)) {
    throw badInput("This JSON is not a Trello board export: it has no lists and cards.", "file");
  }
  if (doc.cards.length > importLimits.cards)
    throw badInput(`A board of at most ${importLimits.cards} cards can be imported at once.`, "file", "OUT_OF_RANGE");
  const bad = (what: string, i: number) => badInput(`Trello ${what} #${i + 1} is malformed.`, "file");
  const lists = doc.lists.map((l, i) => {
    if (!isObject(l) || typeof l.id !== "string" || typeof l.name !== "string") throw bad("list", i);
    return { id: l.id, name: l.name, closed: l.closed === true };
  });
  const cards = doc.cards.map((c, i) => {
    if (!isObject(c) || typeof c.id !== "string" || typeof c.name !== "string" || typeof c.idList !== "string") throw bad("card", i);
    const due = c.due == null ? null : str(c.due);
    if (due !== null && Number.isNaN(Date.parse(due))) throw bad("card due date of card", i);
    return {
      id: c.id,
      name: c.name,
      desc: str(c.desc),
      idList: c.idList,
      idLabels: Array.isArray(c.idLabels) ? c.idLabels.filter((x): x is string => typeof x === "string") : [],
      idMembers: Array.isArray(c.idMembers) ? c.idMembers.filter((x): x is string => typeof x === "string") : [],
      due,
      closed: c.closed === true,
    };
  });
  const labels = (Array.isArray(doc.labels) ? doc.labels : []).flatMap((l) =>
    isObject(l) && typeof l.id === "string" ? [{ id: l.id, name: str(l.name), color: typeof l.color === "string" ? l.color : null }] : [],
  );
  const members = (Array.isArray(doc.members) ? doc.members : []).flatMap((m) =>
    isObject(m) && typeof m.id === "string"
      ? [{ id: m.id, fullName: str(m.fullName, str(m.username)), email: typeof m.email === "string" ? m.email.toLowerCase() : null }]
      : [],
  );
  return { name: str(doc.name, "Trello board"), lists, cards, labels, members };
}

/** What the import would create, read-only: the dry run shows exactly this, and the import writes exactly this. */
export async function planImport(
  db: Tx | Context["prisma"],
  workspaceId: string,
  board: TrelloBoard,
  mapping: Record<string, string>,
): Promise<ImportPlan> {
  for (const [list, status] of Object.entries(mapping)) {
    if (!statuses.includes(status as TaskStatus))
      throw badInput(`The mapping of "${list}" must be one of ${statuses.join(", ")}.`, "mapping");
  }
  const openCards = board.cards.filter((c) => !c.closed);
  const lists = board.lists
    .filter((l) => !l.closed)
    .map((l) => {
      const mapped = (mapping[l.id] ?? mapping[l.name]) as TaskStatus | undefined;
      const named = statusByName(l.name);
      return {
        id: l.id,
        name: l.name,
        status: mapped ?? named ?? "TODO",
        by: mapped ? ("MAPPING" as const) : named ? ("NAME" as const) : ("DEFAULT" as const),
        cards: openCards.filter((c) => c.idList === l.id).length,
      };
    });
  const listStatus = new Map(lists.map((l) => [l.id, l.status]));
  const members = await db.membership.findMany({ where: { workspaceId }, select: { userId: true, user: { select: { email: true } } } });
  const byEmail = new Map(members.map((m) => [m.user.email.toLowerCase(), m.userId]));
  const memberUser = new Map(board.members.map((m) => [m.id, m.email ? (byEmail.get(m.email) ?? null) : null]));
  const unmatched = board.members.filter((m) => !memberUser.get(m.id)).map((m) => m.fullName || m.id);
  // Trello allows unnamed labels (a colour only): they are named after their colour here.
  const labelName = (l: TrelloBoard["labels"][number]) => (l.name.trim() || l.color || "label").slice(0, labelLimits.name);
  const trelloLabels = new Map(board.labels.map((l) => [l.id, { name: labelName(l), color: colorOf(l.color) }]));
  const existing = new Set((await db.label.findMany({ where: { workspaceId }, select: { name: true } })).map((l) => l.name));
  const newLabels = new Map<string, string>();
  const tasks = openCards
    .filter((c) => listStatus.has(c.idList))
    .map((c) => {
      const labels = [...new Set(c.idLabels.flatMap((id) => (trelloLabels.has(id) ? [trelloLabels.get(id)!.name] : [])))].slice(
        0,
        labelLimits.perTask,
      );
      for (const id of c.idLabels) {
        const l = trelloLabels.get(id);
        if (l && !existing.has(l.name)) newLabels.set(l.name, l.color);
      }
      return {
        title: (c.name.trim() || "Untitled card").slice(0, limits.title),
        description: c.desc.slice(0, limits.description),
        status: listStatus.get(c.idList)!,
        labels,
        dueAt: c.due ? new Date(c.due) : null,
        assigneeId: c.idMembers.map((id) => memberUser.get(id)).find((u): u is string => !!u) ?? null,
      };
    });
  return {
    boardName: board.name,
    lists,
    tasks,
    newLabels: [...newLabels].map(([name, color]) => ({ name, color })),
    unmatchedMembers: unmatched,
    skippedArchived: board.cards.length - openCards.length,
  };
}

export interface ImportResult {
  plan: ImportPlan;
  created: number;
}

/**
 * The import as ONE change: one transaction; a TASK_CREATED entry per card, so live boards, history and
 * analytics see each task, grouped so that one undo removes them all.
 */
export async function importTrello(
  ctx: Context,
  workspaceId: string,
  board: TrelloBoard,
  mapping: Record<string, string>,
  dryRun: boolean,
): Promise<ImportResult> {
  if (dryRun) {
    return { plan: await planImport(ctx.prisma, workspaceId, board, mapping), created: 0 };
  }
  return commitChange(ctx, workspaceId, operationPermission.importTrello, async (tx, actor) => {
    const plan = await planImport(tx, workspaceId, board, mapping);
    const events: EventDraft[] = [];
    const labelIds = new Map<string, string>();
    for (const name of new Set(plan.tasks.flatMap((t) => t.labels))) {
      const color = plan.newLabels.find((l) => l.name === name)?.color ?? "#8590a2";
      labelIds.set(name, (await ensureLabel(tx, workspaceId, name, color, events)).id);
    }
    const boardId = await defaultBoardId(tx, workspaceId);
    const bottoms = new Map<TaskStatus, number>();
    for (const status of statuses) {
      const last = await tx.task.findFirst({
        where: { boardId, status, deletedAt: null },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      bottoms.set(status, last?.position ?? 0);
    }
    const data: Prisma.TaskCreateManyInput[] = plan.tasks.map((t) => {
      const position = bottoms.get(t.status)! + GAP;
      bottoms.set(t.status, position);
      return {
        workspaceId,
        boardId,
        title: t.title,
        description: t.description,
        status: t.status,
        assigneeId: t.assigneeId,
        labelIds: t.labels.map((n) => labelIds.get(n)!),
        dueAt: t.dueAt,
        createdById: actor.userId,
        position,
      };
    });
    const tasks: Task[] = data.length ? await tx.task.createManyAndReturn({ data }) : [];
    // The cards' entries sit at consecutive versions after the labels'; the first carries `group`, so undo
    // and redo take the whole import back and forth as one change (undo.ts).
    tasks.forEach((task, i) => {
      events.push({
        action: "TASK_CREATED",
        entityType: "Task",
        entityId: task.id,
        metadata: { after: loggedState(task), importedFrom: "trello", ...(i === 0 ? { group: tasks.length } : {}) },
        undoable: i === 0,
      });
    });
    return { result: { plan, created: tasks.length }, events };
  });
}
