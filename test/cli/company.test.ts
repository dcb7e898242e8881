import { generateCompany } from "../../src/cli/demo/company";

describe("demo company", () => {
  const company = generateCompany();
  it("has 6 regions, about 60 reps, a few joiners this year and one leaver", () => {
    expect(company.regions).toHaveLength(6);
    expect(company.reps.length).toBeGreaterThanOrEqual(55);
    expect(company.reps.length).toBeLessThanOrEqual(65);
    const joiners = company.reps.filter((r) => r.HireDate >= 46023); // 2026-01-01
    expect(joiners.length).toBeGreaterThanOrEqual(3);
    expect(company.reps.filter((r) => r.EndDate !== null)).toHaveLength(1);
    expect(new Set(company.reps.map((r) => r.RepID)).size).toBe(company.reps.length);
    expect(new Set(company.reps.map((r) => r.Name)).size).toBe(company.reps.length);
  });
  it("has two years of seasonal history and year-to-date actuals for 3 products", () => {
    const periods = [...new Set(company.history.map((h) => h.Period))].sort();
    expect(periods[0]).toBe("2024-01");
    expect(periods[periods.length - 1]).toBe("2025-12");
    const byMonth = (m: string) =>
      company.history.filter((h) => h.Period.endsWith(m)).reduce((s, h) => s + h.Amount, 0);
    expect(byMonth("-12")).toBeGreaterThan(byMonth("-02") * 1.8);
    expect(new Set(company.actuals.map((a) => a.Product).filter(Boolean))).toEqual(
      new Set(["Cloud", "Devices", "Services"]),
    );
    expect([...new Set(company.actuals.map((a) => a.Period))].sort()).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    // nobody sells after leaving or before joining
    const leaver = company.reps.find((r) => r.EndDate !== null)!;
    expect(company.actuals.filter((a) => a.RepID === leaver.RepID && a.Period > "2026-04")).toEqual([]);
  });
  it("is the same for the same seed and different for another", () => {
    expect(generateCompany()).toEqual(company);
    expect(generateCompany({ seed: 7, year: 2026, asOfMonth: 6 }).reps[0]).not.toEqual(company.reps[0]);
  });
});
