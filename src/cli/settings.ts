/**
 * The command line's options kept in the workbook (the hidden SalesPlanSettings sheet of the .xlsx
 * host), so `salesplan run` over a file it wrote reproduces the same tables: the product split, the
 * company total, the year, the column mappings, the scorecard's definition and the language. An
 * option given on the command line wins over the saved one and is saved in its place.
 */
import type { Locale } from "../kernel/messages";
import type { ProductMix } from "../engine/targets";
import { decodeSetting, encodeSetting, settingKey, type KpiOption, type ScorecardOptions } from "../jobs";
import type { BandRow } from "../engine/scorecards";
import type { ColumnMapping } from "../workbook/headers";
import type { WorkbookHost } from "../workbook/host";
import { isPlainObject, restoreList, restoreOneOf, restoreRecord, type Restore } from "../kernel/restore";

export interface RunSettings {
  /** Fiscal year of the targets; null: the year of the latest actual. */
  readonly year: number | null;
  /** Targets from this company total; null: from the Regions table. */
  readonly target: number | null;
  readonly products: readonly ProductMix[];
  readonly mappings: Readonly<Record<string, ColumnMapping>>;
  /** The scorecard's definition; null: no scorecard. */
  readonly scorecard: ScorecardOptions | null;
  /** The language of what is written into the workbook; null: the environment's. */
  readonly lang: Locale | null;
}

export const noRunSettings: RunSettings = {
  year: null,
  target: null,
  products: [],
  mappings: {},
  scorecard: null,
  lang: null,
};

/** The workbook setting the command line keeps its options under. */
export const RUN_SETTING = settingKey("cli.run");

const finiteOrNull: Restore<number | null> = (saved) =>
  typeof saved === "number" && Number.isFinite(saved) ? saved : null;

const restoreKpi = restoreRecord<KpiOption>({
  kind: restoreOneOf(["process", "result"]),
  direction: restoreOneOf(["up", "down"]),
  cap: finiteOrNull,
  target: finiteOrNull,
});
const kpiTemplate: KpiOption = {
  name: "",
  kind: "process",
  direction: "up",
  weight: 0,
  cap: null,
  target: null,
};
const bandTemplate: BandRow = { minimum: 0, label: "" };

const restoreScorecard: Restore<ScorecardOptions | null> = (saved) => {
  if (!isPlainObject(saved) || !Array.isArray(saved.kpis)) return null;
  const card = restoreRecord<ScorecardOptions>({
    kpis: restoreList(restoreKpi, kpiTemplate),
    groupWeights: (s) =>
      isPlainObject(s)
        ? restoreRecord<{ process: number; result: number }>()(s, { process: 0, result: 0 })
        : null,
    bands: restoreList(restoreRecord<BandRow>(), bandTemplate),
  })(saved, { kpis: [], groupWeights: null, cap: 1.2, bands: [] });
  return card.kpis.some((k) => k.name === "") ? null : card;
};

const restoreMappings: Restore<Readonly<Record<string, ColumnMapping>>> = (saved, fallback) => {
  if (!isPlainObject(saved)) return fallback;
  const out: Record<string, Record<string, string | number>> = {};
  for (const [table, columns] of Object.entries(saved)) {
    if (!isPlainObject(columns)) continue;
    // A header text, or a column's position.
    for (const [key, header] of Object.entries(columns))
      if (typeof header === "string" || (typeof header === "number" && Number.isInteger(header)))
        (out[table] ??= {})[key] = header;
  }
  return out;
};

/** Whatever the workbook holds, as valid settings: a missing or damaged field is left unset. */
export function restoreRunSettings(saved: unknown): RunSettings {
  return restoreRecord<RunSettings>({
    year: finiteOrNull,
    target: finiteOrNull,
    products: (s) =>
      restoreList(restoreRecord<ProductMix>(), { product: "", weight: 0 })(s, []).filter(
        (p) => p.product !== "" && p.weight > 0,
      ),
    mappings: restoreMappings,
    scorecard: restoreScorecard,
    lang: (s) => (s === "en" || s === "zh" ? s : null),
  })(saved, noRunSettings);
}

export async function readRunSettings(host: WorkbookHost): Promise<RunSettings> {
  const saved = decodeSetting(await host.readSetting(RUN_SETTING));
  return saved ? restoreRunSettings(saved.value) : noRunSettings;
}

export async function writeRunSettings(host: WorkbookHost, settings: RunSettings): Promise<void> {
  await host.writeSetting(RUN_SETTING, encodeSetting(RUN_SETTING, settings));
}
