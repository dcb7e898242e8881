/**
 * Headless Debian Chromium through playwright-core, serving dist/ on localhost with the Office.js
 * stand-in in place of Microsoft's CDN (every other off-machine request is aborted).
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import * as ts from "typescript";
import { distDir } from "./bundle";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const resultsDir = path.resolve(__dirname, "../../test-results");

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** A static server over dist/ on a free localhost port. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.join(distDir, pathname === "/" ? "taskpane.html" : pathname);
    if (!file.startsWith(distDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface OfficeSettings {
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor: string };
  /** false: no Excel.run at all (as outside Excel); default: the in-memory sample workbook. */
  workbook?: boolean;
  /**
   * A workbook to open instead of the sample: `window.__fakeExcel.workbook.serialize()` of an
   * earlier page, so a test can close the pane and reopen it over the same file.
   */
  workbookState?: string;
  /** The highest ExcelApi version the stand-in reports (default: every version). */
  excelApi?: string;
}

/**
 * The in-memory Excel of the Office host's tests (test/support/fake-excel) and the sample team
 * (test/browser/sample-workbook.ts) as one browser script, so the built task pane runs its real
 * Office.js code path against it. Each module is transpiled alone and wrapped in a tiny CommonJS
 * loader: no bundler config, and the files stay the ones the jest tests use.
 */
export function fakeExcelScript(): string {
  const modules: Record<string, string> = {
    "./model": path.join(__dirname, "fake-excel/model.ts"),
    "./fake-excel": path.join(__dirname, "fake-excel/index.ts"),
    "./sample-workbook": path.join(__dirname, "../browser/sample-workbook.ts"),
  };
  const bodies = Object.entries(modules).map(([id, file]) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
      fileName: file,
    });
    return `${JSON.stringify(id)}: function (module, exports, require) {\n${outputText}\n}`;
  });
  return `(function () {
  var factories = {${bodies.join(",\n")}};
  var cache = {};
  function load(id) {
    if (cache[id]) return cache[id].exports;
    var module = { exports: {} };
    cache[id] = module;
    factories[id](module, module.exports, load);
    return module.exports;
  }
  var FakeExcel = load("./fake-excel").FakeExcel;
  var seedSample = load("./sample-workbook").seedSample;
  // A new sample workbook per page load (or the saved one it was given); tests read it back
  // through window.__fakeExcel.
  window.__createFakeExcel = function () {
    var excel = new FakeExcel();
    var saved = (window.__officeSettings || {}).workbookState;
    if (saved) excel.workbook.restore(saved);
    else seedSample(excel);
    return excel;
  };
})();
`;
}

/** A fresh Chromium profile with the Office stand-in routed in. */
export async function launchTaskpaneBrowser(): Promise<BrowserContext> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: npm test installs it on Debian or Ubuntu (or prints the apt-get command); elsewhere set CHROMIUM_PATH`,
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "salesplan-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 360, height: 640 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const standin = fakeExcelScript() + fs.readFileSync(path.join(__dirname, "office-standin.js"), "utf8");
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "appsforoffice.microsoft.com") {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: standin });
    }
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return route.continue();
    return route.abort();
  });
  return context;
}

/** Open the task pane as Office would, with the given language and theme. */
export async function openTaskpane(
  context: BrowserContext,
  baseUrl: string,
  settings: OfficeSettings = {},
): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript((s) => {
    (window as unknown as { __officeSettings: unknown }).__officeSettings = s;
  }, settings);
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.getByRole("tablist").waitFor({ timeout: 15000 });
  if (errors.length) throw new Error(`the task pane threw: ${errors.join("; ")}`);
  return page;
}

/**
 * One Chromium and one server over dist/ for a browser test file: opened before its tests, closed
 * after them. Returns how to open the task pane in that browser.
 */
export function useTaskpaneBrowser(): (settings?: OfficeSettings) => Promise<Page> {
  let context: BrowserContext | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    fs.mkdirSync(resultsDir, { recursive: true });
    server = await serveDist();
    context = await launchTaskpaneBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });
  return (settings = {}) => {
    if (!context || !server)
      throw new Error("the browser is not open: call useTaskpaneBrowser() at the top level");
    return openTaskpane(context, server.url, settings);
  };
}

export type PaneCell = number | string | boolean | null | { error: string };

/** A table's cells as Excel shows them (header first), read in the page; null when there is none. */
export function tableCells(page: Page, name: string): Promise<PaneCell[][] | null> {
  return page.evaluate((n) => {
    const excel = (window as unknown as { __fakeExcel: import("./fake-excel").FakeExcel }).__fakeExcel;
    const t = excel.workbook.table(n);
    return t ? (excel.read(t.sheet.name, t.top, t.left, t.height, t.width) as PaneCell[][]) : null;
  }, name);
}

/**
 * Open an input table's details ("Edit mapping", shut while every required column is found)
 * unless they are open already. `label` is the button's name in the pane's language.
 */
export async function openMapping(
  page: Page,
  table: string,
  label = `Edit mapping of ${table}`,
): Promise<void> {
  const button = page.getByRole("button", { name: label });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}
