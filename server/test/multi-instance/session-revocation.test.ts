import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SocketClose } from "../../src/http/close-codes.js";
import { meOf, ok, uniqueEmail, wsClient } from "../support/client.js";
import { SignIn, SignOut, SignUp } from "../support/documents.js";
import { redisUrl, type TwoInstances, twoInstances } from "../support/instances.js";

describe("session cache across two instances (PostgreSQL + Redis)", () => {
  let instances: TwoInstances;
  let a: TwoInstances["a"];
  let b: TwoInstances["b"];

  beforeAll(async () => {
    // A long cache lifetime: only the revocation message can make instance B forget a token it has cached.
    instances = await twoInstances({ REDIS_URL: redisUrl, SESSION_CACHE_SECONDS: "600" });
    ({ a, b } = instances);
  }, 120_000);

  afterAll(() => instances?.stop());

  it("a token signed out on one instance is refused by the other at once, though the other had it cached", async () => {
    const password = "correct horse battery";
    const email = uniqueEmail("Revoked");
    const { signUp } = await ok(SignUp, { input: { email, password, name: "Revoked" } }, undefined, a.url);
    for (let round = 0; round < 5; round++) {
      const { signIn } = await ok(SignIn, { input: { email, password } }, undefined, a.url);
      const other = (await ok(SignIn, { input: { email, password } }, undefined, b.url)).signIn.token;
      // Both instances resolve (and cache) the token.
      for (const url of [a.url, b.url]) expect(await meOf(url, signIn.token)).toEqual({ status: 200, id: signUp.user.id, code: null });
      const [signOutAt, otherInstance] = round % 2 ? [b.url, a.url] : [a.url, b.url];
      expect((await ok(SignOut, {}, signIn.token, signOutAt)).signOut).toBe(true);
      // The very next request, on the instance that did not sign out, is refused.
      expect(await meOf(otherInstance, signIn.token)).toEqual({ status: 401, id: null, code: "UNAUTHENTICATED" });
      expect(await meOf(signOutAt, signIn.token)).toEqual({ status: 401, id: null, code: "UNAUTHENTICATED" });
      // Only that session ended: the user's other session still works on both.
      for (const url of [a.url, b.url]) expect(await meOf(url, other)).toMatchObject({ status: 200, id: signUp.user.id });
    }
  }, 60_000);

  it("a WebSocket opened with a token signed out elsewhere is refused at connection", async () => {
    const { signUp } = await ok(
      SignUp,
      { input: { email: uniqueEmail("Socket"), password: "correct horse battery", name: "Socket" } },
      undefined,
      a.url,
    );
    expect(await meOf(b.url, signUp.token)).toMatchObject({ status: 200 });
    await ok(SignOut, {}, signUp.token, a.url);
    const client = wsClient(signUp.token, b.url);
    const code = await new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    expect(code).toBe(SocketClose.InvalidToken);
    await client.dispose();
  });
});
