import fc from "fast-check";
import { SalesPlanError } from "../../../src/kernel/errors";
import { toScaledUnits } from "../../../src/kernel/money";
import { serialOf } from "../../../src/kernel/calendar";
import { planTargets, type RepInput, type TargetPlan } from "../../../src/engine/targets";

const u = (x: number, d: number): bigint => toScaledUnits(x, d);
const sumUnits = (xs: readonly number[], d: number): bigint => xs.reduce((a, x) => a + u(x, d), 0n);

/** Every level adds up exactly to its parent, in units. */
function checkSums(plan: TargetPlan, decimals: number): void {
  expect(
    sumUnits(
      plan.regions.map((r) => r.target),
      decimals,
    ),
  ).toBe(u(plan.companyTarget, decimals));
  for (const region of plan.regions) {
    expect(sumUnits(region.months, decimals)).toBe(u(region.target, decimals));
    expect(sumUnits(region.quarters, decimals)).toBe(u(region.target, decimals));
    expect(u(region.assigned, decimals) + u(region.unassigned, decimals)).toBe(u(region.target, decimals));
    const reps = plan.reps.filter((r) => r.region === region.region);
    expect(
      sumUnits(
        reps.map((r) => r.annual),
        decimals,
      ),
    ).toBe(u(region.assigned, decimals));
    expect(sumUnits(region.unassignedMonths, decimals)).toBe(u(region.unassigned, decimals));
    region.months.forEach((m, i) => {
      const label = plan.periods[i].label;
      const rows = plan.rows.filter((row) => row.region === region.region && row.period === label);
      expect(
        sumUnits(
          rows.map((row) => row.target),
          decimals,
        ),
      ).toBe(u(m, decimals));
    });
    for (const rep of reps) {
      expect(sumUnits(rep.months, decimals)).toBe(u(rep.annual, decimals));
      expect(sumUnits(rep.quarters, decimals)).toBe(u(rep.annual, decimals));
      rep.quarters.forEach((q, i) =>
        expect(sumUnits(rep.months.slice(3 * i, 3 * i + 3), decimals)).toBe(u(q, decimals)),
      );
    }
  }
}

describe("planTargets by hand", () => {
  const reps: RepInput[] = [
    { repId: "R1", name: "Li Wei", region: "North", lastYearSales: 300 },
    { repId: "R2", name: "Ann", region: "North", lastYearSales: 100 },
    { repId: "R3", name: "Bo", region: "South", lastYearSales: 600 },
  ];

  test("company -> regions -> reps -> months, fiscal year from April", () => {
    const plan = planTargets({ reps, companyTarget: 12000, fiscalYear: { startYear: 2026, startMonth: 4 } });
    expect(plan.regions.map((r) => [r.region, r.target])).toEqual([
      ["North", 4800],
      ["South", 7200],
    ]);
    expect(plan.reps.map((r) => [r.repId, r.annual])).toEqual([
      ["R1", 3600],
      ["R2", 1200],
      ["R3", 7200],
    ]);
    expect(plan.reps[0].months).toEqual(new Array(12).fill(300));
    expect(plan.reps[0].quarters).toEqual([900, 900, 900, 900]);
    expect(plan.rows[0]).toEqual({
      kind: "rep",
      repId: "R1",
      name: "Li Wei",
      region: "North",
      product: "",
      period: "2026-04",
      target: 300,
    });
    expect(plan.rows).toHaveLength(36);
    checkSums(plan, 0);
  });

  test("region targets from the Regions table; seasonality by calendar month; products", () => {
    const seasonality = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]; // January weighs double
    const plan = planTargets({
      reps,
      regions: [
        { region: "North", target: 1300 },
        { region: "South", target: 650 },
      ],
      fiscalYear: { startYear: 2026, startMonth: 4 },
      seasonality,
      products: [
        { product: "Hardware", weight: 3 },
        { product: "Service", weight: 2 },
      ],
    });
    const south = plan.reps.find((r) => r.repId === "R3");
    expect(south?.annual).toBe(650);
    // 650 -> Hardware 390, Service 260; January (fiscal month 10) gets 2/13
    const jan = plan.rows.filter((r) => r.repId === "R3" && r.period === "2027-01");
    expect(jan.map((r) => [r.product, r.target])).toEqual([
      ["Hardware", 60],
      ["Service", 40],
    ]);
    checkSums(plan, 0);
  });

  test("a joiner's ramp and a leaver's months stay visible as the region's unassigned rows", () => {
    const plan = planTargets({
      reps: [
        { repId: "N1", region: "North", lastYearSales: 1, hireDate: serialOf(2026, 11, 1) },
        { repId: "N2", region: "North", lastYearSales: 1, endDate: serialOf(2026, 6, 30) },
      ],
      companyTarget: 2400,
      regionBasis: "equal",
      repBasis: "equal",
      fiscalYear: { startYear: 2026, startMonth: 1 },
      ramp: [0.5],
    });
    const n1 = plan.reps[0];
    expect(n1.months).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 100]);
    expect(plan.reps[1].months).toEqual([100, 100, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0]);
    expect(plan.regions[0].unassigned).toBe(2400 - 150 - 600);
    const open = plan.rows.filter((r) => r.kind === "unassigned");
    expect(open.find((r) => r.period === "2026-11")?.target).toBe(150);
    expect(open.find((r) => r.period === "2026-12")?.target).toBe(100);
    checkSums(plan, 0);
  });

  test("errors name the table, column and row", () => {
    const message = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as SalesPlanError).message;
      }
      return "";
    };
    const fiscalYear = { startYear: 2026 };
    expect(message(() => planTargets({ reps, regions: [{ region: "North", target: 1 }], fiscalYear }))).toBe(
      "reps.Region: region 'South' is not in the regions table at row 3",
    );
    expect(
      message(() =>
        planTargets({ reps: [...reps, { repId: "R1", region: "North" }], companyTarget: 1, fiscalYear }),
      ),
    ).toBe("reps.RepID: 'R1' appears more than once at row 4");
    expect(message(() => planTargets({ reps, fiscalYear }))).toMatch(/give either a company target/);
    expect(
      message(() =>
        planTargets({
          reps: [{ repId: "X", region: "A", lastYearSales: -1 }],
          companyTarget: 10,
          fiscalYear,
        }),
      ),
    ).toMatch(/LastYearSales: must not be negative, got -1/);
    // the row is the Reps table's, not the rep's place within its region
    const mixed: RepInput[] = [
      { repId: "A", region: "North", lastYearSales: 1 },
      { repId: "B", region: "South", lastYearSales: 1 },
      { repId: "C", region: "South", lastYearSales: -3 },
    ];
    expect(
      message(() =>
        planTargets({
          reps: mixed,
          regions: [
            { region: "North", target: 1 },
            { region: "South", target: 1 },
          ],
          fiscalYear,
        }),
      ),
    ).toBe("reps.LastYearSales: must not be negative, got -3 at row 3");
    expect(
      message(() =>
        planTargets({
          reps: [...reps, { repId: "E", region: "East", lastYearSales: 0 }],
          companyTarget: 100,
          regionBasis: "equal",
          fiscalYear,
        }),
      ),
    ).toBe("reps.LastYearSales: every member of 'East' is 0 or blank, so its target cannot be split");
    expect(message(() => planTargets({ reps, companyTarget: 10, fiscalYear, repMinimum: 10 }))).toMatch(
      /minimum: 2 × 10 = 20 is more than the total/,
    );
  });
});

