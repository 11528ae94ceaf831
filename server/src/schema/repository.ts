import type { Context } from "../context.js";
import { operationPermission, type Permission } from "../domain/permissions.js";
import { notFound } from "../errors.js";
import type { RepositorySync, Task } from "../generated/prisma/client.js";
import { RepositoryProvider, RepositorySyncPhase, RepositorySyncStatus } from "../generated/prisma/enums.js";
import type { CodeRef } from "../repo-sync/identity.js";
import { progressSteps } from "../repo-sync/progress-store.js";
import { keyOf, linkRepository, repositoryBranches, unlinkRepository } from "../repo-sync/repositories.js";
import { cancelSync, startSync, syncForCaller } from "../repo-sync/syncs.js";
import { builder, inWorkspace } from "./builder.js";
import { encodeId, workspaceIdOf } from "./ids.js";
import { WorkspaceNode } from "./workspace.js";

const RepositoryProviderEnum = builder.enumType(RepositoryProvider, { name: "RepositoryProvider" });
const RepositorySyncStatusEnum = builder.enumType(RepositorySyncStatus, { name: "RepositorySyncStatus" });
const RepositorySyncPhaseEnum = builder.enumType(RepositorySyncPhase, {
  name: "RepositorySyncPhase",
  description: "In this order; every sync reports each phase it enters, even one with nothing to do.",
});
const RepositorySyncErrorCodeEnum = builder.enumType("RepositorySyncErrorCode", {
  values: ["RATE_LIMITED", "ACCESS_DENIED", "NOT_FOUND", "UPSTREAM_ERROR", "INTERNAL"] as const,
});
const CodeTagEnum = builder.enumType("CodeTag", { values: ["TODO", "FIXME", "HACK"] as const });

const visibleTo = (userId: string | undefined) => ({ workspace: { memberships: { some: { userId: userId ?? "" } } } });

builder.prismaNode("Repository", {
  id: { field: "id" },
  nullable: true,
  description: "A Git repository linked to a workspace. Its TODO / FIXME / HACK comments become tasks.",
  findUnique: (id, ctx) => ({ id, ...visibleTo(ctx.user?.id) }),
  fields: (t) => ({
    provider: t.expose("provider", { type: RepositoryProviderEnum }),
    name: t.exposeString("name", { description: "GITHUB: owner/name. LOCAL_GIT: the directory's name." }),
    url: t.exposeString("url", {
      nullable: true,
      description: "GITHUB: the repository's web address as the API reports it (html_url). Null for LOCAL_GIT.",
    }),
    path: t.exposeString("path", { nullable: true, description: "LOCAL_GIT: the absolute path as linked. Null for GITHUB." }),
    defaultBranch: t.exposeString("defaultBranch"),
    hasToken: t.boolean({
      description: "A token is stored for this repository. No field ever returns the token.",
      select: { encryptedToken: true },
      resolve: (repository) => repository.encryptedToken !== null,
    }),
    linkedAt: t.expose("linkedAt", { type: "DateTime" }),
    linkedBy: t.relation("linkedBy"),
    workspace: t.relation("workspace"),
  }),
});

interface BranchShape {
  name: string;
  headSha: string;
  isDefault: boolean;
}
const RepositoryBranchRef = builder.objectRef<BranchShape>("RepositoryBranch").implement({
  fields: (t) => ({ name: t.exposeString("name"), headSha: t.exposeString("headSha"), isDefault: t.exposeBoolean("isDefault") }),
});

const RepositorySyncStatsRef = builder.objectRef<RepositorySync>("RepositorySyncStats").implement({
  fields: (t) => ({
    filesTotal: t.exposeInt("filesTotal", {
      description: "Every blob of the tree at headSha (regular files, executables, symlinks) = filesScanned + filesSkipped.",
    }),
    filesScanned: t.exposeInt("filesScanned"),
    filesSkipped: t.exposeInt("filesSkipped", {
      description:
        "Vendored (node_modules/, vendor/, third_party/…), binary (NUL in the first 8000 bytes), symlinks, too large, unsupported.",
    }),
    todosFound: t.exposeInt("todosFound"),
    tasksCreated: t.exposeInt("tasksCreated"),
    tasksUpdated: t.exposeInt("tasksUpdated", {
      description: "Moved (path or line) or re-described; a TODO that did not change is not written.",
    }),
    tasksClosed: t.exposeInt("tasksClosed", { description: "Comment gone: the task moved to DONE." }),
    tasksReopened: t.exposeInt("tasksReopened", {
      description: "Comment back on a task an earlier sync closed: the task moved to TODO again.",
    }),
  }),
});

const RepositorySyncErrorRef = builder.objectRef<RepositorySync>("RepositorySyncError").implement({
  fields: (t) => ({
    code: t.field({ type: RepositorySyncErrorCodeEnum, resolve: (sync) => sync.errorCode as "INTERNAL" }),
    message: t.string({ description: "Plain words, never a token.", resolve: (sync) => sync.errorMessage ?? "" }),
    retryAt: t.expose("retryAt", {
      type: "DateTime",
      nullable: true,
      description: "RATE_LIMITED: when the provider accepts requests again.",
    }),
  }),
});

