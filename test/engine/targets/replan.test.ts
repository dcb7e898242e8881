import { SalesPlanError } from "../../../src/kernel/errors";
import { actualsByRep, planTargets, replanRegions, replanReps } from "../../../src/engine/targets";
import { serialOf } from "../../../src/kernel/calendar";

const plan = planTargets({
  reps: [
    { repId: "A", name: "Ann", region: "North", lastYearSales: 3 },
    { repId: "B", name: "Bo", region: "North", lastYearSales: 1 },
  ],
  companyTarget: 4800,
  fiscalYear: { startYear: 2026, startMonth: 4 },
});

describe("re-plan from an Actuals table", () => {
  test("actuals by rep and fiscal month; rows for one month add up", () => {
    const byRep = actualsByRep(
      [
        { repId: "A", period: "2026-04", amount: 200 },
        { repId: "A", period: serialOf(2026, 4, 20), amount: 100 },
        { repId: "A", period: "2026/5", amount: 500 },
        { repId: "B", period: "2026-04", amount: 50 },
      ],
      plan.periods,
    );
    expect(byRep.get("A")?.slice(0, 3)).toEqual([300, 500, null]);
    expect(byRep.get("B")?.slice(0, 2)).toEqual([50, null]);
  });

  test("periods outside the fiscal year and bad amounts name the row", () => {
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as SalesPlanError).message;
      }
      return "";
    };
    expect(
      message(() =>
        actualsByRep(
          [
            { repId: "A", period: "2026-04", amount: 1 },
            { repId: "A", period: "2026-03", amount: 1 },
          ],
          plan.periods,
        ),
      ),
    ).toBe("actuals.Period: period 2026-03 is not in the fiscal year 2026-04 to 2027-03 at row 2");
    expect(message(() => actualsByRep([{ repId: "A", period: "soon", amount: 1 }], plan.periods))).toMatch(
      /actuals.Period: 'soon' is not a month/,
    );
  });

  test("rep level: each rep's gap over their open months", () => {
    // A: 3600 a year, 300 a month; 300 + 500 done, 2800 left over 10 months
    const actuals = actualsByRep(
      [
        { repId: "A", period: "2026-04", amount: 300 },
        { repId: "A", period: "2026-05", amount: 500 },
      ],
      plan.periods,
    );
    const { reps, rows } = replanReps(plan, actuals);
    expect(reps[0].months).toEqual([300, 500, 280, 280, 280, 280, 280, 280, 280, 280, 280, 280]);
    expect(reps[1].months).toEqual(new Array(12).fill(100));
    expect(rows).toHaveLength(24);
    expect(rows[2]).toMatchObject({ repId: "A", period: "2026-06", target: 280 });
  });

  test("region level: the region's gap, shared by the reps' annual targets", () => {
    const actuals = actualsByRep([{ repId: "A", period: "2026-04", amount: 1000 }], plan.periods);
    const [north] = replanRegions(plan, actuals);
    // 4800 - 1000 = 3800 over 11 months: 345.45.. -> 346 x 5, 345 x 6; then 3:1
    expect(north.gap).toBe(3800);
    expect(north.periods[0]).toBe(1000);
    expect(north.periods.slice(1).reduce((a, b) => a + b, 0)).toBe(3800);
    const a = north.reps[0].months;
    const b = north.reps[1].months;
    expect(a[0]).toBe(1000);
    expect(b[0]).toBe(0);
    for (let m = 1; m < 12; m++) expect(a[m] + b[m]).toBe(north.periods[m]);
  });
});
