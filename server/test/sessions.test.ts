import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { meOf, ok, request, sleep, uniqueEmail } from "./support/client.js";
import { SignOut, SignUp } from "./support/documents.js";
import { serverOnOwnDatabase } from "./support/instances.js";
import type { ServerProcess } from "./support/server-process.js";

const Me = graphql(`
  query SessionsMe { me { id email } }
`);

const refused = { status: 401, id: null, code: "UNAUTHENTICATED" };

describe("session lifetimes", () => {
  let server: ServerProcess;

  beforeAll(async () => {
    // Seconds instead of days; the session cache keeps its default 30 s, so expiry must hold on cache hits too.
    server = await serverOnOwnDatabase({
      SESSION_IDLE_SECONDS: "2",
      SESSION_MAX_SECONDS: "5",
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  const signUp = async () =>
    (await ok(SignUp, { input: { email: uniqueEmail("Life"), password: "correct horse battery", name: "Life" } }, undefined, server.url))
      .signUp;

  it("a session unused for longer than the idle lifetime ends, though it is cached", async () => {
    const user = await signUp();
    expect(await meOf(server.url, user.token)).toEqual({ status: 200, id: user.user.id, code: null });
    await sleep(2600);
    expect(await meOf(server.url, user.token)).toEqual(refused);
  });

  it("use keeps a session alive past the idle lifetime, but not past the absolute one", async () => {
    const user = await signUp();
    const started = Date.now();
    // Every 400 ms for 3.5 s: longer than the 2 s idle lifetime, inside the 5 s absolute one.
    while (Date.now() - started < 3500) {
      expect(await meOf(server.url, user.token)).toMatchObject({ status: 200, id: user.user.id });
      await sleep(400);
    }
    while (Date.now() - started < 5300) {
      await meOf(server.url, user.token);
      await sleep(400);
    }
    expect(await meOf(server.url, user.token)).toEqual(refused);
  }, 20_000);

  it("a signed-out token is refused at once, though the cache held it a moment ago", async () => {
    const user = await signUp();
    expect((await ok(Me, {}, user.token, server.url)).me?.id).toBe(user.user.id);
    expect((await ok(SignOut, {}, user.token, server.url)).signOut).toBe(true);
    expect(await meOf(server.url, user.token)).toEqual(refused);
    // Signing out again with the dead token is refused too, and a fresh sign-in is unaffected.
    expect((await request(SignOut, {}, user.token, server.url)).errors?.[0]!.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("an unknown token is refused, never served as anonymous", async () => {
    expect(await meOf(server.url, "tg_not-a-real-token")).toEqual(refused);
  });
});
