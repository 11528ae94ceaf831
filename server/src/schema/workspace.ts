import type { Context } from "../context.js";
import { operationPermission } from "../domain/permissions.js";
import { createWorkspace, renameWorkspace } from "../domain/workspaces.js";
import { BoardNode } from "./board.js";
import { builder, inWorkspace } from "./builder.js";
import { RoleEnum } from "./enums.js";
import { taskListArgs, taskListOrder, taskListValidation, taskListWhere } from "./task-filters.js";
import { atLeast, between, workspaceName } from "./validation.js";

interface EventPage {
  workspaceId: string;
  since: number;
  first: number;
}

const EventPageRef = builder.objectRef<EventPage>("EventPage").implement({
  description: "A slice of the workspace's log for clients that poll: events after `since`, oldest first.",
  fields: (t) => ({
    events: t.prismaField({
      type: ["Event"],
      resolve: (query, page, _args, ctx) =>
        ctx.prisma.event.findMany({
          ...query,
          where: { workspaceId: page.workspaceId, version: { gt: page.since } },
          orderBy: { version: "asc" },
          take: page.first,
        }),
    }),
    hasMore: t.boolean({
      description: "More events follow the last one returned: ask again with since = its version.",
      resolve: async (page, _args, ctx) =>
        (await ctx.prisma.event.count({ where: { workspaceId: page.workspaceId, version: { gt: page.since } } })) > page.first,
    }),
  }),
});

const visibleTo = (userId: string | undefined) => ({ memberships: { some: { userId: userId ?? "" } } });

/** Workspaces read through `visibleTo`: the caller is a member of each, so reading them needs no role lookup. */
function proven<W extends { id: string }>(ctx: Context, workspaces: W[]): W[] {
  for (const workspace of workspaces) ctx.provenMember.add(workspace.id);
  return workspaces;
}

export const WorkspaceNode = builder.prismaNode("Workspace", {
  id: { field: "id" },
  nullable: true,
  // Node lookups and every path to a workspace show it to its members only.
  findUnique: (id, ctx) => ({ id, ...visibleTo(ctx.user?.id) }),
  // Every role may read; a workspace this request found through the membership filter needs no second look.
  authScopes: (workspace, ctx) =>
    ctx.provenMember.has(workspace.id) || { workspace: { workspaceId: workspace.id, permission: operationPermission.read } },
  fields: (t) => ({
    name: t.exposeString("name"),
    version: t.exposeInt("version", { description: "The version of the newest event in this workspace's log." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    myRole: t.field({
      type: RoleEnum,
      resolve: async (workspace, _args, ctx) => (await ctx.roleIn(workspace.id))!,
    }),
    members: t.relation("memberships", { query: { orderBy: [{ joinedAt: "asc" }, { userId: "asc" }] } }),
    invitations: t.relation("invitations", {
      description: "Invitations not yet accepted.",
      query: { where: { status: "PENDING" }, orderBy: { createdAt: "desc" } },
    }),
    tasks: t.relatedConnection("tasks", {
      cursor: "id",
      totalCount: true,
      defaultSize: 100,
      maxSize: 1000,
      args: {
        ...taskListArgs(t),
        boardId: t.arg.globalID({ description: "Only this board's tasks (Board.tasks reads the same).", for: BoardNode }),
      },
      validate: taskListValidation,
      query: (args) => ({
        where: { ...taskListWhere(args), ...(args.boardId ? { boardId: args.boardId.id } : {}) },
        orderBy: taskListOrder,
      }),
    }),
    events: t.field({
      type: EventPageRef,
      args: {
        since: t.arg.int({ required: true, validate: { schema: atLeast(0) } }),
        first: t.arg.int({ description: "At most 500; default 100.", validate: { schema: between(1, 500) } }),
      },
      resolve: (workspace, args) => ({ workspaceId: workspace.id, since: args.since, first: args.first ?? 100 }),
    }),
    activity: t.relatedConnection("events", {
      cursor: "id",
      description: "The workspace's log, newest first.",
      query: { orderBy: { version: "desc" } },
    }),
  }),
});

builder.queryFields((t) => ({
  workspaces: t.prismaField({
    type: ["Workspace"],
    authScopes: { signedIn: true },
    resolve: async (query, _root, _args, ctx) =>
      proven(ctx, await ctx.prisma.workspace.findMany({ ...query, where: visibleTo(ctx.user?.id), orderBy: { createdAt: "asc" } })),
  }),
  workspace: t.prismaField({
    type: "Workspace",
    nullable: true,
    description: "Null for workspaces you are not a member of: their existence is not revealed.",
    args: { id: t.arg.globalID({ required: true, for: WorkspaceNode }) },
    resolve: async (query, _root, args, ctx) => {
      if (!ctx.user) return null;
      const workspace = await ctx.prisma.workspace.findFirst({ ...query, where: { id: args.id.id, ...visibleTo(ctx.user.id) } });
      return workspace && proven(ctx, [workspace])[0];
    },
  }),
}));

const CreateWorkspaceInput = builder.inputType("CreateWorkspaceInput", {
  fields: (t) => ({ name: t.string({ required: true, validate: { schema: workspaceName } }) }),
});
const RenameWorkspaceInput = builder.inputType("RenameWorkspaceInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    name: t.string({ required: true, validate: { schema: workspaceName } }),
  }),
});

builder.mutationFields((t) => ({
  createWorkspace: t.prismaField({
    type: "Workspace",
    args: { input: t.arg({ type: CreateWorkspaceInput, required: true }) },
    authScopes: { signedIn: true },
    resolve: async (query, _root, { input }, ctx) => {
      const workspace = await createWorkspace(ctx, input.name);
      return ctx.prisma.workspace.findUniqueOrThrow({ ...query, where: { id: workspace.id } });
    },
  }),
  renameWorkspace: t.prismaField({
    type: "Workspace",
    args: { input: t.arg({ type: RenameWorkspaceInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.renameWorkspace),
    resolve: async (query, _root, { input }, ctx) => {
      const workspace = await renameWorkspace(ctx, input.workspaceId.id, input.name);
      return ctx.prisma.workspace.findUniqueOrThrow({ ...query, where: { id: workspace.id } });
    },
  }),
}));
