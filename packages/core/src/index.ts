export { ACTIONS, type Action } from "./actions.js";
export { isRefusedTokenClose, SocketClose, type SocketCloseCode } from "./closeCodes.js";
export {
  GAP,
  insertionIndex,
  type Positioned,
  positionAt,
  positionAtEnd,
  positionInSpreadColumn,
  spreadPosition,
} from "./positions.js";
export { assignableRoles, can, canManageRole, type Permission, ROLES, type Role } from "./roles.js";
