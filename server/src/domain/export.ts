import type { PrismaClient } from "../generated/prisma/client.js";

/** Rows read per query: memory stays flat whatever the board's size. */
const PAGE = 1000;

export interface ExportRow {
  id: string;
  title: string;
  description: string;
  status: string;
  priority: string;
  board: string | null;
  assignee: string | null;
  labelIds: string[];
  dueAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The workspace's live tasks a page at a time, in id order (a keyset, so each page is an index range). */
export async function* exportRows(db: PrismaClient, workspaceId: string): AsyncGenerator<ExportRow> {
  let after = "";
  for (;;) {
    const rows = await db.$queryRaw<ExportRow[]>`
      SELECT t.id, t.title, t.description, t.status::text AS status, t.priority::text AS priority, b.name AS board,
        u.email AS assignee, t."labelIds", t."dueAt", t."createdAt", t."updatedAt"
      FROM "Task" t
      LEFT JOIN "User" u ON u.id = t."assigneeId"
      LEFT JOIN "Board" b ON b.id = t."boardId"
      WHERE t."workspaceId" = ${workspaceId} AND t."deletedAt" IS NULL AND t.id > ${after}
      ORDER BY t.id
      LIMIT ${PAGE}`;
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

export const csvColumns = [
  "id",
  "title",
  "description",
  "status",
  "priority",
  "board",
  "assignee",
  "labels",
  "dueAt",
  "createdAt",
  "updatedAt",
] as const;

/**
 * One CSV field (RFC 4180). A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe, so opening an export cannot execute what someone typed into a task.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const iso = (d: Date | string | null) => (d === null ? "" : new Date(d).toISOString());

export async function* exportCsv(db: PrismaClient, workspaceId: string): AsyncGenerator<string> {
  const labels = await labelNames(db, workspaceId);
  yield `${csvColumns.join(",")}\r\n`;
  for await (const t of exportRows(db, workspaceId)) {
    const names = t.labelIds.flatMap((id) => labels.get(id) ?? []).join("; ");
    const cells = [
      t.id,
      t.title,
      t.description,
      t.status,
      t.priority,
      t.board ?? "",
      t.assignee ?? "",
      names,
      iso(t.dueAt),
      iso(t.createdAt),
      iso(t.updatedAt),
    ];
    yield `${cells.map(csvField).join(",")}\r\n`;
  }
}

/** `{ workspace, labels, tasks: [...] }`, written task by task. */
export async function* exportJson(db: PrismaClient, workspaceId: string): AsyncGenerator<string> {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { id: true, name: true, version: true } });
  const labels = await db.label.findMany({
    where: { workspaceId },
    select: { id: true, name: true, color: true },
    orderBy: { name: "asc" },
  });
  const names = new Map(labels.map((l) => [l.id, l.name]));
  yield `{"exportedAt":${JSON.stringify(new Date().toISOString())},"workspace":${JSON.stringify(workspace)},"labels":${JSON.stringify(labels)},"tasks":[`;
  let first = true;
  for await (const t of exportRows(db, workspaceId)) {
    const task = {
      id: t.id,
      title: t.title,
      description: t.description,
      status: t.status,
      priority: t.priority,
      board: t.board,
      assignee: t.assignee,
      labels: t.labelIds.flatMap((id) => names.get(id) ?? []),
      dueAt: t.dueAt && iso(t.dueAt),
      createdAt: iso(t.createdAt),
      updatedAt: iso(t.updatedAt),
    };
    yield `${first ? "" : ","}\n${JSON.stringify(task)}`;
    first = false;
  }
  yield "\n]}\n";
}

async function labelNames(db: PrismaClient, workspaceId: string): Promise<Map<string, string>> {
  const labels = await db.label.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  return new Map(labels.map((l) => [l.id, l.name]));
}
