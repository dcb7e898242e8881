/**
 * @jest-environment jsdom
 */
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { catalogues, localeFromDisplayLanguage } from "../../src/taskpane/i18n";
import { themeFor } from "../../src/taskpane/theme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fakeActions } from "./fakeActions";

/** Fluent tabs keep a hidden copy of their label for layout, so compare accessible names. */
function expectTabs(labels: string[]): void {
  expect(screen.getAllByRole("tab")).toHaveLength(labels.length);
  labels.forEach((label) => expect(screen.getByRole("tab", { name: label })).toBeTruthy());
}

describe("task pane shell", () => {
  test("offers the four wizards and switches between them", async () => {
    render(<App theme={webLightTheme} locale="en" actions={fakeActions().actions} />);
    expectTabs(["Targets", "Incentive plan", "Scorecard", "Publish for finance"]);
    expect(screen.getByRole("tabpanel", { name: "Targets" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Scorecard" }));
    expect(screen.getByRole("tabpanel", { name: "Scorecard" })).toBeTruthy();
    expect(screen.queryByRole("tabpanel", { name: "Targets" })).toBeNull();
    await screen.findByText(/Activities: table Activities/);
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
    expectTabs(["目标分解", "激励方案", "绩效评分", "发布给财务"]);
    // What the pane writes (audit action names, the Language column) follows its language.
    expect(languages).toEqual(["zh"]);
    await screen.findByText(/Reps：表格 Reps/);
    expect(screen.getByRole("heading", { name: "2. 选项" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  test("switches language from the header, keeping the open wizard and what was typed", async () => {
    render(<App theme={webLightTheme} locale="en" actions={fakeActions().actions} />);
    expect(document.documentElement.lang).toBe("en-US");
    await screen.findByText(/Reps: table Reps/);
    fireEvent.change(screen.getByRole("textbox", { name: "Company target" }), {
      target: { value: "1,234,000" },
    });
    const language = screen.getByRole("combobox", { name: "Pane language" });
    expect(language.textContent).toBe("English");
    fireEvent.click(language);
    fireEvent.click(await screen.findByRole("option", { name: "中文" }));
    expectTabs(["目标分解", "激励方案", "绩效评分", "发布给财务"]);
    expect(screen.getByRole("tab", { name: "目标分解" }).getAttribute("aria-selected")).toBe("true");
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
