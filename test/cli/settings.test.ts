/** The command line's kept options: whatever the workbook holds comes back valid, field by field. */
import { noRunSettings, restoreRunSettings, type RunSettings } from "../../src/cli/settings";
import { demoScorecard } from "../../src/cli/demo/plans";

const full: RunSettings = {
  year: 2026,
  target: 1_200_000,
  products: [
    { product: "Cloud", weight: 0.6 },
    { product: "Devices", weight: 0.4 },
  ],
  mappings: { Reps: { RepID: "员工号", Region: 2 } },
  scorecard: demoScorecard(130_000),
  lang: "zh",
};

test("a saved value comes back as saved", () => {
  expect(restoreRunSettings(JSON.parse(JSON.stringify(full)))).toEqual(full);
});

test.each([
  ["not an object", "garbage"],
  ["null", null],
  ["wrong kinds", { year: "2026", target: [], products: "Cloud", mappings: 3, scorecard: 1, lang: "fr" }],
])("%s: nothing kept", (_name, saved) => {
  expect(restoreRunSettings(saved)).toEqual(noRunSettings);
});

test("damaged parts are dropped, the rest kept", () => {
  const saved = {
    ...full,
    products: [{ product: "Cloud", weight: 1 }, { product: "", weight: 1 }, { weight: 2 }, "x"],
    mappings: { Reps: { RepID: "员工号", Name: null, Region: 1.5 }, Actuals: "x" },
    scorecard: { ...full.scorecard, kpis: [{ weight: 1 }] },
  };
  expect(restoreRunSettings(saved)).toEqual({
    ...full,
    products: [{ product: "Cloud", weight: 1 }],
    mappings: { Reps: { RepID: "员工号" } },
    scorecard: null,
  });
});
