/**
 * The built task pane in real headless Chromium: it renders after Office.onReady, offers the four
 * wizards, follows Office's language and theme, and the shared-runtime page registers the
 * custom functions. Screenshots go to test-results/ for a person to look at.
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext } from "playwright-core";
import { launchTaskpaneBrowser, openTaskpane, resultsDir, serveDist } from "../support/browser";

jest.setTimeout(90000);

let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  fs.mkdirSync(resultsDir, { recursive: true });
  server = await serveDist();
  context = await launchTaskpaneBrowser();
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

test("clicks through the four wizards", async () => {
  const page = await openTaskpane(context, server.url);
  const wizards = [
    ["Targets", "targets"],
    ["Incentive plan", "incentives"],
    ["Scorecard", "scorecard"],
    ["Publish for finance", "publish"],
  ];
  await expectTabCount(page, 4);
  // a 360 px task pane must not scroll sideways
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const [label, id] of wizards) {
    await page.getByRole("tab", { name: label }).click();
    const panel = page.getByRole("tabpanel", { name: label });
    await panel.waitFor();
    expect(await panel.getAttribute("data-wizard")).toBe(id);
    await page.waitForTimeout(400); // let the tab indicator finish its transition
    const file = path.join(resultsDir, `taskpane-${id}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(fs.statSync(file).size).toBeGreaterThan(5000);
  }
  await page.close();
});

test("the shared runtime page registers the custom functions", async () => {
  const page = await openTaskpane(context, server.url);
  const associated = await page.evaluate(
    () => (window as unknown as { __associated: string[] }).__associated,
  );
  expect(associated).toContain("PACE");
  await page.close();
});

test("follows Office's Chinese display language and dark theme", async () => {
  const page = await openTaskpane(context, server.url, {
    displayLanguage: "zh-CN",
    officeTheme: { bodyBackgroundColor: "#262626" },
  });
  await page.getByRole("tab", { name: "激励方案" }).click();
  await page.getByRole("tabpanel", { name: "激励方案" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor,
  );
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r + g + b).toBeLessThan(200); // dark
  await page.screenshot({ path: path.join(resultsDir, "taskpane-zh-dark.png"), fullPage: true });
  await page.close();
});

async function expectTabCount(page: import("playwright-core").Page, count: number): Promise<void> {
  expect(await page.getByRole("tab").count()).toBe(count);
}
