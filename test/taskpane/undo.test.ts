/**
 * Undo last write through the pane's actions (hostActions over the Office host and the in-memory
 * Excel): payouts for one month replace the full run, the undo puts the full run back, its
 * SalesAudit row ("undo payouts" / "撤销 奖金") takes the place of the undone run's, and Publish's
 * check reconciles against the run before again. An edit since the write refuses it in en and zh.
 */
import { publishSummary } from "../../src/jobs";
import { SalesPlanError } from "../../src/kernel/errors";
import { workbookMessages } from "../../src/workbook/messages";
import { paneWorkbook, payoutOptions } from "./monthEndFixture";

jest.setTimeout(60_000);

it("puts the previous SalesPayouts back, with its audit row, and Publish reconciles again", async () => {
  const { excel, host, actions } = await paneWorkbook();
  const before = excel.read("SalesPayouts", 0, 0, 200, 14);
  const trailBefore = (await publishSummary(host)).audit;
  const checkBefore = await actions.checkWorkbook({});

  const written = await actions.writePayouts({ ...payoutOptions, period: "2026-02" }, {});
  expect(written.undo).toEqual(expect.any(String));
  expect(excel.read("SalesPayouts", 0, 0, 200, 14)).not.toEqual(before);

  const undone = await actions.undoLastWrite(written.undo!);
  expect(undone.tables.find((t) => t.name === "SalesPayouts")!.rows).toBeGreaterThan(
    written.tables.find((t) => t.name === "SalesPayouts")!.rows,
  );
  expect(excel.read("SalesPayouts", 0, 0, 200, 14)).toEqual(before);
  const trail = (await publishSummary(host)).audit;
  expect(trail.length).toBe(trailBefore.length + 1);
  expect(trail[0]).toMatchObject({ action: "undo", detail: "payouts", totals: "" });
  expect(trail.slice(1)).toEqual(trailBefore);
  // The check finds what it found before the write: the run it reconciles against is the one before.
  expect((await actions.checkWorkbook({})).checks).toEqual(checkBefore.checks);
  await expect(actions.undoLastWrite(written.undo!)).rejects.toMatchObject({
    template: workbookMessages.undoNotAvailable,
  });
});

it("writes the undo's action in the pane's language", async () => {
  const { host, actions } = await paneWorkbook();
  actions.setLanguage?.("zh");
  const written = await actions.writePayouts({ ...payoutOptions, period: "2026-02", language: "zh" }, {});
  await actions.undoLastWrite(written.undo!);
  const [last] = (await publishSummary(host)).audit;
  expect(last).toMatchObject({ action: "undo", detail: "奖金" });
});

it("refuses once SalesPayouts was edited, and after another write", async () => {
  const { excel, actions } = await paneWorkbook();
  const written = await actions.writePayouts({ ...payoutOptions, period: "2026-02" }, {});
  excel.setValues("SalesPayouts", 1, 0, [["R99"]]);
  const error = (await actions.undoLastWrite(written.undo!).catch((e: unknown) => e)) as SalesPlanError;
  expect(error).toBeInstanceOf(SalesPlanError);
  expect(error.format("en")).toMatch(/^Undo refused: SalesPayouts changed after the write \(values edited\)/);
  expect(error.format("zh")).toMatch(/^拒绝撤销：写入后 SalesPayouts 已被修改（数值已被编辑）/);
  expect(excel.read("SalesPayouts", 1, 0, 1, 1)).toEqual([["R99"]]);

  const again = await actions.writePayouts(payoutOptions, {});
  await expect(actions.undoLastWrite(written.undo!)).rejects.toMatchObject({
    template: workbookMessages.undoNotAvailable,
  });
  expect(again.undo).not.toBe(written.undo);
});
