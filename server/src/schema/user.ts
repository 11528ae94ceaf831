import { builder } from "./builder.js";

/** People you can see: yourself and anyone who shares a workspace with you. */
builder.prismaNode("User", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({
    id,
    OR: [
      { id: ctx.user?.id ?? "" },
      { memberships: { some: { workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } } } },
    ],
  }),
  fields: (t) => ({
    name: t.exposeString("name"),
    email: t.exposeString("email"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryField("me", (t) =>
  t.prismaField({
    type: "User",
    nullable: true,
    description: "The signed-in user, or null when signed out.",
    resolve: (query, _root, _args, ctx) => (ctx.user ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.user.id } }) : null),
  }),
);
