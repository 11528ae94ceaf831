import { syntaxFor } from "./languages.js";
import type { TreeEntry } from "./providers/types.js";

export const MAX_FILE_BYTES = 1_000_000;

export type SkipReason = "vendored" | "generated" | "symlink" | "submodule" | "too large" | "unsupported" | "binary";

const vendored =
  /(^|\/)(node_modules|vendor|vendors|third_party|third-party|thirdparty|bower_components|jspm_packages|Pods|Carthage|\.yarn|\.pnpm-store|site-packages)\//;
const generated =
  /(\.min\.(js|css)|\.map|\.bundle\.js|\.pb\.go|_pb2\.py|\.g\.dart|\.designer\.cs)$|\.generated\.|(^|\/)(generated|__generated__|dist|build|out|coverage)\/|(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock|poetry\.lock|Pipfile\.lock|mix\.lock|flake\.lock)$/;

/** Why a file is not worth reading, judged from its tree entry alone (so GitHub blobs are fetched only for the rest). */
export function skipBeforeReading(entry: TreeEntry): SkipReason | null {
  if (entry.mode === "120000") return "symlink";
  if (entry.mode === "160000") return "submodule";
  if (vendored.test(entry.path)) return "vendored";
  if (generated.test(entry.path)) return "generated";
  if (entry.size > MAX_FILE_BYTES) return "too large";
  if (!syntaxFor(entry.path)) return "unsupported";
  return null;
}

/** Binary as git decides it: a NUL byte in the first 8,000 bytes. */
export const isBinary = (content: Buffer) => content.subarray(0, 8000).includes(0);
