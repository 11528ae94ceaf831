import type { Context } from "../context.js";
import { createLabel, deleteLabel, labelLimits, updateLabel, workspaceLabels } from "../domain/labels.js";
import { operationPermission, type Permission } from "../domain/permissions.js";
import { notFound, unauthenticated } from "../errors.js";
import { builder, inWorkspace } from "./builder.js";
import { encodeId, workspaceIdOf } from "./ids.js";
import { text } from "./validation.js";
import { WorkspaceNode } from "./workspace.js";

export const LabelNode = builder.prismaNode("Label", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } }),
  fields: (t) => ({
    name: t.exposeString("name"),
    color: t.exposeString("color", { description: "#rrggbb, lower case." }),
  }),
});

builder.prismaObjectField("Workspace", "labels", (t) =>
  t.prismaField({
    type: ["Label"],
    description: "The workspace's labels by name.",
    resolve: (query, workspace, _args, ctx) =>
      ctx.prisma.label.findMany({ ...query, where: { workspaceId: workspace.id }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
);

builder.prismaObjectField("Task", "labels", (t) =>
  t.field({
    type: [LabelNode],
    description: "In the order they were applied; a deleted label disappears from every task.",
    select: { labelIds: true, workspaceId: true },
    resolve: async (task, _args, ctx) => {
      const labels = await workspaceLabels(ctx, task.workspaceId);
      return task.labelIds.flatMap((id) => labels.get(id) ?? []);
    },
  }),
);

const CreateLabelInput = builder.inputType("CreateLabelInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    name: t.string({
      required: true,
      description: "1 to 50 characters after trimming; unique in the workspace.",
      validate: { schema: labelName },
    }),
    color: t.string({ required: true, description: "#rrggbb." }),
  }),
});
const UpdateLabelInput = builder.inputType("UpdateLabelInput", {
  fields: (t) => ({
    id: t.globalID({ required: true, for: LabelNode }),
    name: t.string({ validate: { schema: labelName } }),
    color: t.string(),
  }),
});

const labelName = text.required(labelLimits.name);

/** A label's workspace, for the scope check: NOT_FOUND for non-members, as for anything else of theirs. */
async function labelScope(ctx: Context, id: { id: string }, permission: Permission) {
  if (!ctx.user) throw unauthenticated();
  const label = await ctx.prisma.label.findUnique({ where: { id: id.id }, select: { workspaceId: true } });
  if (!label || !(await ctx.roleIn(label.workspaceId))) throw notFound("Label");
  return { workspace: { workspaceId: label.workspaceId, permission } };
}

builder.mutationFields((t) => ({
  createLabel: t.prismaField({
    type: "Label",
    description: "ADMIN and up.",
    args: { input: t.arg({ type: CreateLabelInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.createLabel),
    resolve: (_query, _root, { input }, ctx) => createLabel(ctx, workspaceIdOf(input.workspaceId), input),
  }),
  updateLabel: t.prismaField({
    type: "Label",
    description: "ADMIN and up.",
    args: { input: t.arg({ type: UpdateLabelInput, required: true }) },
    authScopes: (_root, { input }, ctx) => labelScope(ctx, input.id, operationPermission.updateLabel),
    resolve: (_query, _root, { input }, ctx) => updateLabel(ctx, input.id.id, input),
  }),
  deleteLabel: t.id({
    description: "ADMIN and up. Returns the deleted label's ID; tasks lose the label.",
    args: { id: t.arg.globalID({ required: true, for: LabelNode }) },
    authScopes: (_root, args, ctx) => labelScope(ctx, args.id, operationPermission.deleteLabel),
    resolve: async (_root, args, ctx) => encodeId("Label", (await deleteLabel(ctx, args.id.id)).id),
  }),
}));