export const RepositorySyncNode = builder.prismaNode("RepositorySync", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...visibleTo(ctx.user?.id) }),
  fields: (t) => ({
    branch: t.exposeString("branch"),
    headSha: t.exposeString("headSha", { nullable: true, description: "The commit read; null until RESOLVE_HEAD is done." }),
    status: t.expose("status", { type: RepositorySyncStatusEnum }),
    phase: t.expose("phase", {
      type: RepositorySyncPhaseEnum,
      description: "The current phase; for FAILED and CANCELLED the phase it stopped in.",
    }),
    progress: t.exposeFloat("progress", { description: "0 to 1, never decreasing; 1 when SUCCEEDED." }),
    stats: t.field({ type: RepositorySyncStatsRef, resolve: (sync) => sync }),
    error: t.field({ type: RepositorySyncErrorRef, nullable: true, resolve: (sync) => (sync.errorCode ? sync : null) }),
    startedBy: t.relation("startedBy"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    previousSync: t.relation("previousSync", {
      nullable: true,
      description: "The workspace's sync started just before this one, whatever its status.",
    }),
    nextSync: t.relation("nextSync", { nullable: true, description: "The sync that superseded this one." }),
  }),
});

builder.prismaObject("RepositorySyncProgress", {
  description: "One step of a sync, as it happened.",
  fields: (t) => ({
    sequence: t.exposeInt("sequence", { description: "1, 2, 3… within the sync, without gaps; also the plain SSE event id." }),
    status: t.expose("status", { type: RepositorySyncStatusEnum }),
    phase: t.expose("phase", { type: RepositorySyncPhaseEnum }),
    progress: t.exposeFloat("progress"),
    filesScanned: t.exposeInt("filesScanned"),
    filesTotal: t.exposeInt("filesTotal"),
    message: t.exposeString("message", { nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
    sync: t.relation("sync"),
  }),
});

const CodeReferenceRef = builder.objectRef<CodeRef & { url: string | null }>("CodeReference").implement({
  description: "Where the comment a task was imported from is.",
  fields: (t) => ({
    path: t.exposeString("path"),
    line: t.exposeInt("line", { description: "1-based." }),
    tag: t.field({ type: CodeTagEnum, resolve: (ref) => ref.tag }),
    reference: t.exposeString("reference", { nullable: true, description: "The text in TODO(…), e.g. an owner. Not part of the title." }),
    commitSha: t.exposeString("commitSha", { description: "The commit at which this position was recorded." }),
    url: t.exposeString("url", {
      nullable: true,
      description: "GITHUB: {Repository.url}/blob/{commitSha}/{path}#L{line}. Null for LOCAL_GIT.",
    }),
    present: t.exposeBoolean("present", { description: "False once a sync found the comment gone." }),
  }),
});

/** The workspace's linked repository, read once per request for every card's link. */
const linkedRepository = (ctx: Context, workspaceId: string) =>
  ctx.once(`repository:${workspaceId}`, () => ctx.prisma.repository.findUnique({ where: { workspaceId } }));

builder.prismaObjectField("Task", "codeRef", (t) =>
  t.field({
    type: CodeReferenceRef,
    nullable: true,
    description: "Null for tasks not imported from code.",
    select: { codeRef: true, workspaceId: true },
    resolve: async (task, _args, ctx) => {
      const ref = (task as Pick<Task, "codeRef" | "workspaceId">).codeRef as CodeRef | null;
      if (!ref) return null;
      let url: string | null = null;
      if (ref.repo.startsWith("github:")) {
        const repository = await linkedRepository(ctx, task.workspaceId);
        if (repository?.url && keyOf(repository) === ref.repo) {
          url = `${repository.url}/blob/${ref.commitSha}/${ref.path.split("/").map(encodeURIComponent).join("/")}#L${ref.line}`;
        }
      }
      return { ...ref, url };
    },
  }),
);

builder.prismaObjectFields("Workspace", (t) => ({
  repository: t.relation("repository", { nullable: true, description: "Null until one is linked. At most one per workspace." }),
  repositorySyncs: t.relatedConnection("repositorySyncs", {
    cursor: "id",
    description: "Newest first.",
    query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  }),
}));

builder.queryField("repositoryBranches", (t) =>
  t.field({
    type: [RepositoryBranchRef],
    description: "The linked repository's branches (VIEWER and up). NOT_FOUND when none is linked.",
    args: { workspaceId: t.arg.globalID({ required: true, for: WorkspaceNode }) },
    authScopes: (_root, args) => inWorkspace(args.workspaceId, operationPermission.read),
    resolve: (_root, args, ctx) => repositoryBranches(ctx, workspaceIdOf(args.workspaceId)),
  }),
);

const LinkRepositoryInput = builder.inputType("LinkRepositoryInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    provider: t.field({ type: RepositoryProviderEnum, required: true }),
    url: t.string({ description: "GITHUB: owner/name, or an https/ssh URL of the repository." }),
    path: t.string({ description: "LOCAL_GIT: an absolute path to a git repository on the server's machine." }),
    token: t.string({
      description: "GITHUB: a token that can read the repository's contents. Stored encrypted; never returned, logged or echoed.",
    }),
  }),
});
const UnlinkRepositoryInput = builder.inputType("UnlinkRepositoryInput", {
  fields: (t) => ({ workspaceId: t.globalID({ required: true, for: WorkspaceNode }) }),
});
const StartRepositorySyncInput = builder.inputType("StartRepositorySyncInput", {
  fields: (t) => ({
    workspaceId: t.globalID({ required: true, for: WorkspaceNode }),
    branch: t.string({ description: "Default: the repository's default branch." }),
  }),
});
const CancelRepositorySyncInput = builder.inputType("CancelRepositorySyncInput", {
  fields: (t) => ({ syncId: t.globalID({ required: true, for: RepositorySyncNode }) }),
});

