/**
 * @jest-environment jsdom
 */
/**
 * The review card's KPI lists and trend: a KPI above its own target but under the team median is
 * listed "below the team median" with that said beside it (never under "weakest"), a KPI at the
 * median is in neither list, each KPI has a bar with the median tick where the figures put it, and
 * the score trend is a sparkline whose last point is the highest when the score rose.
 */
import { screen, within } from "@testing-library/react";
import type { RepReview } from "../../src/jobs";
import { catalogues } from "../../src/taskpane/i18n";
import { ReviewCard } from "../../src/taskpane/wizards/ReviewCard";
import { renderWithStrings } from "./render";

const review: RepReview = {
  rep: "R02",
  name: "Bo Chen",
  period: "2026-03",
  score: 93,
  band: "A",
  teamRank: 2,
  regionRank: 3,
  strongest: [
    { kpi: "Visits", kind: "process", value: 48, achievement: 1.2, teamMedian: 0.9, gap: 0.3 },
    { kpi: "Calls", kind: "process", value: 100, achievement: 1, teamMedian: 1, gap: 0 },
  ],
  weakest: [
    { kpi: "Revenue", kind: "result", value: 116700, achievement: 1.167, teamMedian: 1.25, gap: -0.083 },
    { kpi: "Collection", kind: "result", value: 0.8, achievement: 0.8, teamMedian: 0.95, gap: -0.15 },
  ],
  trend: { previousPeriod: "2026-02", previousScore: 89.8, change: 3.2 },
  suggestions: [],
  missing: [],
  team: "M1",
  region: "South",
  teamSize: 4,
  regionSize: 6,
  history: [
    { period: "2026-01", score: 85 },
    { period: "2026-02", score: 89.8 },
    { period: "2026-03", score: 93 },
  ],
};

test("above its own target but below the team median: listed as such, with bars against the median", () => {
  renderWithStrings(<ReviewCard review={review} />);
  const card = screen.getByRole("region", { name: "Review of Bo Chen for 2026-03" });
  expect(within(card).queryByText(/weakest/i)).toBeNull();

  const above = within(card).getByRole("list", { name: "Above the team median" });
  // Calls sits at the median: neither a strength nor a gap.
  expect(
    within(above)
      .getAllByRole("listitem")
      .map((li) => li.getAttribute("data-kpi")),
  ).toEqual(["Visits"]);
  const below = within(card).getByRole("list", { name: "Below the team median" });
  expect(
    within(below)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([
    "Revenue: 116.7% of target (team median 125%, above its own target)",
    "Collection: 80% of target (team median 95%)",
  ]);

  // The bar and the median tick on one scale (the largest figure listed, here 125%).
  const bar = within(below).getByRole("img", { name: "Revenue: 116.7% of target; team median 125%" });
  const fill = bar.querySelector("[data-achievement]")!;
  const tick = bar.querySelector("[data-median]")!;
  expect(Number(fill.getAttribute("width"))).toBeCloseTo((1.167 / 1.25) * 100, 6);
  expect(Number(tick.getAttribute("x1"))).toBeCloseTo(100, 6);

  // The sparkline: three scores, the latest the highest (the top of the box).
  const spark = within(card).getByRole("img", {
    name: "Score by period: 2026-01 85, 2026-02 89.8 and 2026-03 93",
  });
  const points = spark.querySelector("polyline")!.getAttribute("points")!.split(" ");
  expect(points).toHaveLength(3);
  const ys = points.map((p) => Number(p.split(",")[1]));
  expect(ys[2]).toBeLessThan(ys[1]);
  expect(ys[1]).toBeLessThan(ys[0]);
});

test("in Chinese, with full-width parentheses", () => {
  renderWithStrings(<ReviewCard review={review} />, catalogues.zh);
  const below = screen.getByRole("list", { name: "低于团队中位数的指标" });
  expect(within(below).getAllByRole("listitem")[0].textContent).toBe(
    "Revenue：达成目标的 116.7%（团队中位数 125%、已超过自身目标）",
  );
});
