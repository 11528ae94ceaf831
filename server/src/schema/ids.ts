import { decodeId } from "../ids.js";

export { decodeId, encodeId, type NodeType } from "../ids.js";

/** The `workspaceId` argument every workspace-scoped field takes. */
export const decodeWorkspaceId = (value: string | number) => decodeId(String(value), "Workspace", "workspaceId");
