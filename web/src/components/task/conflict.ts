import type { CombinedError } from "urql";
import { hasReason } from "../../client/reasons";
import type { UpdateTaskInput } from "../../gql/graphql";
import { FIELDS, type FieldName } from "../../model/taskFields";
import type { Task } from "../board/boardModel";

/** The task as the server has it now, from a STALE_VERSION refusal's extensions.current. */
export type CurrentTask = { id: string; version: number; updatedAt?: string; clashing?: string[] } & Partial<Record<FieldName, unknown>>;

export interface Conflict {
  /** The task as it was when you started editing. */
  base: Task;
  /** What you tried to change (only the changed fields). */
  mine: UpdateTaskInput;
  current: CurrentTask;
}

/** The task as the server has it now, when the error says your edit was based on an older version. */
export function conflictCurrent(error: CombinedError | undefined): CurrentTask | null {
  if (!hasReason(error, "STALE_VERSION")) return null;
  const extensions = error?.graphQLErrors[0]?.extensions;
  const current = extensions?.current as CurrentTask | undefined;
  if (!current) return null;
  // The server names the fields you wrote that someone else changed meanwhile (an edit of other fields merges).
  const clashing = extensions?.fields;
  return Array.isArray(clashing) ? { ...current, clashing: clashing.map(String) } : current;
}

export const baseValue = (task: Task, f: FieldName): unknown => (f === "assigneeId" ? (task.assignee?.id ?? null) : task[f]);

/** The fields you changed, the fields they changed since your base, and every field either side touched. */
export function conflictFields({ base, mine, current }: Conflict) {
  const mineFields = FIELDS.filter((f) => f in mine);
  const theirFields = FIELDS.filter((f) => f in current && (current[f] ?? null) !== (baseValue(base, f) ?? null));
  const rows = FIELDS.filter((f) => mineFields.includes(f) || theirFields.includes(f));
  return { mineFields, theirFields, rows };
}
