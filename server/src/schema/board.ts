import type { Context } from "../context.js";
import { archiveBoard, BOARD_NAME_MAX, boardForCaller, createBoard, renameBoard } from "../domain/boards.js";
import { operationPermission, type Permission } from "../domain/permissions.js";
import { builder, type InputFields, inWorkspace } from "./builder.js";
import { workspaceIdOf } from "./ids.js";
import { taskListArgs, taskListOrder, taskListValidation, taskListWhere } from "./task-filters.js";
import { text } from "./validation.js";
import { WorkspaceNode } from "./workspace.js";

const visibleTo = (ctx: Context) => ({ workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } });

export const BoardNode = builder.prismaNode("Board", {
  id: { field: "id" },
  nullable: true,
  description: "A board (project) of a workspace. Who may see and change it is the workspace's business: its members and their roles.",
  findUnique: (id, ctx) => ({ id, ...visibleTo(ctx) }),
  fields: (t) => ({
    name: t.exposeString("name"),
    workspace: t.relation("workspace"),
    position: t.exposeFloat("position", { description: "Order among the workspace's boards, ascending." }),
    archived: t.boolean({ select: { archivedAt: true }, resolve: (board) => board.archivedAt !== null }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    version: t.int({
      description:
        "The workspace log's version: boards share their workspace's one log, so this is the `since` to resume taskChanged(boardId) from.",
      select: { workspace: { select: { version: true } } },
      resolve: (board) => board.workspace.version,
    }),
    tasks: t.relatedConnection("tasks", {
      cursor: "id",
      totalCount: true,
      defaultSize: 100,
      maxSize: 1000,
      args: taskListArgs(t),
      validate: taskListValidation,
      query: (args) => ({ where: taskListWhere(args), orderBy: taskListOrder }),
    }),
  }),
});

builder.prismaObjectField("Workspace", "boards", (t) =>
  t.relation("boards", {
    description: "The workspace's boards in switcher order; archived ones only with includeArchived.",
    args: { includeArchived: t.arg.boolean({ defaultValue: false }) },
    query: (args) => ({
      where: args.includeArchived ? {} : { archivedAt: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
  }),
);

builder.prismaObjectField("Task", "board", (t) => t.relation("board"));

const boardName = (t: InputFields) =>
  t.string({
    required: true,
    description: `1 to ${BOARD_NAME_MAX} characters after trimming.`,
    validate: { schema: text.required(BOARD_NAME_MAX) },
  });

const CreateBoardInput = builder.inputType("CreateBoardInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    name: boardName(t),
  }),
});
const RenameBoardInput = builder.inputType("RenameBoardInput", {
  fields: (t) => ({ boardId: t.globalID({ required: true, for: BoardNode }), name: boardName(t) }),
});
const ArchiveBoardInput = builder.inputType("ArchiveBoardInput", {
  fields: (t) => ({
    boardId: t.globalID({ required: true, for: BoardNode }),
    archived: t.boolean({ defaultValue: true, description: "false reopens an archived board." }),
  }),
});

/** The scope for a board mutation: the permission in the workspace the board belongs to. */
async function boardScope(ctx: Context, boardId: { id: string }, permission: Permission) {
  const board = await boardForCaller(ctx, boardId.id);
  return { workspace: { workspaceId: board.workspaceId, permission } };
}

builder.mutationFields((t) => ({
  createBoard: t.prismaField({
    type: "Board",
    description: "Adds a board to the workspace (ADMIN and up).",
    args: { input: t.arg({ type: CreateBoardInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.createBoard),
    resolve: async (query, _root, { input }, ctx) => {
      const board = await createBoard(ctx, { workspaceId: workspaceIdOf(input.workspaceId), name: input.name });
      return ctx.prisma.board.findUniqueOrThrow({ ...query, where: { id: board.id } });
    },
  }),
  renameBoard: t.prismaField({
    type: "Board",
    description: "ADMIN and up.",
    args: { input: t.arg({ type: RenameBoardInput, required: true }) },
    authScopes: (_root, { input }, ctx) => boardScope(ctx, input.boardId, operationPermission.renameBoard),
    resolve: async (query, _root, { input }, ctx) => {
      const board = await renameBoard(ctx, { boardId: input.boardId.id, name: input.name });
      return ctx.prisma.board.findUniqueOrThrow({ ...query, where: { id: board.id } });
    },
  }),
  archiveBoard: t.prismaField({
    type: "Board",
    description:
      "Archives a board, keeping its tasks and history (ADMIN and up); archived: false reopens it. CONFLICT (LAST_BOARD) for the last open board.",
    args: { input: t.arg({ type: ArchiveBoardInput, required: true }) },
    authScopes: (_root, { input }, ctx) => boardScope(ctx, input.boardId, operationPermission.archiveBoard),
    resolve: async (query, _root, { input }, ctx) => {
      const board = await archiveBoard(ctx, { boardId: input.boardId.id, archived: input.archived ?? true });
      return ctx.prisma.board.findUniqueOrThrow({ ...query, where: { id: board.id } });
    },
  }),
}));
