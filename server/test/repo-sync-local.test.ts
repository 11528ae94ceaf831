import { renameSync } from "node:fs";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filler, GitRepo } from "./fixtures/git-repo.js";
import {
  BRANCHES,
  CANCEL,
  codeTasks,
  errorAt,
  LINK,
  okAt,
  START,
  type SyncView,
  syncAt,
  syncNow,
  UNLINK,
  waitForSync,
} from "./fixtures/repo-sync-api.js";
import { addMember, createWorkspace, serverUrl, signUp, type TestUser } from "./support/client.js";
import { Undo } from "./support/documents.js";

// A repository with several languages, a binary, a vendored folder, a symlink out of the tree, a second
// branch and an uncommitted edit: exactly the committed TODOs outside vendored and binary files are tasks.
function sampleRepository() {
  const repo = new GitRepo();
  repo.write(
    "src/app.ts",
    [
      'const banner = "// TODO: not a comment, a string";',
      "// TODO(alice): Validate the input",
      "// before it reaches the parser",
      "export function run() {",
      "  return 1; // FIXME: off by one",
      "}",
      filler(5),
      "/*",
      " * HACK: retry until the cache warms",
      " */",
      "// TODO: Validate the input",
    ].join("\n"),
  );
  repo.write("lib/util.py", ['s = "# TODO: inside a string"', "# TODO: Use pathlib", "def f():", "    pass  # HACK: globals"].join("\n"));
  repo.write("styles/site.css", "/* FIXME: dark mode colours */\nbody { color: red; }\n");
  repo.write("docs/README.md", "# Docs\n<!-- TODO: write the install guide -->\n");
  repo.write("assets/logo.bin", Buffer.concat([Buffer.from("TODO: binary\0"), Buffer.alloc(64, 1)]));
  repo.write("node_modules/dep/index.js", "// TODO: vendored, never imported\n");
  repo.write("vendor/lib.go", "// TODO: vendored too\n");
  repo.write("notes.txt", "TODO: plain text has no comment syntax\n");
  repo.symlink("/etc/hostname", "outside-link");
  repo.commit("initial");
  repo.git("branch", "feature");
  repo.git("checkout", "-q", "feature");
  repo.write("src/feature.ts", "// TODO: only on the feature branch\n");
  repo.commit("feature work");
  repo.git("checkout", "-q", "main");
  // Uncommitted: never read.
  repo.write("src/app.ts", "// TODO: uncommitted edit\n");
  return repo;
}

const mainTitles = [
  "Validate the input", // alice's, ordinal 0
  "off by one",
  "retry until the cache warms",
  "Validate the input", // ordinal 1
  "Use pathlib",
  "globals",
  "dark mode colours",
  "write the install guide",
].sort();

