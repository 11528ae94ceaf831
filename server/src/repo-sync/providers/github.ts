import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { githubWebHost } from "../settings.js";
import { type Branch, ProviderError, type RepoReader, type TreeEntry } from "./types.js";

const GitHub = Octokit.plugin(throttling, retry);

export interface GitHubRepository {
  owner: string;
  repo: string;
  fullName: string;
  htmlUrl: string;
  defaultBranch: string;
}

/**
 * owner/name from what a user pastes: "owner/name", https://HOST/owner/name(.git), git@HOST:owner/name.git or
 * ssh://git@HOST/owner/name.git. HOST must be the GitHub the operator configured: the API base never comes
 * from the user (no server-side request forgery through linkRepository).
 */
export function parseGitHubRepository(input: string, githubApiUrl: string): { owner: string; repo: string } | { problem: string } {
  const text = input.trim();
  const host = githubWebHost(githubApiUrl);
  const part = "([A-Za-z0-9_.-]{1,100})";
  const patterns = [
    new RegExp(`^${part}/${part}$`),
    /^https?:\/\/([^/]+)\/([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100}?)(?:\.git)?\/?$/,
    /^(?:ssh:\/\/)?git@([^/:]+)[:/]([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100}?)(?:\.git)?$/,
  ];
  for (const [i, pattern] of patterns.entries()) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [owner, repo] = i === 0 ? [match[1]!, match[2]!] : [match[2]!, match[3]!];
    if (i > 0 && match[1]!.toLowerCase() !== host.toLowerCase()) {
      return { problem: `url must be a repository on ${host} (the GitHub this server is configured for).` };
    }
    if (owner.startsWith(".") || repo === "." || repo === "..") break;
    return { owner, repo: repo.replace(/\.git$/, "") };
  }
  return { problem: "url must be owner/name or the repository's https or ssh URL." };
}

// Conditional requests answered 304 do not count against GitHub's rate limit: remember ETags of the small
// metadata reads a sync repeats (repository, branches, trees). Blobs are addressed by content: never re-read.
const etags = new Map<string, { etag: string; data: unknown; link: string | undefined }>();
const ETAG_ENTRIES = 500;

export function githubClient(baseUrl: string, token: string | null, signal?: AbortSignal) {
  const octokit = new GitHub({
    baseUrl,
    auth: token ?? undefined,
    userAgent: "taskgraph-repo-sync",
    request: { signal },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    // Never sleep until a reset an hour away: a limit ends the sync FAILED with RATE_LIMITED and retryAt.
    throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false },
    // 5xx and network hiccups: twice more. 403/429 are rate limits or refusals, not transient.
    retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  });
  octokit.hook.wrap("request", async (request, options) => {
    const cacheable = options.method === "GET" && !String(options.url).includes("/git/blobs/");
    const key = `${token ? "t" : "a"}:${(octokit.request.endpoint as unknown as { parse(o: unknown): { url: string } }).parse(options).url}`;
    const known = cacheable ? etags.get(key) : undefined;
    if (known) options.headers = { ...options.headers, "if-none-match": known.etag };
    try {
      const response = await request(options);
      const etag = response.headers.etag;
      if (cacheable && etag) {
        if (etags.size >= ETAG_ENTRIES) etags.delete(etags.keys().next().value!);
        etags.set(key, { etag, data: response.data, link: response.headers.link });
      }
      return response;
    } catch (error) {
      if (known && (error as { status?: number }).status === 304) {
        // Pagination follows the Link header: answer with the one the first response had.
        return { status: 200, url: "", headers: known.link ? { link: known.link } : {}, data: known.data } as never;
      }
      throw error;
    }
  });
  return octokit;
}

