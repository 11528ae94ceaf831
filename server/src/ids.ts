// The API's identifiers: Relay global IDs (type name and row id). Every layer speaks them: the schema decodes
// arguments, and the domain names tasks in a refusal's `extensions` the way clients know them.
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { badInput } from "./errors.js";
import { textProblem } from "./security/text.js";

export type NodeType =
  | "User"
  | "Workspace"
  | "Task"
  | "Invitation"
  | "Activity"
  | "Member"
  | "Label"
  | "Board"
  | "Checkpoint"
  | "Comment"
  | "Notification"
  | "Repository"
  | "RepositorySync";

/** Decodes a Relay global ID of one expected type; anything else is the client's mistake, said plainly. */
export function decodeId(value: string, type: NodeType, field: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(value);
  } catch {
    throw badInput(`${field} is not a valid ID.`, field, "INVALID_ID");
  }
  if (decoded.typename !== type || !decoded.id) throw badInput(`${field} must be the ID of a ${type}.`, field, "INVALID_ID");
  // The input plugin (security/well-formed-input.ts) refuses these before execution; this keeps any other
  // caller from handing the database text it cannot store.
  const problem = textProblem(decoded.id);
  if (problem) throw badInput(`${field} is not a valid ID: it decodes to text with ${problem}.`, field, "INVALID_ID");
  return decoded.id;
}

export const encodeId = (type: NodeType, id: string) => encodeGlobalID(type, id);

/** Decodes any well-formed global ID (the `t.arg.globalID({ for })` arguments then check its type). */
export function decodeAnyId(value: string): { typename: string; id: string } {
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename && decoded.id && !textProblem(decoded.id)) return decoded;
  } catch {
    // refused below
  }
  throw badInput(`${value.length > 60 ? "That" : `"${value}"`} is not a valid ID.`, undefined, "INVALID_ID");
}
