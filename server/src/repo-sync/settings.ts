import path from "node:path";

/** Operator settings of the repository sync, read from the environment (never from API input). */
export interface RepoSyncSettings {
  /** GitHub REST base URL: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise. */
  githubApiUrl: string;
  /** Directories LOCAL_GIT paths must resolve into (after realpath); empty: any readable path. */
  localGitRoots: string[];
  /** 32 bytes, base64; unset: generated once into dataDir/token-encryption.key. */
  tokenEncryptionKey: string | undefined;
  dataDir: string;
}

const repoRoot = path.join(import.meta.dirname, "..", "..", "..");

export function repoSyncSettings(env: NodeJS.ProcessEnv = process.env): RepoSyncSettings {
  const githubApiUrl = (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/.test(githubApiUrl)) throw new Error(`GITHUB_API_URL must be an http(s):// URL, got ${env.GITHUB_API_URL}`);
  return {
    githubApiUrl,
    localGitRoots: (env.LOCAL_GIT_ROOTS ?? "")
      .split(":")
      .map((p) => p.trim())
      .filter(Boolean),
    tokenEncryptionKey: env.TOKEN_ENCRYPTION_KEY?.trim() || undefined,
    dataDir: path.resolve(repoRoot, env.DATA_DIR ?? "./data"),
  };
}

/** The web host GitHub repository URLs may name: github.com for the public API, else the Enterprise host. */
export function githubWebHost(githubApiUrl: string): string {
  const host = new URL(githubApiUrl).host;
  return host === "api.github.com" ? "github.com" : host;
}