test("a company target of 1e15 to cents (1e17 units, past 2^53) still places every region's target", () => {
  const plan = planTargets({
    reps: [
      { repId: "A", region: "North", lastYearSales: 1 },
      { repId: "B", region: "North", lastYearSales: 2 },
      { repId: "C", region: "South", lastYearSales: 3 },
    ],
    companyTarget: 999_999_999_999_999,
    fiscalYear: { startYear: 2026 },
    decimals: 2,
  });
  expect(plan.regions.map((r) => r.target)).toEqual([499_999_999_999_999.5, 499_999_999_999_999.5]);
  // the doubles cannot show every cent at this size; the months stay within a cent of a twelfth
  const c = plan.reps[2];
  expect(c.annual).toBe(499_999_999_999_999.5);
  c.months.forEach((m) => expect(Math.abs(m - c.annual / 12)).toBeLessThan(0.1));
});

describe("planTargets property: every level adds up exactly", () => {
  const rep = fc.record({
    region: fc.constantFrom("A", "B", "C", "D"),
    lastYearSales: fc.oneof(
      fc.constant(null),
      // at least a cent: a region whose reps all sold nothing cannot be split by history (tested above)
      fc.integer({ min: 1, max: 10_000_000 }).map((x) => x / 100),
    ),
    potential: fc.integer({ min: 1, max: 1_000_000 }),
    hireDate: fc.oneof(
      fc.constant(null),
      fc.integer({ min: serialOf(2025, 6, 1), max: serialOf(2027, 6, 1) }),
    ),
    endDate: fc.oneof(
      fc.constant(null),
      fc.integer({ min: serialOf(2027, 6, 2), max: serialOf(2028, 6, 1) }),
    ),
  });
  test("random plans", () => {
    fc.assert(
      fc.property(
        fc.array(rep, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: -2, max: 2 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        (raw, decimals, fraction, startMonth, seasonality, withProducts) => {
          const reps = raw.map((r, i) => ({ ...r, repId: `R${i}`, lastYearSales: r.lastYearSales ?? 1 }));
          // up to 1e15 at decimals <= 0, smaller with cents so every unit count fits 15 digits
          const companyTarget = Math.floor(fraction * (10 ** (15 - Math.max(decimals, 0)) - 1));
          const plan = planTargets({
            reps,
            companyTarget,
            regionBasis: { history: 0.5, potential: 0.5 },
            repBasis: { history: 0.6, potential: 0.4 },
            fiscalYear: { startYear: 2026, startMonth },
            seasonality,
            ramp: [0.25, 0.5, 0.75],
            decimals,
            products: withProducts
              ? [
                  { product: "P", weight: 2 },
                  { product: "Q", weight: 1 },
                ]
              : undefined,
          });
          expect(u(plan.companyTarget, decimals)).toBe(u(companyTarget, decimals));
          checkSums(plan, decimals);
        },
      ),
      { numRuns: 150 },
    );
  });
});
