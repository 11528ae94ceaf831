import { describe, expect, it } from "vitest";
import { SocketClose } from "../src/http/close-codes.js";
import { graphql } from "./gql/index.js";
import { ok, request, serverUrl, signUp, sleep, uniqueEmail, wsClient } from "./support/client.js";
import { SignIn, SignOut } from "./support/documents.js";

const Me = graphql(`
  query AuthMe {
    me { id name email }
  }
`);

describe("accounts and sessions", () => {
  it("signs up, and the token identifies the user on later requests", async () => {
    const user = await signUp("Ada");
    const { me } = await ok(Me, {}, user.token);
    expect(me).toEqual({ id: user.id, name: "Ada", email: user.email });
  });

  it("me is null when signed out; an unknown token is refused (UNAUTHENTICATED), not served as anonymous", async () => {
    expect((await ok(Me, {})).me).toBeNull();
    expect((await request(Me, {}, "tg_nonsense")).errors?.[0]!.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signs in with any letter case of the email and issues a new token", async () => {
    const user = await signUp("Grace");
    const { signIn } = await ok(SignIn, { input: { email: user.email.toUpperCase(), password: "correct horse battery" } });
    expect(signIn.user.id).toBe(user.id);
    expect(signIn.token).not.toBe(user.token);
  });

  it("signOut revokes only the token it was called with", async () => {
    const user = await signUp("Linus");
    const { signIn } = await ok(SignIn, { input: { email: user.email, password: "correct horse battery" } });
    expect((await ok(SignOut, {}, user.token)).signOut).toBe(true);
    expect((await request(Me, {}, user.token)).errors?.[0]!.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await ok(Me, {}, signIn.token)).me?.id).toBe(user.id);
  });

  it("signOut closes that session's open WebSockets within a second, and only that session's", async () => {
    const user = await signUp("Margaret");
    const { signIn: other } = await ok(SignIn, { input: { email: user.email, password: "correct horse battery" } });
    const closedWith = (client: ReturnType<typeof wsClient>) =>
      new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    const signedOut = wsClient(user.token);
    const stillIn = wsClient(other.token);
    await Promise.all([
      new Promise((resolve) => signedOut.on("connected", resolve)),
      new Promise((resolve) => stillIn.on("connected", resolve)),
    ]);
    const closed = closedWith(signedOut);
    let otherClosed = false;
    stillIn.on("closed", () => (otherClosed = true));
    const at = Date.now();
    await ok(SignOut, {}, user.token);
    expect(await closed).toBe(SocketClose.SignedOut);
    expect(Date.now() - at).toBeLessThan(1_000);
    await sleep(200);
    expect(otherClosed).toBe(false);
    await Promise.all([signedOut.dispose(), stillIn.dispose()]);
  });

  it("signing in to an email with no account is refused as UNAUTHENTICATED", async () => {
    const email = uniqueEmail("Alan");
    const result = await request(SignIn, { input: { email, password: "whatever1" } });
    expect(result.errors?.[0]!.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("HTTP surface", () => {
  it("GET /health answers 200 with the database kind", async () => {
    const response = await fetch(`${serverUrl()}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("serves GraphiQL to browsers at /graphql", async () => {
    const response = await fetch(`${serverUrl()}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Taskgraph GraphiQL");
  });

  it("refuses queries nested deeper than the armor allows, without running them", async () => {
    const deep =
      "{ me { id } " +
      "workspaces { tasks { edges { node { workspace { tasks { edges { node { workspace { tasks { edges { node { id } } } } } } } } } } } } }";
    const response = await fetch(`${serverUrl()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: deep }),
    });
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0]!.message).toMatch(/depth/i);
  });
});
