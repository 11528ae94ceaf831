import { sqlOf } from "../db/raw.js";
import type { Task } from "../generated/prisma/client.js";
import type { Tx } from "./changes.js";

/** The fields an edit may carry; each is logged under the same name in the log's task state (tasks.ts loggedState). */
export type EditableField = "title" | "description" | "status" | "priority" | "assigneeId" | "labelIds" | "dueAt";

type LoggedState = Record<string, unknown> & { version?: number; deleted?: boolean };

/**
 * Which of `fields` someone else changed since `expectedVersion`, read from the task's own log entries.
 * An edit based on an older version merges (as Linear does) unless one of the fields it writes was changed
 * in between. When the log cannot account for every version in between (a version from the future, a gap),
 * every field counts as changed: better to ask than to overwrite.
 */
export async function fieldsChangedSince(
  tx: Tx,
  task: Task,
  expectedVersion: number,
  fields: readonly EditableField[],
): Promise<EditableField[]> {
  if (expectedVersion >= task.version) return [...fields];
  const rows = await sqlOf(tx).query<{ metadata: { before?: LoggedState; after?: LoggedState } }>(
    `SELECT metadata FROM "Event"
     WHERE "workspaceId" = $1 AND "entityType" = 'Task' AND "entityId" = $2 AND (metadata->'after'->>'version')::int > $3::int`,
    [task.workspaceId, task.id, expectedVersion],
  );
  const seen = new Set<number>();
  const changed = new Set<EditableField>();
  for (const { metadata } of rows) {
    const { before, after } = metadata;
    if (!before || !after || typeof after.version !== "number") return [...fields];
    seen.add(after.version);
    for (const field of fields) if (field in after && !sameJson(before[field], after[field])) changed.add(field);
  }
  for (let v = expectedVersion + 1; v <= task.version; v++) if (!seen.has(v)) return [...fields];
  return fields.filter((f) => changed.has(f));
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
