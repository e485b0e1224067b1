// axe-core on a settled page: the WCAG 2.1 A/AA rules, and the serious or critical findings
// written out as rule, impact, elements and help page, so a failure says what to fix and where.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { Result } from "axe-core";

/** The rule sets the apps are held to. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const blocking = new Set(["serious", "critical"]);

/** One line per element: what is wrong with it, in axe's words. */
function describe(violation: Result): string {
  const nodes = violation.nodes.map(
    (node) =>
      `    ${node.target.join(" >> ")}\n      ${(node.failureSummary ?? "").replace(/\n\s*/g, " ")}`,
  );
  return [
    `${violation.id} [${violation.impact}] ${violation.help}`,
    `  ${violation.helpUrl}`,
    ...nodes,
  ].join("\n");
}

/**
 * Waits until nothing on the page is loading or moving: antd fades and slides content in, and a
 * half-faded text would be measured with a contrast it never has once it is shown.
 */
export async function waitForSettled(page: Page): Promise<void> {
  await expect(page.locator(".ant-spin-spinning, .ant-skeleton-active")).toHaveCount(0, {
    timeout: 45_000,
  });
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== "running" ||
          animation.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
}

/** The page's serious and critical WCAG violations, described; empty when there are none. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await waitForSettled(page);
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return violations.filter((violation) => blocking.has(violation.impact ?? "")).map(describe);
}

/**
 * Checks the page as it is now and records any finding under `name`; the test goes on, so one
 * run reports every page, and fails at its end.
 */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  const found = await seriousViolations(page);
  expect.soft(found.join("\n"), `axe on ${name} (${page.url()})`).toBe("");
}
