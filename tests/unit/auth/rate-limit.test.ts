// Token buckets: a burst up to capacity, then an even refill, with the wait reported.
import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../../supabase/local/auth/rate-limit";

describe("RateLimiter", () => {
  it("lets a burst through, then asks to wait until one request refills", () => {
    let now = 0;
    const limiter = new RateLimiter(3, 300, () => now);
    expect([limiter.take("ip"), limiter.take("ip"), limiter.take("ip")]).toEqual([0, 0, 0]);
    expect(limiter.take("ip")).toBeCloseTo(100, 5);
    now += 100_000;
    expect(limiter.take("ip")).toBe(0);
    expect(limiter.take("ip")).toBeCloseTo(100, 5);
  });

  it("keeps keys apart", () => {
    const limiter = new RateLimiter(1, 60, () => 0);
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBeGreaterThan(0);
    expect(limiter.take("b")).toBe(0);
  });

  it("refuses everything at capacity zero", () => {
    const limiter = new RateLimiter(0, 60, () => 0);
    expect(limiter.take("a")).toBe(60);
  });
});
