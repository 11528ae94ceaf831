import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "./fixtures/fake-github.js";
import { GitRepo } from "./fixtures/git-repo.js";
import { okAt, signUpAt, workspaceAt } from "./fixtures/graphql-http.js";
import { BRANCHES, codeTasks, errorAt, LINK, START, syncNow, waitForSync } from "./fixtures/repo-sync-api.js";
import { serverOnOwnDatabase } from "./support/instances.js";
import type { ServerProcess } from "./support/server-process.js";

const SECRET = "ghp_TestTokenThatMustNeverLeak0123456789";

// GitHub (Enterprise-style /api/v3 base) answered by a local HTTP server over real HTTP: no mocked Octokit.
describe("repository sync from GitHub", () => {
  let repo: GitRepo;
  let github: FakeGitHub;
  let server: ServerProcess;
  let owner: { token: string; id: string };

  beforeAll(async () => {
    repo = new GitRepo();
    repo.write("src/index.ts", "// TODO: ship the GitHub connector\nexport {};\n");
    repo.write("src/deep/a/b/c.go", "package c\n// FIXME(bob): handle the error\n");
    repo.write("README.md", "<!-- HACK: badge is static -->\n");
    repo.write("vendor/x.js", "// TODO: vendored\n");
    repo.commit("initial");
    for (const name of ["dev", "release-1", "release-2", "spike"]) repo.git("branch", name);
    github = await new FakeGitHub(repo, { owner: "acme", name: "widgets", token: SECRET, pageSize: 2 }).start();
    server = await serverOnOwnDatabase({ GITHUB_API_URL: github.apiUrl });
    owner = await signUpAt(server.url, "Owner");
  });
  afterAll(async () => {
    await server?.stop();
    await github?.close();
    repo?.remove();
  });

  it("refuses URLs of another host (no SSRF) and a private repository without its token, writing nothing", async () => {
    const workspaceId = await workspaceAt(server.url, owner.token);
    const link = (input: Record<string, unknown>) =>
      errorAt(server.url, LINK, { input: { workspaceId, provider: "GITHUB", ...input } }, owner.token);
    const before = github.requests.length;
    expect(await link({ url: "https://evil.example/acme/widgets", token: SECRET })).toMatchObject({ code: "BAD_USER_INPUT", field: "url" });
    expect(await link({ url: "http://169.254.169.254/latest/meta-data" })).toMatchObject({ code: "BAD_USER_INPUT", field: "url" });
    expect(await link({ url: "not a repository" })).toMatchObject({ code: "BAD_USER_INPUT", field: "url" });
    expect(await link({ path: "/tmp", url: "acme/widgets" })).toMatchObject({ code: "BAD_USER_INPUT", field: "path" });
    // None of those reached GitHub.
    expect(github.requests.length).toBe(before);
    expect(await link({ url: "acme/widgets" })).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    const wrong = await link({ url: "acme/widgets", token: "ghp_wrong" });
    expect(wrong).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(JSON.stringify(wrong)).not.toContain("ghp_wrong");
    expect((await codeTasks(server.url, owner.token, workspaceId)).repository).toBeNull();
  });

  it("links with a token it never returns, pages through branches, and imports the TODOs with links to GitHub", async () => {
    const workspaceId = await workspaceAt(server.url, owner.token);
    const from = github.requests.length;
    const { linkRepository } = await okAt(
      server.url,
      LINK,
      { input: { workspaceId, provider: "GITHUB", url: `${github.htmlUrl}.git`, token: SECRET } },
      owner.token,
    );
    expect(linkRepository).toMatchObject({
      provider: "GITHUB",
      name: "acme/widgets",
      url: github.htmlUrl,
      path: null,
      defaultBranch: "main",
      hasToken: true,
    });
    expect(JSON.stringify(linkRepository)).not.toContain(SECRET);

    const { repositoryBranches } = await okAt(server.url, BRANCHES, { workspaceId }, owner.token);
    expect(repositoryBranches.map((b: { name: string }) => b.name).sort()).toEqual(["dev", "main", "release-1", "release-2", "spike"]);
    // Five branches at two per page: three pages followed through the Link header.
    expect(github.requests.filter((r) => r.path.includes("/branches?")).length).toBe(3);
    // Asked again, the same pages come back 304 Not Modified (free of GitHub's quota) and read from the ETag cache.
    const again = await okAt(server.url, BRANCHES, { workspaceId }, owner.token);
    expect(again.repositoryBranches).toEqual(repositoryBranches);
    expect(
      github.requests
        .filter((r) => r.path.includes("/branches?"))
        .slice(3)
        .map((r) => r.status),
    ).toEqual([304, 304, 304]);

    const sync = await syncNow(server.url, owner.token, workspaceId);
    expect(sync.status, JSON.stringify(sync.error)).toBe("SUCCEEDED");
    expect(sync.stats).toMatchObject({ filesTotal: 4, filesScanned: 3, filesSkipped: 1, todosFound: 3, tasksCreated: 3 });
    // Vendored files are never fetched.
    const vendoredSha = repo.git("rev-parse", "HEAD:vendor/x.js").trim();
    expect(github.requests.some((r) => r.path.includes(vendoredSha))).toBe(false);
    const { tasks } = await codeTasks(server.url, owner.token, workspaceId);
    const head = repo.git("rev-parse", "main").trim();
    expect(tasks.find((t) => t.title === "handle the error")!.codeRef).toEqual({
      path: "src/deep/a/b/c.go",
      line: 2,
      tag: "FIXME",
      reference: "bob",
      commitSha: head,
      present: true,
      url: `${github.htmlUrl}/blob/${head}/src/deep/a/b/c.go#L2`,
    });
    // Every request carried the token; no response or log line ever shows it.
    expect(github.requests.slice(from).every((r) => r.authorization === `token ${SECRET}`)).toBe(true);
    expect(server.output.join("\n")).not.toContain(SECRET);
  });

  it("walks subtrees when GitHub answers a truncated tree", async () => {
    const workspaceId = await workspaceAt(server.url, owner.token);
    await okAt(server.url, LINK, { input: { workspaceId, provider: "GITHUB", url: "acme/widgets", token: SECRET } }, owner.token);
    github.truncate = true;
    try {
      const sync = await syncNow(server.url, owner.token, workspaceId);
      expect(sync.status, JSON.stringify(sync.error)).toBe("SUCCEEDED");
      expect(sync.stats).toMatchObject({ filesTotal: 4, todosFound: 3, tasksCreated: 3 });
    } finally {
      github.truncate = false;
    }
  });

  it("ends FAILED with RATE_LIMITED and retryAt within seconds, leaving earlier tasks untouched", async () => {
    const workspaceId = await workspaceAt(server.url, owner.token);
    await okAt(server.url, LINK, { input: { workspaceId, provider: "GITHUB", url: "acme/widgets", token: SECRET } }, owner.token);
    await syncNow(server.url, owner.token, workspaceId);
    const before = await codeTasks(server.url, owner.token, workspaceId);
    repo.write("src/more.ts", "// TODO: would be new\n");
    repo.commit("more");
    github.rateLimitResetAt = Date.now() + 3_600_000;
    github.rateLimitAfter = github.requests.length + 1;
    try {
      const started = Date.now();
      const { startRepositorySync } = await okAt(server.url, START, { input: { workspaceId } }, owner.token);
      const failed = await waitForSync(server.url, owner.token, startRepositorySync.id, 20_000);
      // The throttling plugin does not sleep until the reset an hour away.
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(failed).toMatchObject({ status: "FAILED", error: { code: "RATE_LIMITED" } });
      expect(Math.abs(new Date(failed.error!.retryAt!).getTime() - github.rateLimitResetAt)).toBeLessThan(2_000);
      expect(failed.error!.message).toMatch(/rate limit/i);
      const after = await codeTasks(server.url, owner.token, workspaceId);
      expect(after.version).toBe(before.version);
      expect(after.tasks).toEqual(before.tasks);
    } finally {
      github.rateLimitAfter = null;
      repo.git("reset", "-q", "--hard", "HEAD~1");
    }
  });
});