/** A provider failure in plain words: never the token, never the request. */
export function toProviderError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  const status = (error as { status?: number }).status;
  const headers = ((error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {}) as Record<
    string,
    string | undefined
  >;
  if (status === 403 || status === 429) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const retryAfter = Number(headers["retry-after"]);
    if (headers["x-ratelimit-remaining"] === "0" || retryAfter > 0 || status === 429) {
      const retryAt =
        retryAfter > 0 ? new Date(Date.now() + retryAfter * 1000) : reset > 0 ? new Date(reset * 1000) : new Date(Date.now() + 60_000);
      return new ProviderError(
        "RATE_LIMITED",
        `GitHub API rate limit exceeded; it resets at ${retryAt.toISOString().slice(11, 16)} UTC.`,
        retryAt,
      );
    }
    return new ProviderError("ACCESS_DENIED", "GitHub refused access to the repository: check the token's permissions.");
  }
  if (status === 401) return new ProviderError("ACCESS_DENIED", "GitHub did not accept the token.");
  if (status === 404)
    return new ProviderError("NOT_FOUND", "GitHub did not find the repository, branch or object (a private repository needs a token).");
  if (typeof status === "number") return new ProviderError("UPSTREAM_ERROR", `GitHub answered with HTTP ${status}.`);
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  return new ProviderError("UPSTREAM_ERROR", `Could not reach GitHub${code ? ` (${code})` : ""}.`);
}

/** The repository as GitHub describes it; throws ProviderError. */
export async function fetchGitHubRepository(baseUrl: string, token: string | null, owner: string, repo: string): Promise<GitHubRepository> {
  try {
    const { data } = await githubClient(baseUrl, token).rest.repos.get({ owner, repo });
    return {
      owner: data.owner.login,
      repo: data.name,
      fullName: data.full_name,
      htmlUrl: data.html_url,
      defaultBranch: data.default_branch,
    };
  } catch (error) {
    throw toProviderError(error);
  }
}

const BLOB_CONCURRENCY = 8;

export function githubReader(baseUrl: string, token: string | null, fullName: string, signal?: AbortSignal): RepoReader {
  const [owner, repo] = fullName.split("/") as [string, string];
  const octokit = githubClient(baseUrl, token, signal);
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw toProviderError(error);
    }
  };
  return {
    branches: () =>
      call(async () => {
        const [info, branches] = await Promise.all([
          octokit.rest.repos.get({ owner, repo }),
          octokit.paginate(octokit.rest.repos.listBranches, { owner, repo, per_page: 100 }),
        ]);
        return branches.map((b): Branch => ({ name: b.name, headSha: b.commit.sha, isDefault: b.name === info.data.default_branch }));
      }),
    resolveHead: (branch) => call(async () => (await octokit.rest.repos.getBranch({ owner, repo, branch })).data.commit.sha),
    listTree: (commitSha) =>
      call(async () => {
        const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: commitSha, recursive: "1" });
        if (!data.truncated) return blobsOf(data.tree, "");
        // Too big for one answer: walk the tree level by level instead.
        return walkTree(commitSha, "");
      }),
    readBlobs: (entries) => readBlobs(entries),
  };

  async function walkTree(treeSha: string, prefix: string): Promise<TreeEntry[]> {
    const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: treeSha });
    const entries = blobsOf(data.tree, prefix);
    const subtrees = data.tree.filter((e) => e.type === "tree" && e.sha && e.path);
    for (let i = 0; i < subtrees.length; i += BLOB_CONCURRENCY) {
      const batch = subtrees.slice(i, i + BLOB_CONCURRENCY);
      for (const children of await Promise.all(batch.map((t) => walkTree(t.sha!, `${prefix}${t.path}/`)))) entries.push(...children);
    }
    return entries;
  }

  async function* readBlobs(entries: TreeEntry[]): AsyncGenerator<{ entry: TreeEntry; content: Buffer }> {
    // Identical files share a blob: fetch each once.
    const bySha = new Map<string, TreeEntry[]>();
    for (const entry of entries) bySha.set(entry.sha, [...(bySha.get(entry.sha) ?? []), entry]);
    const shas = [...bySha.keys()];
    for (let i = 0; i < shas.length; i += BLOB_CONCURRENCY) {
      const batch = shas.slice(i, i + BLOB_CONCURRENCY);
      const contents = await call(() =>
        Promise.all(
          batch.map(async (sha) => {
            const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
            return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8");
          }),
        ),
      );
      for (const [k, sha] of batch.entries()) for (const entry of bySha.get(sha)!) yield { entry, content: contents[k]! };
    }
  }
}

function blobsOf(tree: { path?: string; mode?: string; type?: string; sha?: string; size?: number }[], prefix: string): TreeEntry[] {
  return tree
    .filter((e) => e.type === "blob" && e.path && e.sha)
    .map((e) => ({ path: `${prefix}${e.path}`, mode: e.mode ?? "100644", sha: e.sha!, size: e.size ?? 0 }));
}
