import { type DocumentNode, type ExecutionArgs, type GraphQLSchema, TypeInfo, visit, visitWithTypeInfo } from "graphql";
import type { Role } from "../generated/prisma/client.js";
import type { Audience } from "./shared-execution.js";

/**
 * Types whose every field resolves the same for every member of a workspace with the same role: what a
 * subscription shows of an event. A selection that reaches anything else (a workspace's `myRole`, a
 * user's own activity calendar, …) may differ from one person to the next, so it is shared only between
 * subscriptions of the same person.
 */
// Board: its fields (name, order, archived, tasks) are the workspace's, alike for every member; the web client's
// taskChanged selection reaches `task { board { id } }`.
const sameForRole = new Set(["Subscription", "TaskChangedEvent", "Task", "Activity", "User", "Board"]);
const perPerson = new Set(["User.activityCalendar"]);

const verdicts = new WeakMap<DocumentNode, boolean>();

function sharedByRole(schema: GraphQLSchema, document: DocumentNode): boolean {
  let verdict = verdicts.get(document);
  if (verdict !== undefined) return verdict;
  verdict = true;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType()?.name;
        if (node.name.value === "__typename") return;
        if (!parent || !sameForRole.has(parent) || perPerson.has(`${parent}.${node.name.value}`)) verdict = false;
      },
    }),
  );
  verdicts.set(document, verdict);
  return verdict;
}

/** The audience of a workspace subscriber: its role (read live), and itself when the selection is personal. */
export function workspaceAudience(userId: string, role: () => Role | null): Audience {
  return (args: ExecutionArgs) => {
    const current = role();
    if (!current) return null;
    return sharedByRole(args.schema, args.document) ? `role:${current}` : `user:${userId}:${current}`;
  };
}
