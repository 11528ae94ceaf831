import type { RepositorySyncPhase, RepositorySyncStatus } from "../../gql/graphql";

export const PHASES: { phase: RepositorySyncPhase; label: string }[] = [
  { phase: "RESOLVE_HEAD", label: "Resolve branch" },
  { phase: "FETCH_TREE", label: "Read tree" },
  { phase: "SCAN_FILES", label: "Scan files" },
  { phase: "UPSERT_TASKS", label: "Update tasks" },
  { phase: "CLOSE_REMOVED", label: "Close removed" },
  { phase: "FINISH", label: "Finish" },
];

export const isActive = (status: RepositorySyncStatus) => status === "QUEUED" || status === "RUNNING";

export const STATUS_LABEL: Record<RepositorySyncStatus, string> = {
  QUEUED: "Queued",
  RUNNING: "Running",
  SUCCEEDED: "Succeeded",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
};

/** "1 min 05 s", "12 s". */
export function elapsed(fromIso: string, toMs: number): string {
  const seconds = Math.max(0, Math.round((toMs - new Date(fromIso).getTime()) / 1000));
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s` : `${seconds} s`;
}
