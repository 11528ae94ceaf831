import { signIn, signOut, signUp } from "../domain/accounts.js";
import type { User } from "../generated/prisma/client.js";
import { builder } from "./builder.js";

const AuthPayload = builder.objectRef<{ token: string; user: User }>("AuthPayload").implement({
  fields: (t) => ({
    token: t.exposeString("token", { description: "Send as `Authorization: Bearer <token>`, or as connectionParams.authorization over WebSocket." }),
    user: t.prismaField({
      type: "User",
      resolve: (query, payload, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: payload.user.id } }),
    }),
  }),
});

const SignUpInput = builder.inputType("SignUpInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true, description: "At least 8 characters." }),
    name: t.string({ required: true }),
  }),
});
const SignInInput = builder.inputType("SignInInput", {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayload,
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: (_root, { input }, ctx) => signUp(ctx, input),
  }),
  signIn: t.field({
    type: AuthPayload,
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: (_root, { input }, ctx) => signIn(ctx, input),
  }),
  signOut: t.boolean({
    description: "Revokes the token this request was made with. False when there was none.",
    resolve: (_root, _args, ctx) => signOut(ctx),
  }),
}));
