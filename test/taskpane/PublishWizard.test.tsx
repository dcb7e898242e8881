/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { PublishWizard } from "../../src/taskpane/wizards/PublishWizard";
import { defaultTargetOptions } from "../../src/jobs";
import { catalogues } from "../../src/taskpane/i18n";
import { fakeActions } from "./fakeActions";
import { renderWithStrings } from "./render";

jest.setTimeout(30000);

test("lists the output tables with totals and the audit trail, and checks the workbook", async () => {
  const { actions } = fakeActions();
  // From the Regions table, so SalesTargets agrees with Regions region by region.
  await actions.writeTargets(
    { ...defaultTargetOptions, source: "regions", fiscalYear: 2026 },
    {
      Reps: { LastYearSales: "Sales LY" },
    },
  );
  renderWithStrings(<PublishWizard actions={actions} />);
  const table = await screen.findByRole("table", { name: "Output tables in this workbook" });
  const targets = within(table).getByText("SalesTargets").closest("tr") as HTMLElement;
  expect(targets.textContent).toMatch(/ready.*72.*7,000,000/);
  const plan = within(table).getByText("SalesPlan").closest("tr") as HTMLElement;
  expect(plan.textContent).toMatch(/missing/);
  expect(
    within(screen.getByRole("list", { name: "Audit trail" })).getByText(/2026-11-27 02:00 · targets/),
  ).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "Check the workbook" }));
  await screen.findByText("No problems found: the workbook is ready for finance.");
});

test("shows each problem the check finds, in Chinese", async () => {
  const { actions, excel } = fakeActions();
  excel.addTable("Mine", "SalesPlan", 0, 0, [["Who"], ["me"]]);
  excel.setValues("Actuals", 2, 3, [["lots"]]);
  renderWithStrings(<PublishWizard actions={actions} />, catalogues.zh);
  const table = await screen.findByRole("table", { name: "本工作簿中的输出表" });
  expect((within(table).getByText("SalesPlan").closest("tr") as HTMLElement).textContent).toMatch(
    /非 SalesPlan 创建/,
  );
  fireEvent.click(screen.getByRole("button", { name: "检查工作簿" }));
  await screen.findByText("发现 2 个问题");
  expect(screen.getByText(/“SalesPlan”已存在但不是 SalesPlan 创建的/)).toBeTruthy();
  expect(screen.getByText(/Actuals!D3 \(Amount\)：应为数字，但找到文本“lots”/)).toBeTruthy();
});
