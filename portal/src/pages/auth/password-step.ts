// A recovery or invite link signs the person in and then asks for a password. The link's token is
// spent by then, so a reload (or a phone dropping the tab) at that step would show its button
// again, whose click can only fail. The tab remembers which link reached the step, and the page
// goes back to it while that session is still there.

const key = "atrium.confirm.passwordStep";

/** Notes that the link with this token hash is verified and waits for a password. */
export function rememberPasswordStep(storage: Storage, tokenHash: string): void {
  try {
    storage.setItem(key, tokenHash);
  } catch {
    // Storage refused (private mode, full): a reload then shows the spent link, as before.
  }
}

/** Whether the link with this token hash was verified in this tab and still waits for a password. */
export function isPasswordStepPending(storage: Storage, tokenHash: string): boolean {
  try {
    return tokenHash !== "" && storage.getItem(key) === tokenHash;
  } catch {
    return false;
  }
}

/** The password is chosen (or the session is gone): the step is over. */
export function forgetPasswordStep(storage: Storage): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
