import { builder } from "./builder.js";

/** People you can see: yourself and anyone who shares a workspace with you. */
export const UserNode = builder.prismaNode("User", {
  id: { field: "id" },
  // Select mode: only the columns a selection needs, so the password hash never leaves sign-in.
  select: { id: true },
  nullable: true,
  findUnique: (id, ctx) => ({
    id,
    OR: [{ id: ctx.user?.id ?? "" }, { memberships: { some: { workspace: { memberships: { some: { userId: ctx.user?.id ?? "" } } } } } }],
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
    // The session already holds the user's own fields; Pothos loads anything else a selection asks for.
    resolve: (_query, _root, _args, ctx) => ctx.user as never,
  }),
);
