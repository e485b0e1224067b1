// Token buckets per key, the shape of GoTrue's limiters (tollbooth / `ratelimit.go`): a bucket holds
// `capacity` requests and refills evenly over its window, so bursts pass and a steady flood is cut.
import { tooManyRequests } from "./errors";

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets for one limit, keyed by IP, address or "project"; idle buckets are forgotten. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(
    readonly capacity: number,
    readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = capacity / (windowSeconds * 1000);
  }

  /**
   * Takes one token for `key`; returns the seconds to wait when none is left.
   * @example const wait = limiter.take(ip); if (wait > 0) throw …
   */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    bucket.tokens = Math.min(
      this.capacity,
      bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs,
    );
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) {
      this.prune(now);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    if (this.refillPerMs === 0) {
      return this.windowSeconds;
    }
    return (1 - bucket.tokens) / this.refillPerMs / 1000;
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.capacity) {
        this.buckets.delete(key);
      }
    }
  }
}

/** The per-IP request limits GoTrue applies, each over five minutes. */
export interface RequestLimiters {
  tokenRefresh: RateLimiter;
  verify: RateLimiter;
  otp: RateLimiter;
  /** Per factor per minute, as GoTrue's FactorChallenge / FactorVerify limiters (which key by IP). */
  factorChallenge: RateLimiter;
  factorVerify: RateLimiter;
}

/**
 * Charges one request to `ip` and throws 429 `over_request_rate_limit` with Retry-After when the
 * bucket is empty.
 * @example enforceRequestLimit(limiters.verify, clientIp);
 */
export function enforceRequestLimit(limiter: RateLimiter, ip: string): void {
  const wait = limiter.take(ip);
  if (wait > 0) {
    throw tooManyRequests("over_request_rate_limit", "Request rate limit reached", wait);
  }
}

const FIVE_MINUTES = 300;
const ONE_MINUTE = 60;

/**
 * One bucket set per service, sized from config.
 * @example const limiters = createRequestLimiters(config.rateLimits);
 */
export function createRequestLimiters(limits: {
  tokenRefresh: number;
  verify: number;
  otp: number;
  mfaChallengeAndVerify?: number;
}): RequestLimiters {
  const perFactor = limits.mfaChallengeAndVerify ?? 15;
  return {
    tokenRefresh: new RateLimiter(limits.tokenRefresh, FIVE_MINUTES),
    verify: new RateLimiter(limits.verify, FIVE_MINUTES),
    otp: new RateLimiter(limits.otp, FIVE_MINUTES),
    factorChallenge: new RateLimiter(perFactor, ONE_MINUTE),
    factorVerify: new RateLimiter(perFactor, ONE_MINUTE),
  };
}
