/**
 * axe-core in the task pane's page: the serious and critical findings in one part of it. Tabster's
 * focus-trap dummies (<i data-tabster-dummy>) are set aside from aria-hidden-focus, a known false
 * positive (see test/browser/accessibility.test.ts).
 */
import type { Page } from "playwright-core";

interface Violation {
  id: string;
  impact: string | null;
  nodes: { html: string }[];
}

/** "rule-id: <html> | <html>" per serious or critical violation inside `selector` (default: the open wizard). */
export async function seriousViolations(page: Page, selector = '[role="tabpanel"]'): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ path: require.resolve("axe-core") });
  const violations = await page.evaluate(async (scope) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Element, options: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const root = document.querySelector(scope);
    if (!root) throw new Error(`nothing matches ${scope}`);
    return (await axe.run(root, { resultTypes: ["violations"] })).violations;
  }, selector);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter(
        (n) => v.id !== "aria-hidden-focus" || !/^<i [^>]*data-tabster-dummy/.test(n.html),
      ),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}
