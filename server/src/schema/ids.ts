import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { badInput } from "../errors.js";

export type NodeType = "User" | "Workspace" | "Task" | "Invitation" | "Activity" | "Member";

/** Decodes a Relay global ID of one expected type; anything else is the client's mistake, said plainly. */
export function decodeId(value: string, type: NodeType, field: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(value);
  } catch {
    throw badInput(`${field} is not a valid ID.`, field);
  }
  if (decoded.typename !== type || !decoded.id) throw badInput(`${field} must be the ID of a ${type}.`, field);
  return decoded.id;
}

export const encodeId = (type: NodeType, id: string) => encodeGlobalID(type, id);

/** The `workspaceId` argument every workspace-scoped field takes. */
export const decodeWorkspaceId = (value: string | number) => decodeId(String(value), "Workspace", "workspaceId");
