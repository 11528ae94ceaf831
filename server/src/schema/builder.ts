import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ZodPlugin from "@pothos/plugin-zod";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { Context } from "../context.js";
import { can, type Permission } from "../domain/permissions.js";
import { forbidden, notFound, unauthenticated } from "../errors.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { liveRoleIn } from "../realtime/roles.js";
import { decodeAnyId, type WorkspaceIdArg, workspaceIdOf } from "./ids.js";
import { validationRefusal } from "./validation.js";

export interface WorkspaceScope {
  workspaceId: string;
  permission: Permission;
  /**
   * A subscription: the role comes from the instance's membership table (realtime/roles.ts), not one read
   * per subscriber, so a reconnect storm stays cheap; the stream keeps it current from then on.
   */
  live?: boolean;
}

/**
 * The scope map for "the caller may do `permission` in the workspace this argument names": a raw ID, or one
 * a `t.arg.globalID({ for: WorkspaceNode })` argument has decoded already.
 */
export const inWorkspace = (workspaceIdArg: WorkspaceIdArg, permission: Permission, options: { live?: boolean } = {}) => ({
  workspace: {
    workspaceId: workspaceIdOf(workspaceIdArg),
    permission,
    ...options,
  },
});

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: {
    signedIn: boolean;
    /** The caller's role in the workspace allows the permission; non-members get NOT_FOUND, never a hint. */
    workspace: WorkspaceScope;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Validation (argument mappers) runs before scope-auth's checks, as GraphQL's own input validation does.
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ZodPlugin],
  zod: { validationError: validationRefusal },
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, context) => (context.user ? forbidden() : unauthenticated()),
    authScopes: async (context) => ({
      signedIn: !!context.user,
      workspace: async ({ workspaceId, permission, live }) => {
        if (!context.user) return false;
        const role = live ? await liveRoleIn(context, workspaceId) : await context.roleIn(workspaceId);
        if (!role) throw notFound("Workspace");
        return can(role, permission);
      },
    }),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: { nullable: true },
    nodesQueryOptions: false,
    // A malformed ID is the client's input (BAD_USER_INPUT, reason INVALID_ID), like every other bad argument.
    decodeGlobalID: (globalID) => decodeAnyId(globalID),
  },
});

/** The field builder of an input type, for helpers that declare fields several inputs share. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
  "InputObject"
>;

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

// graphql-scalars' resolvers under our names and descriptions: ISO-8601 out (RFC 3339 in), JSON as is.
builder.addScalarType("DateTime", DateTimeResolver, { description: "An ISO-8601 timestamp in UTC." });
builder.addScalarType("JSON", JSONResolver, { description: "Arbitrary JSON, as recorded in the activity log." });
