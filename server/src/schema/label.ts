import { createLabel, deleteLabel, updateLabel, workspaceLabels } from "../domain/labels.js";
import { operationPermission } from "../domain/permissions.js";
import { builder, inWorkspace } from "./builder.js";
import { decodeId, decodeWorkspaceId, encodeId } from "./ids.js";
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

builder.objectField(WorkspaceNode, "labels", (t) =>
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
    workspaceId: t.id({ required: true }),
    name: t.string({ required: true, description: "1 to 50 characters after trimming; unique in the workspace." }),
    color: t.string({ required: true, description: "#rrggbb." }),
  }),
});
const UpdateLabelInput = builder.inputType("UpdateLabelInput", {
  fields: (t) => ({ id: t.id({ required: true }), name: t.string(), color: t.string() }),
});

const labelId = (value: string | number) => decodeId(String(value), "Label", "id");

builder.mutationFields((t) => ({
  createLabel: t.prismaField({
    type: "Label",
    description: "ADMIN and up.",
    args: { input: t.arg({ type: CreateLabelInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.createLabel),
    resolve: (_query, _root, { input }, ctx) => createLabel(ctx, decodeWorkspaceId(input.workspaceId), input),
  }),
  updateLabel: t.prismaField({
    type: "Label",
    description: "ADMIN and up.",
    args: { input: t.arg({ type: UpdateLabelInput, required: true }) },
    authScopes: { signedIn: true },
    resolve: (_query, _root, { input }, ctx) => updateLabel(ctx, labelId(input.id), input),
  }),
  deleteLabel: t.id({
    description: "ADMIN and up. Returns the deleted label's ID; tasks lose the label.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: { signedIn: true },
    resolve: async (_root, args, ctx) => encodeId("Label", (await deleteLabel(ctx, labelId(args.id))).id),
  }),
}));
