/**
 * Abuse limits, each configurable by environment. The defaults follow OWASP's authentication guidance
 * (count failed sign-ins per account, lock out for a short time that doubles, throttle per address too)
 * and rate-limiter-flexible's login-protection recipe (consecutive failures per account + address, failures
 * per address).
 */
export interface RateLimitConfig {
  /** Prefix of every limiter key in Redis (RATE_LIMIT_KEY_PREFIX), for deployments that share one Redis. */
  keyPrefix: string;
  /** Consecutive failed sign-ins for one account from one address before it is locked out (5). */
  signInFailures: number;
  /** The first lockout; each further failure after a lockout doubles it (60 s), up to the maximum (1 h). */
  signInLockoutSeconds: number;
  signInLockoutMaxSeconds: number;
  /** Failed sign-ins per client address per hour, any account; then that address waits out the hour (100). */
  signInFailuresPerAddressPerHour: number;
  /** Sign-ups per client address per hour (10). */
  signUpsPerAddressPerHour: number;
  /** Mutations per signed-in user per second, sustained (10, so 600 a minute)... */
  writesPerSecond: number;
  /** ...plus this many more per minute for bursts such as a quick series of drags (100). */
  writesBurstPerMinute: number;
}

type Counts = Omit<RateLimitConfig, "keyPrefix">;

const defaults: Counts = {
  signInFailures: 5,
  signInLockoutSeconds: 60,
  signInLockoutMaxSeconds: 3600,
  signInFailuresPerAddressPerHour: 100,
  signUpsPerAddressPerHour: 10,
  writesPerSecond: 10,
  writesBurstPerMinute: 100,
};

const envNames: Record<keyof Counts, string> = {
  signInFailures: "RATE_LIMIT_SIGNIN_FAILURES",
  signInLockoutSeconds: "RATE_LIMIT_SIGNIN_LOCKOUT_SECONDS",
  signInLockoutMaxSeconds: "RATE_LIMIT_SIGNIN_LOCKOUT_MAX_SECONDS",
  signInFailuresPerAddressPerHour: "RATE_LIMIT_SIGNIN_FAILURES_PER_ADDRESS_PER_HOUR",
  signUpsPerAddressPerHour: "RATE_LIMIT_SIGNUPS_PER_ADDRESS_PER_HOUR",
  writesPerSecond: "RATE_LIMIT_WRITES_PER_SECOND",
  writesBurstPerMinute: "RATE_LIMIT_WRITES_BURST_PER_MINUTE",
};

// Counts (not durations) that RATE_LIMIT_MULTIPLIER scales: the test suite's shared server raises them all at once.
const counts: (keyof Counts)[] = [
  "signInFailures",
  "signInFailuresPerAddressPerHour",
  "signUpsPerAddressPerHour",
  "writesPerSecond",
  "writesBurstPerMinute",
];

export function rateLimitConfig(env: NodeJS.ProcessEnv): RateLimitConfig {
  const multiplier = positiveInteger(env, "RATE_LIMIT_MULTIPLIER", 1);
  const config = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Counts)[]) {
    config[key] = positiveInteger(env, envNames[key], defaults[key]) * (counts.includes(key) ? multiplier : 1);
  }
  return { ...config, keyPrefix: env.RATE_LIMIT_KEY_PREFIX?.trim() || "taskgraph" };
}

/**
 * TRUST_PROXY: how many reverse proxies in front of the server append to X-Forwarded-For (0: none, the
 * socket's address is the client; `true` means 1). Only then is the header believed.
 */
export function trustProxyHops(env: NodeJS.ProcessEnv): number {
  const value = env.TRUST_PROXY?.trim().toLowerCase();
  if (!value || value === "false" || value === "0") return 0;
  if (value === "true") return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0)
    throw new Error(`TRUST_PROXY must be true, false or a number of proxies, got ${env.TRUST_PROXY}`);
  return hops;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}
