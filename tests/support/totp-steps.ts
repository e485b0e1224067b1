// Which TOTP time step a test may still use for a factor: Auth accepts each 30 s step once per
// factor (replay refused) and one step of clock skew either way, so a factor signs in up to
// three times in a period (previous, current, next step) before it must wait for the next one.

export const TOTP_PERIOD_SECONDS = 30;

/** A step to use (its code is `generate({ secret, epoch: step * 30 })`) and how long to wait first. */
export interface StepChoice {
  step: number;
  waitMs: number;
}

/**
 * The earliest step after `lastUsed` that Auth will accept around `nowMs`, keeping a margin so
 * that a step boundary passing during the request cannot push the code out of the window.
 * @example const { step, waitMs } = chooseStep(lastStep, Date.now());
 */
export function chooseStep(
  lastUsed: number | undefined,
  nowMs: number,
  marginMs = 4000,
): StepChoice {
  const periodMs = TOTP_PERIOD_SECONDS * 1000;
  const current = Math.floor(nowMs / periodMs);
  const intoStep = nowMs - current * periodMs;
  // The previous step is only safe while the current one has time left.
  const earliest = intoStep < periodMs - marginMs ? current - 1 : current;
  const step = Math.max(earliest, (lastUsed ?? Number.NEGATIVE_INFINITY) + 1);
  // The next step is accepted too, but not within the margin before the boundary moves it out.
  if (step <= current + 1) {
    return { step, waitMs: 0 };
  }
  // Wait until `step` is within the window (it is `current + 1` after step - 1 begins).
  const startsAcceptable = (step - 1) * periodMs;
  return { step, waitMs: Math.max(0, startsAcceptable - nowMs) + 50 };
}
