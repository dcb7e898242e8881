/**
 * The pane's shape in a 360 x 640 task pane (issue 18, "Done when"): once a wizard's input tables
 * are found, its primary action is on screen without scrolling, judged from element positions,
 * in en-light and zh-dark. The screenshots (test-results/shape-<wizard>-<lang>-<theme>.png) are
 * of the viewport as a user first sees it, for a person to look at.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { catalogues, fill, type Strings } from "../../src/taskpane/i18n";
import { resultsDir, useTaskpaneBrowser } from "../support/browser";

jest.setTimeout(180000);

const openPane = useTaskpaneBrowser();

interface Variant {
  readonly lang: "en" | "zh";
  readonly theme: "light" | "dark";
  readonly settings: Parameters<typeof openPane>[0];
}

const variants: readonly Variant[] = [
  { lang: "en", theme: "light", settings: {} },
  {
    lang: "zh",
    theme: "dark",
    settings: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } },
  },
];

/** Each wizard: its tab, the input table whose line says it was found, and its primary action. */
function wizards(s: Strings): { id: string; tab: string; input: string; primary: string }[] {
  return [
    {
      id: "targets",
      tab: s.tabTargets,
      input: "Reps",
      primary: fill(s.writeButton, { table: "SalesTargets" }),
    },
    { id: "incentives", tab: s.tabIncentives, input: "Actuals", primary: s.runPayouts },
    {
      id: "scorecard",
      tab: s.tabScorecard,
      input: "Activities",
      primary: fill(s.writeButton, { table: "SalesScorecard" }),
    },
  ];
}

/** Where an element sits in the viewport, and how far the page is scrolled. */
async function placement(page: Page, name: string) {
  const button = page.getByRole("button", { name, exact: true });
  await button.waitFor();
  const box = await button.boundingBox();
  const scroll = await page.evaluate(() => ({
    y: window.scrollY,
    width: document.documentElement.scrollWidth,
  }));
  return { box, scroll };
}

describe.each(variants)("at 360 x 640 in $lang-$theme", ({ lang, theme, settings }) => {
  const strings = catalogues[lang];
  test.each(wizards(strings))("$id: the primary action is in view once the inputs are found", async (w) => {
    const page = await openPane(settings);
    await page.getByRole("tab", { name: w.tab }).click();
    const panel = page.getByRole("tabpanel", { name: w.tab });
    await panel.waitFor();
    // The inputs are found: the table's line says so.
    await panel
      .getByText(new RegExp(`^${w.input} ✓`))
      .first()
      .waitFor();
    const { box, scroll } = await placement(page, w.primary);
    await page.screenshot({ path: path.join(resultsDir, `shape-${w.id}-${lang}-${theme}.png`) });
    expect(scroll.y).toBe(0);
    expect(scroll.width).toBeLessThanOrEqual(360);
    expect(box).not.toBeNull();
    const { x, y, width, height } = box as NonNullable<typeof box>;
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y + height).toBeLessThanOrEqual(640);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(360);
    await page.close();
  });
});
