import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sleep, uniqueEmail, wsClient } from "./support/client.js";
import { serverOnOwnDatabase } from "./support/instances.js";
import type { ServerProcess } from "./support/server-process.js";

// Brute force and floods, against servers of their own with the production limits (the shared test server
// runs with every limit raised): 5 consecutive failed sign-ins per account and address, then an exponential
// lockout; 100 failed sign-ins an hour per address; 10 sign-ups an hour per address; writes per user.

const password = "correct horse battery staple 42";

interface Raw {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: { token?: string; from?: string } = {},
): Promise<Raw> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.from ? { "x-forwarded-for": options.from } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as Raw["body"] };
}

const SignUp = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const SignIn = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const CreateWorkspace = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`;
const CreateTask = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
const State = `query($id: ID!) { workspace(id: $id) { version tasks(first: 100) { totalCount edges { node { id title } } } } }`;

const code = (raw: Raw) => raw.body.errors?.[0]?.extensions?.code;

/** The refusal every limit answers over HTTP: 429, Retry-After, RATE_LIMITED with the same whole seconds. */
function expectRateLimited(raw: Raw, maxSeconds: number) {
  expect(raw.status).toBe(429);
  expect(code(raw)).toBe("RATE_LIMITED");
  const retryAfter = raw.body.errors![0]!.extensions!.retryAfter as number;
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(raw.retryAfter).toBe(String(retryAfter));
  expect(raw.body.errors![0]!.extensions).not.toHaveProperty("http");
  return retryAfter;
}

async function newAccount(url: string, name: string, from?: string) {
  const email = uniqueEmail(name);
  const raw = await post(url, SignUp, { input: { email, password, name } }, { from });
  if (raw.body.errors) throw new Error(`sign-up failed: ${JSON.stringify(raw.body.errors)}`);
  const signUp = raw.body.data!.signUp as { token: string; user: { id: string } };
  return { email, token: signUp.token, id: signUp.user.id };
}

const signIn = (url: string, email: string, from: string, pass = password) =>
  post(url, SignIn, { input: { email, password: pass } }, { from });

describe("sign-in and sign-up limits (production defaults, one proxy trusted)", () => {
  let server: ServerProcess;
  let url: string;

  beforeAll(async () => {
    server = await serverOnOwnDatabase({
      RATE_LIMIT_MULTIPLIER: "1",
      // The one deviation from production: a 2 s first lockout (60 s in production), so the test can outwait it.
      RATE_LIMIT_SIGNIN_LOCKOUT_SECONDS: "2",
      // Each test speaks from its own address through the trusted proxy, so their counts never mix.
      TRUST_PROXY: "1",
    });
    url = server.url;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("refuses the 6th wrong password in a row with 429 RATE_LIMITED, then even the right one until the lockout ends; a success resets the count", async () => {
    const from = "203.0.113.10";
    const alice = await newAccount(url, "Alice", from);
    for (let i = 0; i < 5; i++) {
      const wrong = await signIn(url, alice.email, from, `wrong guess ${i}`);
      expect([wrong.status, code(wrong)]).toEqual([200, "UNAUTHENTICATED"]);
    }
    const sixth = await signIn(url, alice.email, from, "wrong guess 5");
    const retryAfter = expectRateLimited(sixth, 2);
    expectRateLimited(await signIn(url, alice.email, from), 2);

    await sleep(retryAfter * 1000 + 300);
    const right = await signIn(url, alice.email, from);
    expect(right.status).toBe(200);
    expect(right.body.data?.signIn).toMatchObject({ token: expect.any(String) });

    // The success reset the count: five more wrong guesses are answered as such, the sixth is refused again.
    for (let i = 0; i < 5; i++) expect(code(await signIn(url, alice.email, from, `again ${i}`))).toBe("UNAUTHENTICATED");
    expectRateLimited(await signIn(url, alice.email, from, "again 5"), 2);
  });

  it("after a lockout one guess is checked, and a wrong one doubles the lockout", async () => {
    const from = "203.0.113.11";
    const bob = await newAccount(url, "Bob", from);
    for (let i = 0; i < 5; i++) await signIn(url, bob.email, from, `wrong ${i}`);
    const first = expectRateLimited(await signIn(url, bob.email, from, "wrong 5"), 2);
    await sleep(first * 1000 + 300);
    expect(code(await signIn(url, bob.email, from, "wrong after lockout"))).toBe("UNAUTHENTICATED");
    const second = expectRateLimited(await signIn(url, bob.email, from, "and again"), 4);
    expect(second).toBeGreaterThan(2);
  });

  it("counts concurrent guesses: of 20 sent at once, at most 6 get a password check", async () => {
    const from = "203.0.113.12";
    const carol = await newAccount(url, "Carol", from);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(url, carol.email, from, `parallel ${i}`)));
    const checked = results.filter((r) => code(r) === "UNAUTHENTICATED").length;
    expect(checked).toBeLessThanOrEqual(6);
    expect(results.filter((r) => r.status === 429 && code(r) === "RATE_LIMITED")).toHaveLength(20 - checked);
  });

  it("a locked-out account does not lock out another account at the same address", async () => {
    const from = "203.0.113.13";
    const dave = await newAccount(url, "Dave", from);
    const erin = await newAccount(url, "Erin", from);
    for (let i = 0; i < 5; i++) await signIn(url, dave.email, from, `wrong ${i}`);
    expectRateLimited(await signIn(url, dave.email, from), 2);
    const other = await signIn(url, erin.email, from);
    expect(other.status).toBe(200);
    expect(other.body.data?.signIn).toMatchObject({ token: expect.any(String) });
    expect(code(await signIn(url, erin.email, from, "one wrong"))).toBe("UNAUTHENTICATED");
  });

  it("refuses an address after 100 failed sign-ins in an hour across any accounts, even with a right password", async () => {
    const from = "203.0.113.14";
    const frank = await newAccount(url, "Frank", "203.0.113.15");
    for (let batch = 0; batch < 10; batch++) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => signIn(url, uniqueEmail(`spray-${batch}-${i}`), from, "Password1!")),
      );
      for (const r of results) expect(code(r)).toBe("UNAUTHENTICATED");
    }
    expectRateLimited(await signIn(url, frank.email, from), 3600);
    // Another address is not affected.
    expect((await signIn(url, frank.email, "203.0.113.16")).status).toBe(200);
  });

  it("allows 10 sign-ups an hour from one address; the 11th is refused and creates no account", async () => {
    const from = "203.0.113.17";
    for (let i = 0; i < 10; i++) await newAccount(url, `Flood${i}`, from);
    const email = uniqueEmail("Flood10");
    const refused = await post(url, SignUp, { input: { email, password, name: "Flood 10" } }, { from });
    expectRateLimited(refused, 3600);
    expect(code(await signIn(url, email, "203.0.113.18"))).toBe("UNAUTHENTICATED");
    // Another address can still sign up, and so can this email.
    await newAccount(url, "Elsewhere", "203.0.113.18");
    const later = await post(url, SignUp, { input: { email, password, name: "Flood 10" } }, { from: "203.0.113.18" });
    expect(later.body.errors).toBeUndefined();
  });

  it("believes only the entry the trusted proxy appended: addresses a client prepends to X-Forwarded-For are ignored", async () => {
    for (let i = 0; i < 10; i++) await newAccount(url, `Spoof${i}`, `10.0.0.${i}, 203.0.113.19`);
    const refused = await post(
      url,
      SignUp,
      { input: { email: uniqueEmail("Spoof10"), password, name: "S" } },
      { from: "10.9.9.9, 203.0.113.19" },
    );
    expectRateLimited(refused, 3600);
  });

  it("counts IPv6 clients per /64: rotating the interface bits does not escape the sign-up limit", async () => {
    for (let i = 1; i <= 10; i++) await newAccount(url, `Six${i}`, `2001:db8:1:2::${i.toString(16)}`);
    expectRateLimited(
      await post(
        url,
        SignUp,
        { input: { email: uniqueEmail("Six11"), password, name: "Six" } },
        { from: "2001:db8:1:2:ffff:ffff:ffff:fffe" },
      ),
      3600,
    );
    await newAccount(url, "NextPrefix", "2001:db8:1:3::1");
  });
});

describe("write limits and an untrusted X-Forwarded-For (1 write a second, 3 more a minute)", () => {
  let server: ServerProcess;
  let url: string;
  let writer: Awaited<ReturnType<typeof newAccount>>;
  let other: Awaited<ReturnType<typeof newAccount>>;

  beforeAll(async () => {
    server = await serverOnOwnDatabase({
      RATE_LIMIT_MULTIPLIER: "1",
      RATE_LIMIT_WRITES_PER_SECOND: "1",
      RATE_LIMIT_WRITES_BURST_PER_MINUTE: "3",
    });
    url = server.url;
    writer = await newAccount(url, "Writer");
    other = await newAccount(url, "Other");
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("does not believe X-Forwarded-For without TRUST_PROXY: rotating it does not escape the sign-up limit", async () => {
    // Two of the address's ten sign-ups an hour went to the writer and the other user.
    for (let i = 0; i < 8; i++) await newAccount(url, `Rotating${i}`, `198.51.100.${i}`);
    expectRateLimited(
      await post(url, SignUp, { input: { email: uniqueEmail("Rotating8"), password, name: "R" } }, { from: "198.51.100.99" }),
      3600,
    );
  });

  it("refuses a user's writes beyond the limit with 429 RATE_LIMITED, and a refused write writes nothing", async () => {
    const workspace = (await post(url, CreateWorkspace, { input: { name: "Limited" } }, { token: writer.token })).body.data!
      .createWorkspace as { id: string };
    const started = Date.now();
    let written = 0;
    for (let attempt = 0; attempt < 30; attempt++) {
      const before = await post(url, State, { id: workspace.id }, { token: writer.token });
      const result = await post(
        url,
        CreateTask,
        { input: { workspaceId: workspace.id, title: `task ${attempt}` } },
        { token: writer.token },
      );
      if (result.status === 429) {
        expectRateLimited(result, 1);
        expect(result.body.data ?? null).toBeNull();
        const after = await post(url, State, { id: workspace.id }, { token: writer.token });
        expect(after.body).toEqual(before.body);
        break;
      }
      expect(result.body.errors).toBeUndefined();
      written++;
    }
    // 1 a second plus a burst of 3: the workspace and `written` tasks fit in that, and a refusal came.
    const seconds = Math.ceil((Date.now() - started) / 1000) + 1;
    expect(written).toBeLessThan(30);
    expect(1 + written).toBeLessThanOrEqual(3 + seconds);
    // Another user's writes are their own.
    expect((await post(url, CreateWorkspace, { input: { name: "Unaffected" } }, { token: other.token })).body.errors).toBeUndefined();
  });

  it("over graphql-ws a refused write is an error result for that operation only; the socket carries on", async () => {
    const client = wsClient(writer.token, url);
    try {
      const results = [];
      for (let i = 0; i < 8; i++) results.push(await first(client, CreateWorkspace, { input: { name: `ws ${i}` } }));
      const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === "RATE_LIMITED");
      expect(refused.length).toBeGreaterThan(0);
      for (const r of refused) {
        expect(r.data ?? null).toBeNull();
        const extensions = r.errors![0]!.extensions!;
        expect(Number.isInteger(extensions.retryAfter) && (extensions.retryAfter as number) >= 1).toBe(true);
        expect(extensions).not.toHaveProperty("http");
      }
      expect(await first(client, `query { me { id } }`, {})).toEqual({ data: { me: { id: writer.id } } });
    } finally {
      await client.dispose();
    }
  });
});

type Body = Raw["body"];

function first(client: ReturnType<typeof wsClient>, query: string, variables: Record<string, unknown>): Promise<Body> {
  // Queries and mutations complete after their one result; the result is kept until then (disposing from
  // inside `next` races the server's own complete).
  return new Promise((resolve, reject) => {
    let result: Body | undefined;
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          result = value as Body;
        },
        error: reject,
        complete: () => (result ? resolve(result) : reject(new Error("completed without a result"))),
      },
    );
  });
}
