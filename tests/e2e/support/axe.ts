// axe-core on a settled page: the WCAG 2.1 A/AA rules, and the serious or critical findings
// written out as rule, impact, elements and help page, so a failure says what to fix and where.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { NodeResult, Result } from "axe-core";

/** The rule sets the apps are held to. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const blocking = new Set(["serious", "critical"]);

/**
 * Findings made inside antd that our code cannot reach, each matched to the one element and
 * message it is about, so anything else the same rule finds still fails.
 */
const upstreamFindings: readonly { rule: string; html: RegExp; summary: RegExp; why: string }[] = [
  {
    rule: "aria-allowed-attr",
    html: /^<div class="ant-select[ "]/,
    summary: /^Fix all of the following:\s+ARIA attribute is not allowed: aria-required="true"$/,
    why:
      "antd 5's Form.Item copies aria-required onto a required Select's root <div> as well as " +
      "onto its combobox input, where it belongs (ant-design#46030, fixed in antd 6)",
  },
];

function isUpstream(rule: string, node: NodeResult): boolean {
  return upstreamFindings.some(
    (known) =>
      known.rule === rule &&
      known.html.test(node.html) &&
      known.summary.test(node.failureSummary ?? ""),
  );
}

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

/**
 * The page's serious and critical WCAG violations, described; empty when there are none.
 * `exclude` takes selectors of parts axe must leave alone, each with its reason at the call.
 */
export async function seriousViolations(
  page: Page,
  exclude: readonly string[] = [],
): Promise<string[]> {
  await waitForSettled(page);
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  for (const selector of exclude) {
    builder.exclude(selector);
  }
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => blocking.has(violation.impact ?? ""))
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !isUpstream(violation.id, node)),
    }))
    .filter((violation) => violation.nodes.length > 0)
    .map(describe);
}

/**
 * Checks the page as it is now and records any finding under `name`; the test goes on, so one
 * run reports every page, and fails at its end.
 */
export async function checkAccessibility(
  page: Page,
  name: string,
  exclude: readonly string[] = [],
): Promise<void> {
  const found = await seriousViolations(page, exclude);
  expect.soft(found.join("\n"), `axe on ${name} (${page.url()})`).toBe("");
}