describe("repository sync from a local git repository", () => {
  let url: string;
  let owner: TestUser, admin: TestUser, member: TestUser, viewer: TestUser, outsider: TestUser;
  let workspaceId: string;
  let repo: GitRepo;

  beforeAll(async () => {
    url = serverUrl();
    owner = await signUp("Owner");
    workspaceId = (await createWorkspace(owner, "Code")).id;
    [admin, member, viewer, outsider] = await Promise.all([signUp("Admin"), signUp("Member"), signUp("Viewer"), signUp("Outsider")]);
    await addMember(owner, workspaceId, admin, "ADMIN");
    await addMember(owner, workspaceId, member, "MEMBER");
    await addMember(owner, workspaceId, viewer, "VIEWER");
    repo = sampleRepository();
  });
  afterAll(() => repo?.remove());

  it("refuses bad paths and low roles with nothing written", async () => {
    const link = (token: string, input: Record<string, unknown>) =>
      errorAt(url, LINK, { input: { workspaceId, provider: "LOCAL_GIT", ...input } }, token);
    expect(await link(viewer.token, { path: repo.dir })).toMatchObject({ code: "FORBIDDEN" });
    expect(await link(member.token, { path: repo.dir })).toMatchObject({ code: "FORBIDDEN" });
    expect(await link(outsider.token, { path: repo.dir })).toMatchObject({ code: "NOT_FOUND" });
    for (const path of ["relative/path", "/does/not/exist", "/tmp", `${repo.dir}/src`, `${repo.dir}/src/app.ts`]) {
      expect(await link(admin.token, { path }), path).toMatchObject({ code: "BAD_USER_INPUT", field: "path" });
    }
    expect(await link(admin.token, {})).toMatchObject({ code: "BAD_USER_INPUT", field: "path" });
    expect(await link(admin.token, { path: repo.dir, token: "ghp_secret" })).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    const { repository, version } = await codeTasks(url, owner.token, workspaceId);
    expect(repository).toBeNull();
    expect(version).toBe((await codeTasks(url, owner.token, workspaceId)).version);
    expect(await errorAt(url, START, { input: { workspaceId } }, member.token)).toMatchObject({ code: "NOT_FOUND" });
  });

  let first: SyncView;
  let firstTasks: Awaited<ReturnType<typeof codeTasks>>["tasks"];

  it("links (ADMIN), lists branches, and the first sync imports exactly the committed TODOs", async () => {
    const { linkRepository } = await okAt(url, LINK, { input: { workspaceId, provider: "LOCAL_GIT", path: repo.dir } }, admin.token);
    expect(linkRepository).toMatchObject({ provider: "LOCAL_GIT", path: repo.dir, url: null, defaultBranch: "main", hasToken: false });
    expect(await errorAt(url, LINK, { input: { workspaceId, provider: "LOCAL_GIT", path: repo.dir } }, owner.token)).toMatchObject({
      code: "CONFLICT",
    });

    const { repositoryBranches } = await okAt(url, BRANCHES, { workspaceId }, viewer.token);
    expect(repositoryBranches.map((b) => b.name).sort()).toEqual(["feature", "main"]);
    expect(repositoryBranches.find((b) => b.isDefault)?.name).toBe("main");
    expect(await errorAt(url, BRANCHES, { workspaceId }, outsider.token)).toMatchObject({ code: "NOT_FOUND" });

    expect(await errorAt(url, START, { input: { workspaceId } }, viewer.token)).toMatchObject({ code: "FORBIDDEN" });
    const { startRepositorySync } = await okAt(url, START, { input: { workspaceId } }, member.token);
    // Answers at once, before any provider call: nothing is resolved yet.
    expect(startRepositorySync).toMatchObject({ status: "QUEUED", phase: "RESOLVE_HEAD", progress: 0, headSha: null, branch: "main" });
    first = await waitForSync(url, member.token, startRepositorySync.id);
    expect(first.status, JSON.stringify(first.error)).toBe("SUCCEEDED");
    expect(first.progress).toBe(1);
    expect(first.headSha).toBe(repo.git("rev-parse", "main").trim());
    expect(first.stats).toMatchObject({ todosFound: 8, tasksCreated: 8, tasksUpdated: 0, tasksClosed: 0, tasksReopened: 0 });
    // 10 blobs: app.ts, util.py, site.css, README.md, logo.bin, 2 vendored, notes.txt, the symlink; all counted.
    expect(first.stats.filesTotal).toBe(9);
    expect(first.stats.filesScanned).toBe(4);
    expect(first.stats.filesScanned + first.stats.filesSkipped).toBe(first.stats.filesTotal);

    firstTasks = (await codeTasks(url, viewer.token, workspaceId)).tasks;
    expect(firstTasks.map((t) => t.title).sort()).toEqual(mainTitles);
    for (const task of firstTasks) {
      expect(task.labels.map((l) => l.name)).toContain("from-code");
      expect(task.codeRef).toMatchObject({ commitSha: first.headSha, url: null, present: true });
    }
    const alice = firstTasks.find((t) => t.codeRef!.reference === "alice")!;
    expect(alice).toMatchObject({
      title: "Validate the input",
      description: "before it reaches the parser",
      codeRef: { path: "src/app.ts", line: 2, tag: "TODO" },
    });
    expect(firstTasks.find((t) => t.title === "retry until the cache warms")!.codeRef).toMatchObject({ tag: "HACK", line: 13 });
  });

  it("stays out of the starter's undo stack", async () => {
    expect(await errorAt(url, Undo, { input: { workspaceId } }, member.token).catch(() => null)).toMatchObject({ code: "CONFLICT" });
  });

  it("keeps moved and renamed TODOs as the same tasks, closes the removed one, adds the new one, writes nothing when unchanged", async () => {
    repo.git("checkout", "-q", "--", ".");
    // Remove "Use pathlib", add one, move the FIXME ten lines down, rename the CSS file.
    repo.write("lib/util.py", ["def f():", "    pass  # HACK: globals"].join("\n"));
    const app = repo.git("show", "main:src/app.ts").split("\n");
    app.splice(4, 0, filler(10));
    repo.write("src/app.ts", app.join("\n"));
    repo.write("src/new.ts", "// TODO: a brand new one\n");
    repo.move("styles/site.css", "styles/theme.css");
    const head = repo.commit("edits");

    const second = await syncNow(url, member.token, workspaceId);
    expect(second.status).toBe("SUCCEEDED");
    expect(second.previousSync?.id).toBe(first.id);
    expect(second.stats).toMatchObject({ tasksCreated: 1, tasksClosed: 1, tasksReopened: 0 });
    const after = (await codeTasks(url, viewer.token, workspaceId)).tasks;
    const byId = new Map(after.map((t) => [t.id, t]));
    const was = (title: string) => firstTasks.find((t) => t.title === title)!;
    // Same task ids: the move and the rename are not new tasks.
    expect(byId.get(was("off by one").id)!.codeRef).toMatchObject({ path: "src/app.ts", line: 15, commitSha: head, present: true });
    expect(byId.get(was("dark mode colours").id)!.codeRef).toMatchObject({ path: "styles/theme.css", line: 1, present: true });
    expect(byId.get(was("Use pathlib").id)).toMatchObject({ status: "DONE", codeRef: { present: false } });
    expect(after.filter((t) => t.title === "a brand new one")).toHaveLength(1);
    expect(after.filter((t) => t.title === "dark mode colours")).toHaveLength(1);
    // A TODO in a file nobody touched is not written.
    expect(byId.get(was("write the install guide").id)!.version).toBe(was("write the install guide").version);
    expect(after).toHaveLength(9);

    const before = await codeTasks(url, viewer.token, workspaceId);
    const third = await syncNow(url, member.token, workspaceId);
    expect(third.stats).toMatchObject({ tasksCreated: 0, tasksUpdated: 0, tasksClosed: 0, tasksReopened: 0 });
    expect((await codeTasks(url, viewer.token, workspaceId)).version).toBe(before.version);

    // The comment comes back: the same task reopens.
    repo.write("lib/util.py", ["# TODO: Use pathlib", "def f():", "    pass  # HACK: globals"].join("\n"));
    repo.commit("pathlib again");
    const fourth = await syncNow(url, member.token, workspaceId);
    expect(fourth.stats).toMatchObject({ tasksCreated: 0, tasksReopened: 1, tasksClosed: 0 });
    expect((await codeTasks(url, viewer.token, workspaceId)).tasks.find((t) => t.id === was("Use pathlib").id)).toMatchObject({
      status: "TODO",
      codeRef: { present: true },
    });
  });

  it("syncs another branch: the board mirrors the branch last synced", async () => {
    const sync = await syncNow(url, member.token, workspaceId, "feature");
    expect(sync.status).toBe("SUCCEEDED");
    const tasks = (await codeTasks(url, viewer.token, workspaceId)).tasks;
    expect(tasks.find((t) => t.title === "only on the feature branch")?.codeRef?.present).toBe(true);
    expect(tasks.find((t) => t.title === "a brand new one")?.codeRef?.present).toBe(false);
    const missing = await syncNow(url, member.token, workspaceId, "no-such-branch");
    expect(missing).toMatchObject({ status: "FAILED", phase: "RESOLVE_HEAD", error: { code: "NOT_FOUND" } });
    expect(await errorAt(url, START, { input: { workspaceId, branch: "../etc" } }, member.token)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "branch",
    });
  });

  it("lets exactly one of concurrent starts win; the others get CONFLICT", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${member.token}` },
          body: JSON.stringify({ query: print(START), variables: { input: { workspaceId } } }),
        }).then(
          (r) => r.json() as Promise<{ data?: { startRepositorySync: SyncView } | null; errors?: { extensions: { code: string } }[] }>,
        ),
      ),
    );
    const winners = results.filter((r) => r.data?.startRepositorySync);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => !r.data?.startRepositorySync)) expect(loser.errors?.[0]?.extensions.code).toBe("CONFLICT");
    const winner = winners[0]!.data!.startRepositorySync.id;
    expect(await errorAt(url, CANCEL, { input: { syncId: winner } }, viewer.token)).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorAt(url, CANCEL, { input: { syncId: winner } }, outsider.token)).toMatchObject({ code: "NOT_FOUND" });
    const done = await waitForSync(url, member.token, winner);
    expect(done.status).toBe("SUCCEEDED");
    expect(await errorAt(url, CANCEL, { input: { syncId: done.id } }, member.token)).toMatchObject({ code: "CONFLICT" });
  });

  it("unlinks (ADMIN, not while running); linking the same repository again adopts its tasks", async () => {
    expect(await errorAt(url, UNLINK, { input: { workspaceId } }, member.token)).toMatchObject({ code: "FORBIDDEN" });
    await okAt(url, UNLINK, { input: { workspaceId } }, admin.token);
    const count = (await codeTasks(url, viewer.token, workspaceId)).tasks.length;
    await okAt(url, LINK, { input: { workspaceId, provider: "LOCAL_GIT", path: `${repo.dir}/` } }, owner.token);
    const again = await syncNow(url, member.token, workspaceId, "feature");
    expect(again.stats.tasksCreated).toBe(0);
    expect((await codeTasks(url, viewer.token, workspaceId)).tasks).toHaveLength(count);
  });

  it("fails NOT_FOUND in words when the linked directory is gone, touching no task", async () => {
    const before = await codeTasks(url, viewer.token, workspaceId);
    renameSync(repo.dir, `${repo.dir}-moved`);
    try {
      const sync = await syncNow(url, member.token, workspaceId);
      expect(sync).toMatchObject({ status: "FAILED", error: { code: "NOT_FOUND" } });
      expect(sync.error!.message).not.toMatch(/fatal|stderr/i);
      expect((await codeTasks(url, viewer.token, workspaceId)).version).toBe(before.version);
    } finally {
      renameSync(`${repo.dir}-moved`, repo.dir);
    }
  });
});

describe("cancelling a sync", () => {
  it("ends it CANCELLED mid-way and writes nothing after", async () => {
    const owner = await signUp("Canceller");
    const workspaceId = (await createWorkspace(owner, "Big")).id;
    const repo = new GitRepo();
    try {
      for (let i = 0; i < 3000; i++)
        repo.write(`src/m${Math.floor(i / 100)}/f${i}.ts`, `// TODO: task number ${i}\nexport const v${i} = ${i};\n`);
      repo.commit("many todos");
      await okAt(serverUrl(), LINK, { input: { workspaceId, provider: "LOCAL_GIT", path: repo.dir } }, owner.token);
      const { startRepositorySync } = await okAt(serverUrl(), START, { input: { workspaceId } }, owner.token);
      // Wait until it is writing tasks, then cancel.
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const sync = await syncAt(serverUrl(), owner.token, startRepositorySync.id);
        if (sync.phase === "UPSERT_TASKS" && sync.progress > 0.8) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const { cancelRepositorySync } = await okAt(serverUrl(), CANCEL, { input: { syncId: startRepositorySync.id } }, owner.token);
      expect(cancelRepositorySync.status).toBe("CANCELLED");
      const atCancel = await codeTasks(serverUrl(), owner.token, workspaceId);
      expect(atCancel.tasks.length).toBeGreaterThan(0);
      expect(atCancel.tasks.length).toBeLessThan(3000);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const later = await codeTasks(serverUrl(), owner.token, workspaceId);
      expect(later.version).toBe(atCancel.version);
      expect(later.tasks.length).toBe(atCancel.tasks.length);
      const ended = await waitForSync(serverUrl(), owner.token, startRepositorySync.id);
      expect(ended.status).toBe("CANCELLED");
      expect(ended.completedAt).not.toBeNull();
      expect(await errorAt(serverUrl(), CANCEL, { input: { syncId: startRepositorySync.id } }, owner.token)).toMatchObject({
        code: "CONFLICT",
      });
    } finally {
      repo.remove();
    }
  }, 120_000);
});
