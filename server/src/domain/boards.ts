import { GAP } from "@taskgraph/core";
import type { Context } from "../context.js";
import { badInput, conflict, notFound, unauthenticated } from "../errors.js";
import type { Board, PrismaClient } from "../generated/prisma/client.js";
import { commitChange, type Tx } from "./changes.js";
import { operationPermission } from "./permissions.js";

export const BOARD_NAME_MAX = 100;

type Db = Tx | PrismaClient;

/** Where tasks go when a caller names no board (repository sync, import, old clients): the first open board. */
export async function defaultBoardId(tx: Tx, workspaceId: string): Promise<string> {
  const board = await tx.board.findFirst({
    where: { workspaceId, archivedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (board) return board.id;
  // A workspace always keeps an open board (archiving the last is refused); one made another way gets one here.
  const created = await tx.board.create({ data: { workspaceId, name: "Main", position: GAP } });
  return created.id;
}

/**
 * The board that log entries naming no board refer to: entries from before boards existed, when the workspace
 * had one board, which the migration kept as its oldest.
 */
export async function legacyBoardId(db: Db, workspaceId: string): Promise<string | null> {
  const board = await db.board.findFirst({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  return board?.id ?? null;
}

/** A board of the workspace that can take tasks: BAD_USER_INPUT for another workspace's, CONFLICT for an archived one. */
export async function openBoard(tx: Tx, workspaceId: string, boardId: string, field = "boardId"): Promise<Board> {
  const board = await tx.board.findUnique({ where: { id: boardId } });
  if (!board || board.workspaceId !== workspaceId) throw badInput("boardId must be a board of the same workspace.", field);
  if (board.archivedAt) throw conflict("BOARD_ARCHIVED", "That board is archived: reopen it first.");
  return board;
}

/**
 * The board and the caller's role in its workspace, once per request: the scope check and the change share
 * it. A board in a workspace the caller is not in reads like one that does not exist.
 */
export function boardForCaller(ctx: Context, boardId: string): Promise<Board> {
  return ctx.once(`board:${boardId}`, async () => {
    if (!ctx.user) throw unauthenticated();
    const board = await ctx.prisma.board.findUnique({ where: { id: boardId } });
    if (!board || !(await ctx.roleIn(board.workspaceId))) throw notFound("Board");
    return board;
  });
}

export function createBoard(ctx: Context, input: { workspaceId: string; name: string }): Promise<Board> {
  const name = input.name.trim();
  return commitChange(ctx, input.workspaceId, operationPermission.createBoard, async (tx) => {
    const last = await tx.board.findFirst({
      where: { workspaceId: input.workspaceId },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const board = await tx.board.create({ data: { workspaceId: input.workspaceId, name, position: (last?.position ?? 0) + GAP } });
    return { result: board, events: [{ action: "BOARD_CREATED", entityType: "Board", entityId: board.id, metadata: { name } }] };
  });
}

export async function renameBoard(ctx: Context, input: { boardId: string; name: string }): Promise<Board> {
  const name = input.name.trim();
  const known = await boardForCaller(ctx, input.boardId);
  return commitChange(ctx, known.workspaceId, operationPermission.renameBoard, async (tx) => {
    const before = await tx.board.findUniqueOrThrow({ where: { id: known.id } });
    if (before.name === name) return { result: before, events: [] };
    const after = await tx.board.update({ where: { id: known.id }, data: { name } });
    return {
      result: after,
      events: [
        { action: "BOARD_RENAMED", entityType: "Board", entityId: after.id, metadata: { before: { name: before.name }, after: { name } } },
      ],
    };
  });
}

/** Archives (hides, keeping its tasks and history) or reopens a board. The last open board cannot be archived. */
export async function archiveBoard(ctx: Context, input: { boardId: string; archived: boolean }): Promise<Board> {
  const known = await boardForCaller(ctx, input.boardId);
  return commitChange(ctx, known.workspaceId, operationPermission.archiveBoard, async (tx) => {
    const before = await tx.board.findUniqueOrThrow({ where: { id: known.id } });
    if ((before.archivedAt !== null) === input.archived) return { result: before, events: [] };
    if (input.archived) {
      const open = await tx.board.count({ where: { workspaceId: before.workspaceId, archivedAt: null } });
      if (open <= 1) throw conflict("LAST_BOARD", "A workspace keeps at least one open board: create another before archiving this one.");
    }
    const after = await tx.board.update({ where: { id: known.id }, data: { archivedAt: input.archived ? new Date() : null } });
    return {
      result: after,
      events: [
        {
          action: input.archived ? "BOARD_ARCHIVED" : "BOARD_UNARCHIVED",
          entityType: "Board",
          entityId: after.id,
          metadata: { name: after.name },
        },
      ],
    };
  });
}
