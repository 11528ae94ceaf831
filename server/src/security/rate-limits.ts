import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { BurstyRateLimiter, type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { logger } from "../logger.js";
import type { RateLimitConfig } from "./rate-limit-config.js";

/** A refusal: the caller may try again after this long. */
export class LimitExceeded extends Error {
  constructor(readonly msBeforeNext: number) {
    super("rate limit exceeded");
  }
}

/** One sign-in attempt that passed the limits; report how the password check went. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

export interface RateLimits {
  /** Throws LimitExceeded when this account (from this address) or this address may not try now. */
  beginSignIn(email: string, address: string): Promise<SignInAttempt>;
  signUp(address: string): Promise<void>;
  /** `points`: the number of mutation fields in the operation. */
  write(userId: string, points: number): Promise<void>;
  close(): Promise<void>;
}

const day = 24 * 3600;

/**
 * The limiters, in Redis when a URL is given (so every instance counts together: an attacker cannot spread
 * attempts over instances), in memory otherwise. Should Redis fail, each instance falls back to counting in
 * its own memory (rate-limiter-flexible's insurance limiter) rather than letting everything through.
 */
export function createRateLimits(config: RateLimitConfig, redisUrl: string | undefined): RateLimits {
  // No offline queue: while Redis is unreachable a command fails at once and the insurance limiter answers,
  // instead of sign-ins waiting on reconnects.
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
  redis?.on("error", (err) => logger.warn({ err }, "rate-limit redis connection error"));
  const limiter = (keyPrefix: string, points: number, duration: number, blockDuration = 0): RateLimiterAbstract => {
    const options = { keyPrefix: `${config.keyPrefix}:${keyPrefix}`, points, duration, blockDuration };
    const memory = new RateLimiterMemory(options);
    return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
  };

  // Consecutive attempts per account and address, counted before the password is checked so that parallel
  // guesses are counted too; a success resets it. Forgotten a day after the first.
  const attempts = limiter("signin-attempts", Number.MAX_SAFE_INTEGER, day);
  // A lockout is one point on this key, held for the lockout's duration (set by block(), or claimed by the one
  // attempt allowed after a lockout ends).
  const lockouts = limiter("signin-lockout", 1, day);
  const addressFailures = limiter("signin-address", config.signInFailuresPerAddressPerHour, 3600, 3600);
  const signUps = limiter("signup-address", config.signUpsPerAddressPerHour, 3600);
  const writes = new BurstyRateLimiter(
    limiter("writes", config.writesPerSecond, 1),
    limiter("writes-burst", config.writesBurstPerMinute, 60),
  );

  // OWASP's exponential lockout: the first after `signInFailures` failures, doubling with each failure after.
  const lockoutSeconds = (attempt: number) =>
    Math.min(config.signInLockoutMaxSeconds, config.signInLockoutSeconds * 2 ** Math.max(0, attempt - config.signInFailures));

  return {
    async beginSignIn(email, address) {
      // Emails are hashed so the shared store holds no addresses of people.
      const key = `${createHash("sha256").update(email.trim().toLowerCase()).digest("base64url")}|${address}`;
      const lock = await lockouts.get(key);
      if (lock && lock.consumedPoints >= 1) throw new LimitExceeded(lock.msBeforeNext);
      await consume(addressFailures, address);
      const attempt = (await attempts.consume(key)).consumedPoints;
      if (attempt > config.signInFailures) {
        // After a lockout exactly one attempt is checked, holding the next (doubled) lockout while it runs:
        // concurrent guesses find it taken and are refused unchecked.
        await consume(lockouts, key, { customDuration: lockoutSeconds(attempt) });
      }
      return {
        succeeded: async () => {
          await Promise.all([attempts.delete(key), lockouts.delete(key), addressFailures.reward(address, 1)]);
        },
        failed: async () => {
          if (attempt > config.signInFailures) {
            logger.warn({ address, attempt, lockoutSeconds: lockoutSeconds(attempt) }, "sign-in lockout extended");
          } else if (attempt === config.signInFailures) {
            await lockouts.block(key, lockoutSeconds(attempt));
            logger.warn({ address, attempt, lockoutSeconds: lockoutSeconds(attempt) }, "sign-in lockout");
          }
        },
      };
    },
    signUp: (address) => consume(signUps, address).then(() => undefined),
    write: (userId, points) => refusing(writes.consume(userId, points)).then(() => undefined),
    close: async () => {
      await redis?.quit();
    },
  };
}

async function consume(
  limiter: Pick<RateLimiterAbstract, "consume">,
  key: string,
  options: { customDuration?: number } = {},
): Promise<RateLimiterRes> {
  return refusing(limiter.consume(key, 1, options));
}

/** A limiter's rejection (a RateLimiterRes) as LimitExceeded; a store failure stays an error. */
async function refusing(consumption: Promise<RateLimiterRes>): Promise<RateLimiterRes> {
  try {
    return await consumption;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new LimitExceeded(rejection.msBeforeNext);
    throw rejection;
  }
}
