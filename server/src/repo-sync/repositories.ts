import type { Context } from "../context.js";
import { badInput, conflict, notFound, refuse } from "../errors.js";
import type { Repository, RepositoryProvider } from "../generated/prisma/client.js";
import { repositoryKey } from "./identity.js";
import { fetchGitHubRepository, githubReader, parseGitHubRepository } from "./providers/github.js";
import { inspectLocalRepository, localGitReader } from "./providers/local-git.js";
import { type Branch, ProviderError, type RepoReader } from "./providers/types.js";
import { repoSyncSettings } from "./settings.js";
import { serverTokenBox } from "./token-crypto.js";

export interface LinkRepository {
  workspaceId: string;
  provider: RepositoryProvider;
  url?: string | null;
  path?: string | null;
  token?: string | null;
}

const TOKEN_MAX = 1000;

/**
 * Links a repository after checking it can be read (LOCAL_GIT: a git repository inside LOCAL_GIT_ROOTS;
 * GITHUB: the API answers for it with the token). Anything wrong is BAD_USER_INPUT naming the field, with
 * nothing written. The caller's role (ADMIN and up) was checked by the resolver's scope.
 */
export async function linkRepository(ctx: Context, input: LinkRepository): Promise<Repository> {
  const settings = repoSyncSettings();
  if (await ctx.prisma.repository.findUnique({ where: { workspaceId: input.workspaceId }, select: { id: true } })) {
    throw conflict("REPOSITORY_LINKED", "This workspace already has a linked repository: unlink it first.");
  }
  let data: Omit<Repository, "id" | "workspaceId" | "linkedAt" | "linkedById">;
  if (input.provider === "LOCAL_GIT") {
    if (input.url) throw badInput("url is for GITHUB repositories; give path for LOCAL_GIT.", "url");
    if (input.token) throw badInput("A LOCAL_GIT repository takes no token.", "token");
    if (!input.path?.trim()) throw badInput("path is required for LOCAL_GIT.", "path");
    if (input.path.length > 4096 || input.path.includes("\0")) throw badInput("path is not a valid path.", "path");
    const local = await inspectLocalRepository(input.path.trim(), settings.localGitRoots);
    if ("problem" in local) throw badInput(local.problem, "path");
    data = {
      provider: "LOCAL_GIT",
      name: local.name,
      url: null,
      path: local.path,
      defaultBranch: local.defaultBranch,
      encryptedToken: null,
    };
  } else {
    if (input.path) throw badInput("path is for LOCAL_GIT repositories; give url for GITHUB.", "path");
    if (!input.url?.trim()) throw badInput("url is required for GITHUB.", "url");
    const token = input.token?.trim() || null;
    if (token && (token.length > TOKEN_MAX || !/^[\x21-\x7e]+$/.test(token))) throw badInput("token is not a valid GitHub token.", "token");
    const parsed = parseGitHubRepository(input.url, settings.githubApiUrl);
    if ("problem" in parsed) throw badInput(parsed.problem, "url");
    let repo: Awaited<ReturnType<typeof fetchGitHubRepository>>;
    try {
      repo = await fetchGitHubRepository(settings.githubApiUrl, token, parsed.owner, parsed.repo);
    } catch (error) {
      const problem = error instanceof ProviderError ? error : new ProviderError("UPSTREAM_ERROR", "GitHub could not be reached.");
      if (problem.code === "RATE_LIMITED") {
        throw refuse("RATE_LIMITED", problem.message, {
          retryAfter: Math.max(1, Math.ceil(((problem.retryAt?.getTime() ?? Date.now()) - Date.now()) / 1000)),
        });
      }
      if (problem.code === "ACCESS_DENIED") throw badInput(`${problem.message}`, "token");
      if (problem.code === "NOT_FOUND") {
        throw badInput(
          token
            ? "GitHub found no such repository that this token can read."
            : "GitHub found no such public repository: a private one needs a token.",
          token ? "url" : "token",
        );
      }
      throw badInput(problem.message, "url");
    }
    data = {
      provider: "GITHUB",
      name: repo.fullName,
      url: repo.htmlUrl,
      path: null,
      defaultBranch: repo.defaultBranch,
      encryptedToken: token ? serverTokenBox(settings).seal(token) : null,
    };
  }
  try {
    return await ctx.prisma.repository.create({ data: { ...data, workspaceId: input.workspaceId, linkedById: ctx.user!.id } });
  } catch (error) {
    // Two links at once: the unique workspaceId lets one in.
    if ((error as { code?: string }).code === "P2002")
      throw conflict("REPOSITORY_LINKED", "This workspace already has a linked repository: unlink it first.");
    throw error;
  }
}

/** Unlinks; imported tasks stay, and linking the same repository again adopts them. CONFLICT while a sync runs. */
export async function unlinkRepository(ctx: Context, workspaceId: string): Promise<Repository> {
  return ctx.prisma.$transaction(async (tx) => {
    const repository = await tx.repository.findUnique({ where: { workspaceId } });
    if (!repository) throw notFound("Repository");
    const running = await tx.repositorySync.findFirst({
      where: { workspaceId, status: { in: ["QUEUED", "RUNNING"] } },
      select: { id: true },
    });
    if (running) throw conflict("SYNC_RUNNING", "A sync of this repository is running: cancel it or wait for it to end.");
    await tx.repository.delete({ where: { id: repository.id } });
    return repository;
  });
}

/** The identity tasks are matched within: the same repository linked again finds its tasks. */
export function keyOf(repository: Repository): string {
  return repository.provider === "GITHUB"
    ? repositoryKey("GITHUB", `${new URL(repoSyncSettings().githubApiUrl).host}/${repository.name}`)
    : repositoryKey("LOCAL_GIT", repository.path!);
}

/** A reader for the repository's committed objects. */
export function readerFor(repository: Repository, signal?: AbortSignal): RepoReader {
  if (repository.provider === "LOCAL_GIT") return localGitReader(repository.path!, signal);
  const settings = repoSyncSettings();
  const token = repository.encryptedToken ? serverTokenBox(settings).open(repository.encryptedToken) : null;
  return githubReader(settings.githubApiUrl, token, repository.name, signal);
}

/** The linked repository's branches; NOT_FOUND when none is linked. Provider trouble is a CONFLICT-free error in words. */
export async function repositoryBranches(ctx: Context, workspaceId: string): Promise<Branch[]> {
  const repository = await ctx.prisma.repository.findUnique({ where: { workspaceId } });
  if (!repository) throw notFound("Repository");
  try {
    return await readerFor(repository).branches();
  } catch (error) {
    if (error instanceof ProviderError) {
      if (error.code === "RATE_LIMITED") {
        throw refuse("RATE_LIMITED", error.message, {
          retryAfter: Math.max(1, Math.ceil(((error.retryAt?.getTime() ?? Date.now()) - Date.now()) / 1000)),
        });
      }
      throw refuse("UPSTREAM_FAILED", error.message, { providerCode: error.code });
    }
    throw error;
  }
}
