/**
 * @jest-environment jsdom
 */
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { catalogues, localeFromDisplayLanguage } from "../../src/taskpane/i18n";
import { themeFor } from "../../src/taskpane/theme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { runDiagnostics } from "../../src/workbook/office/diagnostics";
import { excelApiSupport } from "../../src/workbook/office/requirements";
import { fakeActions } from "./fakeActions";

/** Fluent tabs keep a hidden copy of their label for layout, so compare accessible names. */
function expectTabs(labels: string[]): void {
  expect(screen.getAllByRole("tab")).toHaveLength(labels.length);
  labels.forEach((label) => expect(screen.getByRole("tab", { name: label })).toBeTruthy());
}

describe("task pane shell", () => {
  test("opens on the home tab, offers the four wizards and switches between them", async () => {
    render(<App theme={webLightTheme} locale="en" actions={fakeActions().actions} />);
    expectTabs(["Home", "Targets", "Plan", "Scores", "Publish"]);
    expect(screen.getByRole("tabpanel", { name: "Home" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Targets" }));
    // A wizard's panel keeps its full name; the tab's label is short.
    expect(screen.getByRole("tabpanel", { name: "Targets" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Plan" }));
    expect(screen.getByRole("tabpanel", { name: "Incentive plan" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Scores" }));
    expect(screen.getByRole("tabpanel", { name: "Scorecard" })).toBeTruthy();
    expect(screen.queryByRole("tabpanel", { name: "Targets" })).toBeNull();
    await screen.findByText(/Activities ✓/);
  });

  test("the home tab says where this month stands, and Go opens the step that does the next thing", async () => {
    const fake = fakeActions();
    render(<App theme={webLightTheme} locale="en" actions={fake.actions} />);
    const list = await screen.findByRole("list", { name: "This month's status" });
    expect(screen.getByRole("heading", { name: "This month: 2026-03" })).toBeTruthy();
    // The sample workbook has Actuals for 2026-01..03 and nothing written yet.
    expect(Array.from(list.querySelectorAll("li")).map((li) => [li.dataset.home, li.dataset.state])).toEqual([
      ["targets", "todo"],
      ["payouts", "waiting"],
      ["monthEnd", "waiting"],
      ["publish", "waiting"],
    ]);
    expect(list.textContent).toContain("Targets not written yet");
    expect(list.textContent).toContain("Payouts for 2026-03 not run");
    fireEvent.click(screen.getByRole("button", { name: "Go: Payouts for 2026-03 not run" }));
    const panel = await screen.findByRole("tabpanel", { name: "Incentive plan" });
    expect(screen.getByRole("tab", { name: "Plan" }).getAttribute("aria-selected")).toBe("true");
    // The preview step is the one in focus, open, and the period to pay is this month's.
    const preview = panel.querySelector('[data-step="preview"] summary') as HTMLElement;
    expect(preview.textContent).toContain("3. Preview");
    await waitFor(() => expect(document.activeElement).toBe(preview));
    expect((preview.parentElement as HTMLDetailsElement).open).toBe(true);
    await waitFor(() =>
      expect(within(panel).getByRole("combobox", { name: /Run payouts for/ }).textContent).toBe("2026-03"),
    );
  });

  test("speaks Chinese when Office does", async () => {
    expect(localeFromDisplayLanguage("zh-CN")).toBe("zh");
    expect(localeFromDisplayLanguage("zh-TW")).toBe("zh");
    expect(localeFromDisplayLanguage("en-GB")).toBe("en");
    expect(localeFromDisplayLanguage(undefined)).toBe("en");
    const { actions } = fakeActions();
    const languages: string[] = [];
    const setLanguage = actions.setLanguage!.bind(actions);
    actions.setLanguage = (locale) => {
      languages.push(locale);
      setLanguage(locale);
    };
    render(<App theme={webLightTheme} locale="zh" actions={actions} />);
    expectTabs(["首页", "目标", "方案", "评分", "发布"]);
    fireEvent.click(screen.getByRole("tab", { name: "目标" }));
    // What the pane writes (audit action names, the Language column) follows its language.
    expect(languages).toEqual(["zh"]);
    await screen.findByText(/Reps ✓/);
    expect(screen.getByRole("heading", { name: "2. 选项" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  test("switches language from the header, keeping the open wizard and what was typed", async () => {
    render(<App theme={webLightTheme} locale="en" actions={fakeActions().actions} initialWizard="targets" />);
    expect(document.documentElement.lang).toBe("en-US");
    await screen.findByText(/Reps ✓/);
    fireEvent.change(screen.getByRole("textbox", { name: "Company target" }), {
      target: { value: "1,234,000" },
    });
    const language = screen.getByRole("combobox", { name: "Pane language" });
    expect(language.textContent).toBe("English");
    fireEvent.click(language);
    fireEvent.click(await screen.findByRole("option", { name: "中文" }));
    expectTabs(["首页", "目标", "方案", "评分", "发布"]);
    expect(screen.getByRole("tab", { name: "目标" }).getAttribute("aria-selected")).toBe("true");
    expect((screen.getByRole("textbox", { name: "公司目标" }) as HTMLInputElement).value).toBe("1,234,000");
    await waitFor(() => expect(document.documentElement.lang).toBe("zh-CN"));
    // and back, from the switch's Chinese label
    fireEvent.click(screen.getByRole("combobox", { name: "任务窗格语言" }));
    fireEvent.click(await screen.findByRole("option", { name: "English" }));
    expect(screen.getByRole("tabpanel", { name: "Targets" })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe("en-US"));
  });

  test("every string exists in both languages, with the same placeholders", () => {
    expect(Object.keys(catalogues.zh).sort()).toEqual(Object.keys(catalogues.en).sort());
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, value] of Object.entries(catalogues.zh)) {
      expect(value.trim()).not.toBe("");
      expect([key, placeholders(value)]).toEqual([
        key,
        placeholders((catalogues.en as Record<string, string>)[key]),
      ]);
    }
  });

  test("follows the Office theme", () => {
    expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});

describe("Diagnostics and the API set check", () => {
  const environment = {
    host: "Excel",
    platform: "PC",
    version: "16.0.17928",
    excelApi: "1.17",
    sets: [
      { name: "ExcelApi", version: "1.13", supported: true },
      { name: "CustomFunctionsRuntime", version: "1.1", supported: true },
    ],
  };

  test("runs from the header in the user's workbook and shows a report to copy, then back", async () => {
    const fake = fakeActions();
    const before = fake.excel.state();
    fake.actions.runDiagnostics = (onStep) => runDiagnostics(fake.excel.run, environment, new Date(), onStep);
    render(<App theme={webDarkTheme} locale="en" actions={fake.actions} />);
    fireEvent.click(screen.getByRole("button", { name: "Diagnostics" }));
    expect(screen.getByRole("heading", { name: "Diagnostics" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Run Diagnostics" }));
    await screen.findByText("Every step passed: this Excel can run SalesPlan.", undefined, {
      timeout: 10000,
    });
    const report = (screen.getByRole("textbox", { name: "Diagnostics report" }) as HTMLTextAreaElement).value;
    expect(report).toContain("Host: Excel\nPlatform: PC\nVersion: 16.0.17928");
    expect(report).toContain("ExcelApi 1.13: yes; CustomFunctionsRuntime 1.1: yes; highest ExcelApi 1.17");
    expect(report).toContain("2. Text beginning with = stays text: pass");
    expect(report).toContain("6. Write, then Undo last write: pass");
    expect(report).toContain("9. Everything removed: pass");
    expect(fake.excel.state()).toBe(before);
    fireEvent.click(screen.getByRole("button", { name: "Back to the wizards" }));
    expect(screen.getByRole("tabpanel", { name: "Home" })).toBeTruthy();
  });

  test("names a failed step and its error, in Chinese", async () => {
    const fake = fakeActions();
    fake.excel.setValues("SalesPlanDiagnostics", 0, 0, [["mine"]]);
    fake.actions.runDiagnostics = (onStep) => runDiagnostics(fake.excel.run, environment, new Date(), onStep);
    render(<App theme={webLightTheme} locale="zh" actions={fake.actions} />);
    fireEvent.click(screen.getByRole("button", { name: "诊断" }));
    fireEvent.click(screen.getByRole("button", { name: "运行诊断" }));
    await screen.findByText("有 8 个步骤未通过。请复制报告，并随问题一起发送。");
    const report = (screen.getByRole("textbox", { name: "诊断报告" }) as HTMLTextAreaElement).value;
    expect(report).toContain("1. 临时工作表: 失败 — 已存在名为“SalesPlanDiagnostics”的工作表或表");
    expect(report).toContain("2. 以 = 开头的文本保持为文本: 未运行（前面的步骤失败）");
  });

  test("says there is nothing to test outside Excel", () => {
    render(<App theme={webLightTheme} locale="en" actions={fakeActions().actions} />);
    fireEvent.click(screen.getByRole("button", { name: "Diagnostics" }));
    expect(screen.getByText("Diagnostics runs inside Excel.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Run Diagnostics" }).hasAttribute("disabled")).toBe(true);
  });

  test("warns when this Excel lacks the ExcelApi set, saying what still works, en and zh", () => {
    const upTo19 = excelApiSupport((name, version) => name === "ExcelApi" && Number(version.slice(2)) <= 9);
    expect(upTo19).toEqual({ needed: "1.13", highest: "1.9", ok: false });
    const { unmount } = render(
      <App theme={webLightTheme} locale="en" actions={fakeActions().actions} apiSupport={upTo19} />,
    );
    expect(screen.getByText("This Excel lacks ExcelApi 1.13")).toBeTruthy();
    expect(
      screen.getByText(/It supports ExcelApi 1\.9\..*the SALES\.\* functions in cells still work/),
    ).toBeTruthy();
    unmount();
    render(<App theme={webLightTheme} locale="zh" actions={fakeActions().actions} apiSupport={upTo19} />);
    expect(screen.getByText("此 Excel 缺少 ExcelApi 1.13")).toBeTruthy();
    expect(screen.getByText(/单元格中的 SALES\.\* 函数仍可使用/)).toBeTruthy();
  });

  test("shows nothing when the set is there", () => {
    const all = excelApiSupport(() => true);
    expect(all).toEqual({ needed: "1.13", highest: "1.20", ok: true });
    render(<App theme={webLightTheme} locale="en" actions={fakeActions().actions} apiSupport={all} />);
    expect(screen.queryByText(/This Excel lacks/)).toBeNull();
  });
});
