import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { Context } from "../context.js";
import { can, type Permission } from "../domain/permissions.js";
import { forbidden, notFound, unauthenticated } from "../errors.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { decodeWorkspaceId } from "./ids.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { liveRoleIn } from "../realtime/roles.js";

export interface WorkspaceScope {
  workspaceId: string;
  permission: Permission;
  /**
   * A subscription: the role comes from the instance's membership table (realtime/roles.ts), not one read
   * per subscriber, so a reconnect storm stays cheap; the stream keeps it current from then on.
   */
  live?: boolean;
}

/** The scope map for "the caller may do `permission` in the workspace this argument names". */
export const inWorkspace = (workspaceIdArg: string | number, permission: Permission, options: { live?: boolean } = {}) => ({
  workspace: { workspaceId: decodeWorkspaceId(workspaceIdArg), permission, ...options },
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
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
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
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

builder.scalarType("DateTime", {
  description: "An ISO-8601 timestamp in UTC.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError("DateTime must be an ISO-8601 timestamp");
    return date;
  },
});

builder.scalarType("JSON", {
  description: "Arbitrary JSON, as recorded in the activity log.",
  serialize: (value) => value,
  parseValue: (value) => value,
});
