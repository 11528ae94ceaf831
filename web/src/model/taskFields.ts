import type { TaskPriority, TaskStatus } from "../gql/graphql";
import { PRIORITY_LABEL, STATUS_LABEL } from "./displayNames";

/** The editable fields, as the server's conflict payload and history entries name them. */
export type FieldName = "title" | "description" | "status" | "priority" | "assigneeId";
export const FIELDS: FieldName[] = ["title", "description", "status", "priority", "assigneeId"];
export const FIELD_LABEL: Record<FieldName, string> = {
  title: "Title",
  description: "Description",
  status: "Status",
  priority: "Priority",
  assigneeId: "Assignee",
};

type Person = { id: string; name: string };

/** Relay IDs are base64("User:<raw>"); the log stores raw IDs. Accept either. */
export function samePerson(globalId: string, id: string) {
  if (globalId === id) return true;
  try {
    return atob(globalId) === `User:${id}`;
  } catch {
    return false;
  }
}

/** One value in plain words. */
export function formatField(field: FieldName, value: unknown, people: Person[]): string {
  if (value === undefined) return "—";
  switch (field) {
    case "status":
      return STATUS_LABEL[value as TaskStatus] ?? String(value);
    case "priority":
      return PRIORITY_LABEL[value as TaskPriority] ?? String(value);
    case "assigneeId":
      if (!value) return "Unassigned";
      return people.find((p) => samePerson(p.id, String(value)))?.name ?? "A former member";
    case "description": {
      const text = String(value ?? "");
      if (!text) return "(empty)";
      return text.length > 80 ? `${text.slice(0, 80)}…` : text;
    }
    default:
      return String(value ?? "");
  }
}

/** Fields whose values differ between two records (missing fields are not compared). */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldName[] {
  if (!before || !after) return [];
  return FIELDS.filter((f) => f in before && f in after && (before[f] ?? null) !== (after[f] ?? null));
}
