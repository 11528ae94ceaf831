import { describe, it } from "vitest";
import { expectError } from "./support/bad-input.js";
import { ok, request, signUp, uniqueEmail } from "./support/client.js";
import { SignIn, SignUp } from "./support/documents.js";

// Bad sign-up and sign-in input: a clear code, and no account created or changed.

describe.concurrent("accounts", () => {
  const password = "correct horse battery";

  it("signUp with a taken email → BAD_USER_INPUT; the account and its password are untouched", async ({ expect }) => {
    const email = uniqueEmail("taken");
    const first = (await ok(SignUp, { input: { email, password, name: "First" } })).signUp;
    for (const attempt of [email, `  ${email.toUpperCase()}  `]) {
      expectError(await request(SignUp, { input: { email: attempt, password: "another password 123", name: "Second" } }), "BAD_USER_INPUT");
    }
    // The rejected credentials do not work; the original ones still do, for the same, unrenamed user.
    expectError(await request(SignIn, { input: { email, password: "another password 123" } }), "UNAUTHENTICATED");
    const again = (await ok(SignIn, { input: { email, password } })).signIn;
    expect(again.user).toEqual(first.user);
    expect(again.user.name).toBe("First");
  });

  it("signUp with a 7-character password → BAD_USER_INPUT and no account; 8 uncommon characters are fine", async ({ expect }) => {
    const email = uniqueEmail("short");
    expectError(await request(SignUp, { input: { email, password: "1234567", name: "Short" } }), "BAD_USER_INPUT");
    expectError(await request(SignIn, { input: { email, password: "1234567" } }), "UNAUTHENTICATED");
    // Nothing was written: the email is still free.
    const { signUp: created } = await ok(SignUp, { input: { email, password: "xk2#pq9z", name: "Short" } });
    expect(created.user.email).toBe(email);
  });

  const badSignUps: { title: string; input: { email: string; password: string; name: string } }[] = [
    { title: "an empty password", input: { email: "", password: "", name: "X" } },
    { title: "a malformed email", input: { email: "no-at-sign", password, name: "X" } },
    { title: "a whitespace name", input: { email: "", password, name: "   " } },
  ];
  for (const { title, input } of badSignUps) {
    it(`signUp with ${title} → BAD_USER_INPUT and no account`, async () => {
      const attempt = { ...input, email: input.email || uniqueEmail("bad") };
      expectError(await request(SignUp, { input: attempt }), "BAD_USER_INPUT");
      expectError(await request(SignIn, { input: { email: attempt.email, password: attempt.password } }), "UNAUTHENTICATED");
    });
  }

  it("a wrong password → UNAUTHENTICATED with the same message as an unknown email, and no token", async ({ expect }) => {
    const user = await signUp("Victim");
    const wrong = await request(SignIn, { input: { email: user.email, password: "wrong password!" } });
    const unknown = await request(SignIn, { input: { email: uniqueEmail("nobody"), password: "wrong password!" } });
    expectError(wrong, "UNAUTHENTICATED");
    expectError(unknown, "UNAUTHENTICATED");
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(wrong.errors).toEqual(unknown.errors);
    // The right password still works.
    expect((await ok(SignIn, { input: { email: user.email, password } })).signIn.user.id).toBe(user.id);
  });
});
