import { describe, it } from "vitest";
import { board, expectError, rawPost } from "./support/bad-input.js";

// Requests that are not GraphQL at all: BAD_USER_INPUT, and nothing runs.

describe.concurrent("unparsable requests", () => {
  it("a malformed JSON body → BAD_USER_INPUT and no data", async ({ expect }) => {
    const { status, result } = await rawPost("{bad");
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expectError(result, "BAD_USER_INPUT");
    expect(result).not.toHaveProperty("data");
  });

  it("a truncated JSON body carrying a mutation → BAD_USER_INPUT, and the mutation does not run", async ({ expect }) => {
    const b = await board();
    const before = await b.state();
    const body = JSON.stringify({ query: `mutation { createWorkspace(input: { name: "Sneaky" }) { id } }` }).slice(0, -1);
    const { result } = await rawPost(body, b.owner.token);
    expectError(result, "BAD_USER_INPUT");
    expect(result).not.toHaveProperty("data");
    expect(await b.state()).toEqual(before);
  });

  it("a syntactically broken query → BAD_USER_INPUT, and nothing runs", async ({ expect }) => {
    const b = await board();
    const before = await b.state();
    const query = `mutation { createTask(input: { workspaceId: "${b.workspace.id}", title: "x" }) { id }`;
    const { result } = await rawPost(JSON.stringify({ query }), b.owner.token);
    expectError(result, "BAD_USER_INPUT");
    expect(result).not.toHaveProperty("data");
    expect(await b.state()).toEqual(before);
  });

  it("a body without a query → BAD_USER_INPUT", async () => {
    const { result } = await rawPost(JSON.stringify({ variables: {} }));
    expectError(result, "BAD_USER_INPUT");
  });
});
