import { describe, expect, it } from "vitest";
import { assignableRoles, can, canManageRole, type Permission, ROLES, type Role } from "./roles.js";

describe("can", () => {
  // The matrix, row by row: which roles hold each capability.
  const holders: Record<Permission, Role[]> = {
    read: ["VIEWER", "MEMBER", "ADMIN", "OWNER"],
    writeTasks: ["MEMBER", "ADMIN", "OWNER"],
    comment: ["MEMBER", "ADMIN", "OWNER"],
    manageMembers: ["ADMIN", "OWNER"],
    manageBoards: ["ADMIN", "OWNER"],
    manageLabels: ["ADMIN", "OWNER"],
    moderateComments: ["ADMIN", "OWNER"],
    manageRepository: ["ADMIN", "OWNER"],
    syncRepository: ["MEMBER", "ADMIN", "OWNER"],
    manageWorkspace: ["OWNER"],
  };
  for (const [permission, roles] of Object.entries(holders) as [Permission, Role[]][]) {
    for (const role of ROLES) {
      it(`${role} ${roles.includes(role) ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(roles.includes(role));
      });
    }
  }

  it("refuses everything to someone without a role", () => {
    expect(can(undefined, "read")).toBe(false);
    expect(can(null, "read")).toBe(false);
  });
});

describe("canManageRole", () => {
  it("lets an owner manage every role, other owners included", () => {
    for (const role of ROLES) expect(canManageRole("OWNER", role)).toBe(true);
  });

  it("lets an admin manage only the roles below ADMIN", () => {
    expect(ROLES.filter((role) => canManageRole("ADMIN", role))).toEqual(["VIEWER", "MEMBER"]);
  });

  it("lets members, viewers and non-members manage nobody above or beside them", () => {
    expect(ROLES.filter((role) => canManageRole("MEMBER", role))).toEqual(["VIEWER"]);
    expect(ROLES.filter((role) => canManageRole("VIEWER", role))).toEqual([]);
    expect(ROLES.filter((role) => canManageRole(undefined, role))).toEqual([]);
  });

  it("offers the grantable roles lowest first", () => {
    expect(assignableRoles("OWNER")).toEqual(["VIEWER", "MEMBER", "ADMIN", "OWNER"]);
    expect(assignableRoles("ADMIN")).toEqual(["VIEWER", "MEMBER"]);
  });
});
