import { execFile, spawn } from "node:child_process";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { type Branch, ProviderError, type RepoReader, type TreeEntry } from "./types.js";

// No shell, no prompts, no pager; system and user config could point git at hooks or helpers: not read.
const gitEnv = {
  ...process.env,
  GIT_TERMINAL_PROMPT: "0",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_PAGER: "cat",
  LC_ALL: "C",
};

function git(cwd: string, args: string[], signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["-c", "safe.directory=*", ...args],
      { cwd, env: gitEnv, maxBuffer: 512 * 1024 * 1024, signal, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) reject(Object.assign(error, { stderr: String(stderr) }));
        else resolve(stdout);
      },
    );
  });
}

export interface LocalRepository {
  /** realpath of the repository (its work tree's top level, or the bare repository's directory). */
  path: string;
  name: string;
  defaultBranch: string;
}

/**
 * Checks a LOCAL_GIT path: absolute, resolving (symlinks followed) into one of `roots` when any are set,
 * and the top of a git repository with at least one branch. Returns null with a reason otherwise.
 */
export async function inspectLocalRepository(input: string, roots: string[]): Promise<LocalRepository | { problem: string }> {
  if (!path.isAbsolute(input)) return { problem: "path must be an absolute path on the server." };
  let real: string;
  try {
    real = await realpath(input);
    if (!(await stat(real)).isDirectory()) return { problem: "path is not a directory." };
  } catch {
    return { problem: "path does not exist or the server cannot read it." };
  }
  if (roots.length) {
    const allowed = await Promise.all(roots.map((root) => realpath(root).catch(() => null)));
    if (!allowed.some((root) => root && (real === root || real.startsWith(root.endsWith("/") ? root : `${root}/`)))) {
      return { problem: "path is outside the directories this server may read (LOCAL_GIT_ROOTS)." };
    }
  }
  let top: string;
  try {
    const [bare, gitDir, toplevel] = (
      await git(real, ["rev-parse", "--is-bare-repository", "--absolute-git-dir", "--show-toplevel"]).catch(
        // A bare repository has no top level: ask again without it.
        () => git(real, ["rev-parse", "--is-bare-repository", "--absolute-git-dir"]),
      )
    ).split("\n");
    top = bare === "true" ? await realpath(gitDir ?? "") : await realpath(toplevel ?? "");
  } catch {
    return { problem: "path is not a git repository." };
  }
  if (top !== real) return { problem: "path must be the top directory of a git repository." };
  const reader = localGitReader(real);
  const branches = await reader.branches().catch(() => []);
  const defaultBranch = branches.find((b) => b.isDefault)?.name;
  if (!defaultBranch) return { problem: "the repository has no branch to sync." };
  return { path: real, name: path.basename(real), defaultBranch };
}

/** git failing on a linked repository: gone or unreadable since it was linked (never the raw stderr). */
async function inWords<T>(run: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (signal?.aborted || error instanceof ProviderError) throw error;
    throw new ProviderError("NOT_FOUND", "The repository can no longer be read at its path on the server.");
  }
}

export function localGitReader(repoPath: string, signal?: AbortSignal): RepoReader {
  const reader = localGitObjects(repoPath, signal);
  return {
    branches: () => inWords(() => reader.branches(), signal),
    resolveHead: (branch) => inWords(() => reader.resolveHead(branch), signal),
    listTree: (sha) => inWords(() => reader.listTree(sha), signal),
    readBlobs: (entries) => reader.readBlobs(entries),
  };
}

function localGitObjects(repoPath: string, signal?: AbortSignal): RepoReader {
  return {
    async branches(): Promise<Branch[]> {
      const out = await git(repoPath, ["for-each-ref", "--format=%(refname:short)%09%(objectname)", "refs/heads/"], signal);
      const head = (await git(repoPath, ["symbolic-ref", "--quiet", "--short", "HEAD"], signal).catch(() => "")).trim();
      const branches = out
        .split("\n")
        .filter(Boolean)
        .map((row) => {
          const [name, headSha] = row.split("\t");
          return { name: name!, headSha: headSha!, isDefault: false };
        });
      const preferred =
        branches.find((b) => b.name === head) ?? branches.find((b) => b.name === "main" || b.name === "master") ?? branches[0];
      if (preferred) preferred.isDefault = true;
      return branches;
    },
    async resolveHead(branch) {
      try {
        return (
          await git(repoPath, ["rev-parse", "--verify", "--quiet", "--end-of-options", `refs/heads/${branch}^{commit}`], signal)
        ).trim();
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new ProviderError("NOT_FOUND", `Branch ${branch} does not exist in the repository.`);
      }
    },
    async listTree(commitSha) {
      const out = await git(repoPath, ["ls-tree", "-r", "-z", "-l", "--end-of-options", commitSha], signal);
      const entries: TreeEntry[] = [];
      for (const record of out.split("\0")) {
        if (!record) continue;
        const tab = record.indexOf("\t");
        const [mode, type, sha, size] = record.slice(0, tab).split(/ +/);
        // Submodules (type commit) are other repositories: not blobs of this tree.
        if (type !== "blob") continue;
        entries.push({ path: record.slice(tab + 1), mode: mode!, sha: sha!, size: Number(size) });
      }
      return entries;
    },
    readBlobs: (entries) => catFileBatch(repoPath, entries, signal),
  };
}

/** One `git cat-file --batch` process for all blobs: ids in on stdin, "<id> blob <size>\n<bytes>\n" out. */
async function* catFileBatch(
  repoPath: string,
  entries: TreeEntry[],
  signal?: AbortSignal,
): AsyncGenerator<{ entry: TreeEntry; content: Buffer }> {
  if (entries.length === 0) return;
  const child = spawn("git", ["-c", "safe.directory=*", "cat-file", "--batch"], {
    cwd: repoPath,
    env: gitEnv,
    stdio: ["pipe", "pipe", "ignore"],
    signal,
  });
  child.on("error", () => {});
  child.stdin.on("error", () => {});
  const writing = (async () => {
    for (const entry of entries) {
      if (!child.stdin.write(`${entry.sha}\n`)) await new Promise((resolve) => child.stdin.once("drain", resolve));
    }
    child.stdin.end();
  })();
  let buffer: Buffer = Buffer.alloc(0);
  let index = 0;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      while (index < entries.length) {
        const newline = buffer.indexOf(10);
        if (newline === -1) break;
        const header = buffer.subarray(0, newline).toString("latin1").split(" ");
        if (header[1] === "missing") {
          buffer = buffer.subarray(newline + 1);
          index++;
          continue;
        }
        const size = Number(header[2]);
        if (buffer.length < newline + 1 + size + 1) break;
        const content = Buffer.from(buffer.subarray(newline + 1, newline + 1 + size));
        buffer = buffer.subarray(newline + 1 + size + 1);
        yield { entry: entries[index++]!, content };
      }
      if (index >= entries.length) break;
    }
    await writing;
  } finally {
    child.kill();
  }
  if (signal?.aborted) throw signal.reason;
}
