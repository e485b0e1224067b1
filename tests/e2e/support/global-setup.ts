// Starts `npm run dev` once for all browser tests and hands its banner to them through the
// environment (Playwright passes what global setup sets to the workers). The returned function
// is the teardown: Ctrl-C, then the scratch dir goes.
import {
  readBanner,
  removeScratchDevEnv,
  scratchDevEnv,
  startDev,
  stopDev,
} from "../../support/dev-process";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const { dir, env } = await scratchDevEnv();
  const dev = await startDev(env, 120_000);
  const banner = readBanner(dev.output());
  process.env.ATRIUM_E2E = JSON.stringify(banner);
  // Vite bundles the apps' dependencies on the first request; do it before the first test.
  await Promise.all([
    fetch(`${banner.portal}/src/main.tsx`),
    fetch(`${banner.admin}/src/main.tsx`),
  ]);
  return async () => {
    const code = await stopDev(dev.child);
    await removeScratchDevEnv(dir, env);
    if (code !== 0) {
      throw new Error(`npm run dev exited with ${code}:\n${dev.output()}`);
    }
  };
}
