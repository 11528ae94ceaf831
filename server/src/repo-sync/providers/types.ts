/** A blob of the tree at the synced commit. */
export interface TreeEntry {
  path: string;
  /** Git file mode: 100644 regular, 100755 executable, 120000 symlink. */
  mode: string;
  sha: string;
  size: number;
}

export interface Branch {
  name: string;
  headSha: string;
  isDefault: boolean;
}

/** Reads committed objects only (never a working tree), from the server's disk or from GitHub. */
export interface RepoReader {
  branches(): Promise<Branch[]>;
  /** The commit the branch points at. */
  resolveHead(branch: string): Promise<string>;
  /** Every blob of the commit's tree, recursively. */
  listTree(commitSha: string): Promise<TreeEntry[]>;
  /** The contents of these blobs, in any order. */
  readBlobs(entries: TreeEntry[]): AsyncGenerator<{ entry: TreeEntry; content: Buffer }>;
}

export type ProviderErrorCode = "RATE_LIMITED" | "ACCESS_DENIED" | "NOT_FOUND" | "UPSTREAM_ERROR";

/** A provider failure in plain words (never a token), with when to retry for RATE_LIMITED. */
export class ProviderError extends Error {
  constructor(
    readonly code: ProviderErrorCode,
    message: string,
    readonly retryAt: Date | null = null,
  ) {
    super(message);
  }
}

/** Branch names as git accepts them (git check-ref-format), checked before any provider call. */
export function validBranchName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !name.startsWith("-") &&
    !name.startsWith("/") &&
    !name.endsWith("/") &&
    !name.endsWith(".") &&
    !name.endsWith(".lock") &&
    !name.includes("..") &&
    !name.includes("//") &&
    !name.includes("@{") &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: git refuses control characters in ref names
    !/[\x00-\x20\x7f~^:?*[\\]/.test(name)
  );
}
