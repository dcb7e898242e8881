/**
 * Reconciliation in both currencies (PRODUCT.md "Organisations"): with two reps paid in HKD and
 * FxRates, the workbook check sums SalesPayouts per currency in that currency and in the reporting
 * currency, to the cent, and compares the reporting total with what the payouts run recorded in
 * SalesAudit; a changed PayoutReporting cell is then caught. A run in one currency has none.
 */
import { checkWorkbook, reconcileCurrencies } from "../../src/jobs";
import { toCents } from "../../src/kernel/money";
import { outputSchemas, payoutCurrencyColumns, readSpec } from "../../src/workbook/schema";
import { hkdWorkbook } from "./publishFixture";

jest.setTimeout(60000);

test("SalesPayouts reconciles per currency in both currencies, to the cent, against the recorded total", async () => {
  const { host } = await hkdWorkbook();
  const payouts = await host.readTable(
    readSpec({
      ...outputSchemas.SalesPayouts,
      columns: [...outputSchemas.SalesPayouts.columns, ...payoutCurrencyColumns],
    }),
  );
  expect(payouts.rows.length).toBeGreaterThan(0);
  const check = await checkWorkbook(host);
  const currencies = check.reconciliation?.currencies;
  expect(currencies).toBeTruthy();
  // Each currency's sums, redone here in cents from the written rows.
  const rows = payouts.rows.map((r) => r.values as Record<string, unknown>);
  const sum = (pick: (r: Record<string, unknown>) => number, keep: (r: Record<string, unknown>) => boolean) =>
    Number(rows.filter(keep).reduce((s: bigint, r) => s + toCents(pick(r)), 0n)) / 100;
  const isHkd = (r: Record<string, unknown>) => r.Currency === "HKD";
  expect([...new Set(rows.filter(isHkd).map((r) => r.RepID))].sort()).toEqual(["R02", "R05"]);
  const lines = new Map(currencies!.lines.map((l) => [l.currency, l]));
  expect(lines.get("HKD")).toEqual({
    currency: "HKD",
    net: sum((r) => r.NetPayout as number, isHkd),
    reporting: sum((r) => r.PayoutReporting as number, isHkd),
    rows: rows.filter(isHkd).length,
  });
  const cny = lines.get("CNY")!;
  expect(cny.net).toBe(cny.reporting);
  expect(lines.get("HKD")!.reporting).not.toBe(lines.get("HKD")!.net);
  expect(currencies!.reporting).toBe(
    sum(
      (r) => r.PayoutReporting as number,
      () => true,
    ),
  );
  expect(currencies!.recorded).toBe(currencies!.reporting);
  expect(currencies!.agrees).toBe(true);
});

test("a reporting amount changed after the run no longer agrees with SalesAudit; one currency: no currency lines", () => {
  const rows = [
    {
      repId: "R1",
      period: "2026-01",
      measure: "Revenue",
      payout: 100,
      adjustments: 0,
      net: 100,
      currency: "HKD",
      reporting: 91.23,
    },
    {
      repId: "R2",
      period: "2026-01",
      measure: "Revenue",
      payout: 50.1,
      adjustments: 0,
      net: 50.1,
      currency: "CNY",
      reporting: 50.1,
    },
  ];
  const audit = [
    {
      time: 1,
      action: "payouts",
      totals: "SalesPayouts.NetPayout=150.1; SalesPayouts.PayoutReporting=141.34",
    },
  ] as never[];
  const ok = reconcileCurrencies(rows, audit)!;
  expect(ok.reporting).toBe(141.33);
  expect(ok.agrees).toBe(false);
  expect(
    reconcileCurrencies(
      rows.map((r) => ({ ...r, reporting: r === rows[0] ? 91.24 : r.reporting })),
      audit,
    )!.agrees,
  ).toBe(true);
  expect(
    reconcileCurrencies(
      rows.map((r) => ({ ...r, currency: undefined, reporting: undefined })),
      audit,
    ),
  ).toBeNull();
});

test("publishing with finance copies keeps SalesPayouts' Currency text and reporting amounts", async () => {
  const { actions } = await hkdWorkbook();
  const result = await actions.publish({ financeCopy: true }, {});
  const copy = result.tables.find((t) => t.name === "Finance_SalesPayouts");
  expect(copy?.rows).toBeGreaterThan(0);
});
