import type { Context } from "../context.js";
import { legacyBoardId } from "../domain/boards.js";
import { badInput } from "../errors.js";
import { eventRow } from "../realtime/event-state.js";
import type { WorkspaceEvent } from "../realtime/pubsub.js";

/** A board ID argument of a workspace subscription: a board of that workspace, else BAD_USER_INPUT. */
export async function boardOfWorkspace(
  ctx: Context,
  workspaceId: string,
  boardId: { id: string },
): Promise<{ id: string; legacy: string | null }> {
  const { id } = boardId;
  const board = await ctx.prisma.board.findUnique({ where: { id }, select: { workspaceId: true } });
  if (!board || board.workspaceId !== workspaceId) throw badInput("boardId must be a board of this workspace.", "boardId");
  return { id, legacy: await legacyBoardId(ctx.prisma, workspaceId) };
}

type Logged = { boardId?: string; deleted?: boolean } | undefined;

/**
 * The task events that concern a board: its task was on the board before the change or is after it. The log
 * entry (read once per event per instance, shared) says; entries from before boards existed name no board and
 * mean the oldest one.
 */
export async function* onBoard(ctx: Context, events: AsyncIterable<WorkspaceEvent>, board: { id: string; legacy: string | null }) {
  const boardOf = (state: Logged) => (state && !state.deleted ? (state.boardId ?? board.legacy) : undefined);
  for await (const event of events) {
    const { before, after } = ((await eventRow(ctx.prisma, event)).metadata ?? {}) as { before?: Logged; after?: Logged };
    if (boardOf(before) === board.id || boardOf(after) === board.id) yield event;
  }
}
