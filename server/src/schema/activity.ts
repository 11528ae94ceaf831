import { builder } from "./builder.js";
import { ActivityActionEnum } from "./enums.js";
import { encodeId, type NodeType } from "./ids.js";
import { UserNode } from "./user.js";

export const EntityTypeEnum = builder.enumType("EntityType", {
  values: ["Workspace", "Member", "Invitation", "Task", "Label", "Board", "Checkpoint", "Comment"] as const,
});

// A Member's log entries name the member's user, whose ID clients already hold.
const entityNodeType = (entityType: string): NodeType => (entityType === "Member" ? "User" : (entityType as NodeType));

builder.prismaNode("Event", {
  name: "Activity",
  description: "One entry of a workspace's append-only log.",
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } }),
  fields: (t) => ({
    version: t.exposeInt("version", { description: "Gap-free, strictly increasing within the workspace." }),
    action: t.field({ type: ActivityActionEnum, resolve: (e) => e.action as never }),
    actor: t.relation("actor"),
    entityType: t.field({ type: EntityTypeEnum, resolve: (e) => e.entityType as never }),
    entityId: t.id({
      description: "The global ID of the changed entity (a User for Member entries).",
      resolve: (e) => encodeId(entityNodeType(e.entityType), e.entityId),
    }),
    // A plain field, not prismaField: most entries have no subject, and Pothos warns of an unused query selection.
    subject: t.field({
      type: UserNode,
      nullable: true,
      description: "For a Member entry, the member it is about (whose role changed, who joined or was removed); else null.",
      resolve: (e, _args, ctx) => (e.entityType === "Member" ? ctx.prisma.user.findUnique({ where: { id: e.entityId } }) : null),
    }),
    metadata: t.expose("metadata", { type: "JSON", description: "What changed: before/after values." }),
    before: t.field({
      type: "JSON",
      nullable: true,
      description: "The entity's values before this change, where the log keeps them.",
      resolve: (e) => (e.metadata as { before?: unknown } | null)?.before ?? null,
    }),
    after: t.field({
      type: "JSON",
      nullable: true,
      description: "The entity's values after this change.",
      resolve: (e) => (e.metadata as { after?: unknown } | null)?.after ?? null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});
