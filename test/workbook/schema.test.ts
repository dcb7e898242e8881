import { inputSpecs as jobInputSpecs } from "../../src/jobs/inputs";
import { repExtrasSpec } from "../../src/jobs/ledger";
import { ledgerSpec } from "../../src/jobs/ledgerView";
import { salesTargetsSpec } from "../../src/jobs/payouts";
import { planTiersSpec } from "../../src/jobs/plan";
import { trackingTargetsSpec } from "../../src/jobs/tracking";
import { repsSpec } from "../../src/workbook/inputs";
import { NUMBER_FORMATS, OUTPUT_TABLES, prepareOutput, scorecardColumns } from "../../src/workbook/outputs";
import {
  inputSchemas,
  outputColumns,
  outputSchemas,
  readSpec,
  writtenSpec,
  type TableSchema,
} from "../../src/workbook/schema";

const hasZh = (aliases: readonly string[]) => aliases.some((a) => /[\u4e00-\u9fff]/.test(a));

describe("table schemas", () => {
  test("every output table SalesPlan writes in order has a schema of that name", () => {
    for (const name of OUTPUT_TABLES) expect(outputSchemas[name].name).toBe(name);
    for (const [name, schema] of Object.entries({ ...inputSchemas, ...outputSchemas }))
      expect((schema as TableSchema).name).toBe(name);
  });

  test("input columns accept their key first and, for user-typed tables, a Chinese header", () => {
    for (const schema of Object.values(inputSchemas) as TableSchema[]) {
      for (const c of schema.columns) expect(c.aliases[0]).toBe(c.key);
      expect(schema.columns.some((c) => hasZh(c.aliases))).toBe(true);
    }
  });

  test("output columns come from the schema: header, number format, totals", () => {
    const targets = outputColumns(outputSchemas.SalesTargets);
    // Measure is read (a column the user may add), never written.
    expect(targets.map((c) => c.header)).toEqual(["RepID", "Name", "Region", "Product", "Period", "Target"]);
    const prepared = prepareOutput({ name: "SalesTargets", columns: targets, rows: [] });
    expect(prepared.columns.map((c) => c.numberFormat)).toEqual([
      ...Array(5).fill(NUMBER_FORMATS.text),
      NUMBER_FORMATS.money,
    ]);
    expect(targets.filter((c) => c.total).map((c) => c.key)).toEqual(["Target"]);
    expect(
      outputColumns(outputSchemas.SalesPayouts)
        .filter((c) => c.total)
        .map((c) => c.key),
    ).toEqual(["Payout", "Adjustments", "NetPayout"]);
  });

  test("SalesScorecard's KPI scores go between Period and Score", () => {
    expect(scorecardColumns(["Visits", "Calls"]).map((c) => `${c.key}:${c.kind}`)).toEqual([
      "RepID:text",
      "Name:text",
      "Period:text",
      "Visits:score",
      "Calls:score",
      "Score:score",
      "Band:text",
      "Rank:integer",
    ]);
  });

  test("readings of a written table: as payouts and tracking read it, as written", () => {
    expect(salesTargetsSpec.columns.map((c) => `${c.key}:${c.kind}:${c.required}`)).toEqual([
      "RepID:text:true",
      "Period:month:true",
      "Target:number:true",
      "Product:text:false",
      "Measure:text:false",
    ]);
    expect(salesTargetsSpec.columns[4].aliases).toEqual(["Measure", "指标"]);
    expect(trackingTargetsSpec.columns.map((c) => c.key)).toEqual([
      "RepID",
      "Period",
      "Target",
      "Product",
      "Measure",
      "Name",
      "Region",
    ]);
    const asWritten = writtenSpec(outputSchemas.SalesTargets, false);
    expect(asWritten.columns.map((c) => `${c.key}:${c.kind}:${c.required}`)).toEqual([
      "RepID:text:false",
      "Name:text:false",
      "Region:text:false",
      "Product:text:false",
      "Period:text:false",
      "Target:number:false",
    ]);
    // The ledger is read back requiring what every written row has.
    expect(ledgerSpec.columns.filter((c) => c.required).map((c) => c.key)).toEqual([
      "RepID",
      "Period",
      "Line",
      "Amount",
      "Status",
    ]);
    expect(writtenSpec(outputSchemas.SalesScorecard, false).extra).toEqual({ kind: "number", known: [] });
    expect(planTiersSpec.columns.find((c) => c.key === "Point")?.kind).toBe("integer");
  });

  test("a reading asks for columns on request and may relax them", () => {
    const reps = inputSchemas.Reps;
    expect(repsSpec.columns.map((c) => c.key)).not.toContain("Currency");
    expect(readSpec(reps).columns).toEqual(repsSpec.columns);
    expect(repExtrasSpec.columns.map((c) => c.key)).toEqual(["RepID", "Name", "Currency", "Language"]);
    expect(repExtrasSpec.columns[0]).toMatchObject({ unique: false, required: true });
    expect(repExtrasSpec.columns[1]).toMatchObject({ required: false, aliases: repsSpec.columns[1].aliases });
    expect(jobInputSpecs.Reps).toBe(repsSpec);
    expect(() => readSpec(reps, ["Nope"])).toThrow("Reps has no column Nope");
  });
});