/** A sync's workspace, for the scope check: NOT_FOUND for non-members (syncForCaller), as for anything else of theirs. */
async function syncScope(ctx: Context, syncId: { id: string }, permission: Permission) {
  const { sync } = await syncForCaller(ctx, syncId.id);
  return { workspace: { workspaceId: sync.workspaceId, permission } };
}

builder.mutationFields((t) => ({
  linkRepository: t.prismaField({
    type: "Repository",
    description:
      "ADMIN or OWNER. Verifies access now and records the default branch. BAD_USER_INPUT (extensions.field url/path/token) for anything wrong, with nothing written; CONFLICT when a repository is already linked.",
    args: { input: t.arg({ type: LinkRepositoryInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.linkRepository),
    resolve: async (query, _root, { input }, ctx) => {
      const repository = await linkRepository(ctx, { ...input, workspaceId: workspaceIdOf(input.workspaceId) });
      return ctx.prisma.repository.findUniqueOrThrow({ ...query, where: { id: repository.id } });
    },
  }),
  unlinkRepository: t.id({
    description:
      "ADMIN or OWNER. Returns the removed Repository's ID. Imported tasks stay; linking the same repository again adopts them. CONFLICT while a sync runs.",
    args: { input: t.arg({ type: UnlinkRepositoryInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.unlinkRepository),
    resolve: async (_root, { input }, ctx) => encodeId("Repository", (await unlinkRepository(ctx, workspaceIdOf(input.workspaceId))).id),
  }),
  startRepositorySync: t.prismaField({
    type: "RepositorySync",
    description:
      "MEMBER and up. Returns at once (QUEUED): every provider call happens in the pipeline, so a provider failure is a FAILED sync, never an error here. CONFLICT while another sync of the workspace is QUEUED or RUNNING.",
    args: { input: t.arg({ type: StartRepositorySyncInput, required: true }) },
    authScopes: (_root, { input }) => inWorkspace(input.workspaceId, operationPermission.startRepositorySync),
    resolve: async (query, _root, { input }, ctx) => {
      const sync = await startSync(ctx, workspaceIdOf(input.workspaceId), input.branch);
      return ctx.prisma.repositorySync.findUniqueOrThrow({ ...query, where: { id: sync.id } });
    },
  }),
  cancelRepositorySync: t.prismaField({
    type: "RepositorySync",
    description: "MEMBER and up. Ends the sync CANCELLED promptly; writes nothing after it. CONFLICT when it has already ended.",
    args: { input: t.arg({ type: CancelRepositorySyncInput, required: true }) },
    authScopes: (_root, { input }, ctx) => syncScope(ctx, input.syncId, operationPermission.cancelRepositorySync),
    resolve: async (query, _root, { input }, ctx) => {
      const sync = await cancelSync(ctx, input.syncId.id);
      return ctx.prisma.repositorySync.findUniqueOrThrow({ ...query, where: { id: sync.id } });
    },
  }),
}));

builder.subscriptionField("repositorySyncProgress", (t) =>
  t.prismaField({
    type: "RepositorySyncProgress",
    description: "VIEWER and up. Replays the sync's progress from sequence 1, then goes live, and completes after the terminal event.",
    args: { syncId: t.arg.globalID({ required: true, for: RepositorySyncNode }) },
    authScopes: { signedIn: true },
    subscribe: async (_root, args, ctx) => {
      const { sync } = await syncForCaller(ctx, args.syncId.id);
      if (!sync) throw notFound("RepositorySync");
      return progressSteps(ctx.prisma, sync.id);
    },
    // A selection that reaches the sync reads the step with it (Pothos's query); a plain one uses the row as streamed.
    resolve: (query, step, _args, ctx) => {
      const row = step as unknown as { syncId: string; sequence: number };
      if (!("include" in query || "select" in query)) return row as never;
      return ctx.prisma.repositorySyncProgress.findUniqueOrThrow({
        ...query,
        where: { syncId_sequence: { syncId: row.syncId, sequence: row.sequence } },
      });
    },
  }),
);
