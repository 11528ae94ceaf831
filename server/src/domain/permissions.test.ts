import { describe, expect, it } from "vitest";
import type { Role } from "../generated/prisma/enums.js";
import { can, canManageRole, operationPermission } from "./permissions.js";

const roles: Role[] = ["VIEWER", "MEMBER", "ADMIN", "OWNER"];

describe("can", () => {
  it("every role reads; members and up write tasks; admins and up manage members; only owners manage the workspace", () => {
    const allowed = (permission: Parameters<typeof can>[1]) => roles.filter((role) => can(role, permission));
    expect(allowed("read")).toEqual(["VIEWER", "MEMBER", "ADMIN", "OWNER"]);
    expect(allowed("writeTasks")).toEqual(["MEMBER", "ADMIN", "OWNER"]);
    expect(allowed("manageMembers")).toEqual(["ADMIN", "OWNER"]);
    expect(allowed("manageWorkspace")).toEqual(["OWNER"]);
  });
});

describe("canManageRole", () => {
  it("owners manage every role; admins only the roles below their own; the rest none above their own", () => {
    expect(roles.filter((role) => canManageRole("OWNER", role))).toEqual(roles);
    expect(roles.filter((role) => canManageRole("ADMIN", role))).toEqual(["VIEWER", "MEMBER"]);
    expect(roles.filter((role) => canManageRole("MEMBER", role))).toEqual(["VIEWER"]);
    expect(roles.filter((role) => canManageRole("VIEWER", role))).toEqual([]);
  });
});

describe("operationPermission", () => {
  it("removeMember: leaving needs only read, removing someone else manageMembers", () => {
    expect(operationPermission.removeMember("u1", "u1")).toBe("read");
    expect(operationPermission.removeMember("u1", "u2")).toBe("manageMembers");
    expect(operationPermission.removeMember(undefined, "u2")).toBe("manageMembers");
  });

  it("names a known permission for every operation", () => {
    for (const [operation, rule] of Object.entries(operationPermission)) {
      const permission = typeof rule === "function" ? rule("a", "b") : rule;
      expect(() => can("OWNER", permission), operation).not.toThrow();
      expect(can("OWNER", permission), operation).toBe(true);
    }
  });
});
