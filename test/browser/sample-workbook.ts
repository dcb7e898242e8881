/**
 * A small sales team for the task pane tests: 6 reps in 2 regions, three months of actuals and
 * activities. Some headers are Chinese (matched by alias) and one ("Sales LY") matches nothing, so
 * the wizard must offer a mapping for LastYearSales. Used by jsdom tests and, bundled, by the
 * browser stand-in's in-memory Excel.
 */
export type SampleCell = number | string | boolean | null;

export interface SampleTable {
  readonly sheet: string;
  readonly name: string;
  readonly values: SampleCell[][];
}

/** Excel serial of a date (1900 system). */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;

const reps: SampleCell[][] = [
  ["RepID", "Name", "区域", "Manager", "Hire Date", "TargetIncentive", "Sales LY", "Potential"],
  ["R01", "Ann Lee", "North", "Mia", serial(2020, 3, 1), 24000, 1200000, 2000000],
  ["R02", "Bo Chen", "North", "Mia", serial(2021, 6, 15), 24000, 900000, 1500000],
  ["R03", "Cai Wu", "North", "Mia", serial(2026, 2, 1), 20000, 0, 1000000],
  ["R04", "Dee Park", "South", "Raj", serial(2019, 1, 7), 26000, 1500000, 1800000],
  ["R05", "Eli Sato", "South", "Raj", serial(2022, 9, 1), 22000, 700000, 1600000],
  ["R06", "Fay Zhou", "South", "Raj", null, 22000, 800000, 1200000],
];

const regions: SampleCell[][] = [
  ["Region", "Target"],
  ["North", 3600000],
  ["South", 3400000],
];

const months = ["2026-01", "2026-02", "2026-03"];

function actualsRows(): SampleCell[][] {
  const rows: SampleCell[][] = [["RepID", "Period", "Measure", "Amount"]];
  reps.slice(1).forEach((rep, i) => {
    months.forEach((month, m) => {
      const revenue = 60000 + 15000 * ((i * 7 + m * 3) % 6);
      rows.push([rep[0], month, "Revenue", revenue]);
      rows.push([rep[0], month, "Collection", Math.round(revenue * (0.7 + 0.05 * ((i + m) % 5)))]);
    });
  });
  return rows;
}

function activitiesRows(): SampleCell[][] {
  const rows: SampleCell[][] = [["RepID", "期间", "Visits", "Calls", "ProposalQuality", "CollectionRate"]];
  reps.slice(1).forEach((rep, i) => {
    months.forEach((month, m) => {
      rows.push([
        rep[0],
        month,
        20 + ((i * 5 + m * 2) % 12),
        60 + ((i * 11 + m * 7) % 40),
        3 + ((i + m) % 3),
        0.75 + 0.05 * ((i + 2 * m) % 5),
      ]);
    });
  });
  return rows;
}

export const sampleTables: readonly SampleTable[] = [
  { sheet: "Reps", name: "Reps", values: reps },
  { sheet: "Regions", name: "Regions", values: regions },
  { sheet: "Actuals", name: "Actuals", values: actualsRows() },
  { sheet: "Activities", name: "Activities", values: activitiesRows() },
];

/** Anything with FakeExcel's addTable. */
export interface TableAdder {
  addTable(sheet: string, name: string, row: number, column: number, values: SampleCell[][]): unknown;
}

export function seedSample(excel: TableAdder): void {
  for (const t of sampleTables) excel.addTable(t.sheet, t.name, 0, 0, t.values);
}
