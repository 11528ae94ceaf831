import { decodeId } from "../ids.js";

export { decodeAnyId, decodeId, encodeId, type NodeType } from "../ids.js";

/** The `workspaceId` argument every workspace-scoped field takes. */
export const decodeWorkspaceId = (value: string | number) => decodeId(String(value), "Workspace", "workspaceId");

/** A workspace argument as a resolver holds it: raw (`t.arg.id`) or decoded (`t.arg.globalID({ for: WorkspaceNode })`). */
export type WorkspaceIdArg = string | number | { id: string };
export const workspaceIdOf = (value: WorkspaceIdArg) => (typeof value === "object" ? value.id : decodeWorkspaceId(value));
