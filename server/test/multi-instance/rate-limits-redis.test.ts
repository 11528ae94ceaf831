import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../support/client.js";
import { redisUrl, type TwoInstances, twoInstances } from "../support/instances.js";

// With REDIS_URL the limits are counted in Redis, so an attacker gains nothing by spreading attempts over the
// instances behind a load balancer.

const password = "correct horse battery staple 42";

interface Raw {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<Raw> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Raw["body"] };
}

const SignUp = `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`;
const SignIn = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const code = (raw: Raw) => raw.body.errors?.[0]?.extensions?.code;

describe("rate limits shared by two instances through Redis", () => {
  // A key prefix of this run's own: Redis outlives test runs, and an hour-long count from an earlier run
  // must not leak into this one.
  const keyPrefix = `taskgraph-test-${process.pid}-${Date.now()}`;
  let instances: TwoInstances;
  let a: TwoInstances["a"];
  let b: TwoInstances["b"];

  beforeAll(async () => {
    instances = await twoInstances({ REDIS_URL: redisUrl, RATE_LIMIT_MULTIPLIER: "1", RATE_LIMIT_KEY_PREFIX: keyPrefix });
    ({ a, b } = instances);
  }, 120_000);

  afterAll(async () => {
    await instances?.stop();
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${keyPrefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it("counts wrong passwords on either instance together: the 6th, wherever it lands, is refused", async () => {
    const email = uniqueEmail("shared");
    expect((await post(a.url, SignUp, { input: { email, password, name: "Shared" } })).body.errors).toBeUndefined();
    for (let i = 0; i < 5; i++) {
      const wrong = await post(i % 2 ? a.url : b.url, SignIn, { input: { email, password: `wrong ${i}` } });
      expect(code(wrong)).toBe("UNAUTHENTICATED");
    }
    for (const url of [a.url, b.url]) {
      const refused = await post(url, SignIn, { input: { email, password } });
      expect(refused.status).toBe(429);
      expect(code(refused)).toBe("RATE_LIMITED");
      expect(refused.body.errors![0]!.extensions!.retryAfter).toBeGreaterThanOrEqual(50); // the 60 s production lockout
    }
  });

  it("counts sign-ups from one address on both instances together: 10 an hour in all", async () => {
    // One sign-up from 127.0.0.1 went to the test above.
    for (let i = 0; i < 9; i++) {
      const result = await post(i % 2 ? a.url : b.url, SignUp, { input: { email: uniqueEmail(`spread${i}`), password, name: "Spread" } });
      expect(result.body.errors).toBeUndefined();
    }
    for (const url of [a.url, b.url]) {
      const refused = await post(url, SignUp, { input: { email: uniqueEmail("eleventh"), password, name: "Spread" } });
      expect([refused.status, code(refused)]).toEqual([429, "RATE_LIMITED"]);
    }
    // The counts live in Redis under this run's prefix.
    const redis = new Redis(redisUrl);
    try {
      expect((await redis.keys(`${keyPrefix}:signup-address:*`)).length).toBeGreaterThan(0);
    } finally {
      await redis.quit();
    }
  });
});
