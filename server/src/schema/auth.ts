import { GraphQLError } from "graphql";
import { signIn, signOut, signUp } from "../domain/accounts.js";
import type { User } from "../generated/prisma/client.js";
import { limitsOf } from "../security/rate-limit-plugin.js";
import { builder } from "./builder.js";
import { userName } from "./validation.js";

const AuthPayload = builder.objectRef<{ token: string; user: User }>("AuthPayload").implement({
  fields: (t) => ({
    token: t.exposeString("token", {
      description: "Send as `Authorization: Bearer <token>`, or as connectionParams.authorization over WebSocket.",
    }),
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
    name: t.string({ required: true, validate: { schema: userName } }),
  }),
});
const SignInInput = builder.inputType("SignInInput", {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayload,
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await limitsOf(ctx).signUp();
      return signUp(ctx, input);
    },
  }),
  signIn: t.field({
    type: AuthPayload,
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // Refused while this account is locked out from this address (or the address is): no password check.
      const attempt = await limitsOf(ctx).beginSignIn(input.email);
      try {
        const payload = await signIn(ctx, input);
        await attempt.succeeded();
        return payload;
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions.code === "UNAUTHENTICATED") await attempt.failed();
        throw error;
      }
    },
  }),
  signOut: t.boolean({
    description: "Revokes the token this request was made with. False when there was none.",
    resolve: (_root, _args, ctx) => signOut(ctx),
  }),
}));
