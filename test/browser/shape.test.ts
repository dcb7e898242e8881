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

/**
 * Each wizard: its tab, its panel's name, what says its inputs were found (an input table's line;
 * Publish reads the output tables: its checklist), and its primary action.
 */
function wizards(s: Strings): { id: string; tab: string; panel: string; input: RegExp; primary: string }[] {
  return [
    {
      id: "targets",
      tab: s.tabShortTargets,
      panel: s.tabTargets,
      input: /^Reps ✓/,
      primary: fill(s.writeButton, { table: "SalesTargets" }),
    },
    {
      id: "incentives",
      tab: s.tabShortIncentives,
      panel: s.tabIncentives,
      input: /^Actuals ✓/,
      primary: s.runPayouts,
    },
    {
      id: "scorecard",
      tab: s.tabShortScorecard,
      panel: s.tabScorecard,
      input: /^Activities ✓/,
      primary: fill(s.writeButton, { table: "SalesScorecard" }),
    },
    {
      id: "publish",
      tab: s.tabShortPublish,
      panel: s.tabPublish,
      input: new RegExp(`^${s.checkWorkbook}$`),
      primary: s.checkWorkbook,
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

describe.each(variants)("at 360 x 640 in $lang-$theme, the home tab", ({ lang, theme, settings }) => {
  const strings = catalogues[lang];
  test("opens first, with this month's status and a Go on every line in view; the tabs fit 320 px", async () => {
    const page = await openPane(settings);
    const list = page.getByRole("tabpanel", { name: strings.homeTitle }).getByRole("list");
    await list.waitFor();
    const go = list.getByRole("button");
    expect(await go.count()).toBe(4);
    await page.screenshot({ path: path.join(resultsDir, `shape-home-${lang}-${theme}.png`) });
    for (let i = 0; i < 4; i++) {
      const box = await go.nth(i).boundingBox();
      expect(box).not.toBeNull();
      const { x, y, width, height } = box as NonNullable<typeof box>;
      expect([y >= 0, y + height <= 640, x >= 0, x + width <= 360]).toEqual([true, true, true, true]);
    }
    // The tabs sit on one row, even in a 320 px pane.
    await page.setViewportSize({ width: 320, height: 640 });
    const tops = await page
      .getByRole("tab")
      .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await page.close();
  });
});

describe.each(variants)("at 360 x 640 in $lang-$theme", ({ lang, theme, settings }) => {
  const strings = catalogues[lang];
  test.each(wizards(strings))("$id: the primary action is in view once the inputs are found", async (w) => {
    const page = await openPane(settings);
    await page.getByRole("tab", { name: w.tab }).click();
    const panel = page.getByRole("tabpanel", { name: w.panel });
    await panel.waitFor();
    // The inputs are found: the table's line says so.
    await panel.getByText(w.input).first().waitFor();
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
