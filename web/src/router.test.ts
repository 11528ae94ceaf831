import { describe, expect, it } from "vitest";
import { parseRoute, workspacePath } from "./router";

describe("parseRoute", () => {
  it("reads the profile, an invite link and home", () => {
    expect(parseRoute("/me")).toEqual({ page: "profile" });
    expect(parseRoute("/me/")).toEqual({ page: "profile" });
    expect(parseRoute("/invite/tg_abc")).toEqual({ page: "invite", token: "tg_abc" });
    expect(parseRoute("/")).toEqual({ page: "home" });
    expect(parseRoute("/nowhere/at/all")).toEqual({ page: "home" });
  });

  it("reads a workspace's board, its My tasks view and its members", () => {
    expect(parseRoute("/w/W1")).toEqual({ page: "board", workspaceId: "W1", view: "all" });
    expect(parseRoute("/w/W1/mine")).toEqual({ page: "board", workspaceId: "W1", view: "mine" });
    expect(parseRoute("/w/W1/members/")).toEqual({ page: "members", workspaceId: "W1" });
  });

  it("decodes what workspacePath encodes", () => {
    const id = "V29ya3NwYWNlOjE=/x";
    expect(parseRoute(workspacePath(id, "members"))).toEqual({ page: "members", workspaceId: id });
  });
});
