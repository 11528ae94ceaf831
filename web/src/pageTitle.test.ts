import { describe, expect, it } from "vitest";
import { pageTitle } from "./pageTitle";

describe("pageTitle", () => {
  it("names the board and workspace, most specific first", () => {
    expect(pageTitle({ page: "board", workspaceId: "w", view: "all" }, { workspace: "Acme", board: "Roadmap" })).toBe(
      "Roadmap · Acme — Taskgraph",
    );
    expect(pageTitle({ page: "board", workspaceId: "w", view: "mine" }, { workspace: "Acme", board: "Main" })).toBe(
      "My tasks · Main · Acme — Taskgraph",
    );
    expect(pageTitle({ page: "members", workspaceId: "w" }, { workspace: "Acme" })).toBe("Members · Acme — Taskgraph");
    expect(pageTitle({ page: "profile" })).toBe("Your profile — Taskgraph");
    expect(pageTitle({ page: "home" })).toBe("Taskgraph");
    expect(pageTitle({ page: "board", workspaceId: "w", view: "all" })).toBe("Taskgraph");
  });
});
